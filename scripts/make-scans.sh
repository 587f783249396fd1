#!/usr/bin/env bash
# Makes image-only PDFs of letters, as scanners and fax machines deliver
# them, to measure OCR: each page rasterized in grey at 200 dpi, and a
# second set at 150 dpi with light noise and a 1-degree skew.
#
#   scripts/make-scans.sh SRC_PDF_DIR OUT_DIR [N]
#
# writes OUT_DIR/200dpi/*.pdf and OUT_DIR/150dpi-skew/*.pdf from the first
# N PDFs (all by default). Needs poppler-utils (pdftoppm), imagemagick
# (convert) and img2pdf from Debian. The noise is seeded, so the same
# letters give the same scans.
set -euo pipefail
src=${1:?usage: make-scans.sh SRC_PDF_DIR OUT_DIR [N]}
out=${2:?usage: make-scans.sh SRC_PDF_DIR OUT_DIR [N]}
n=${3:-0}
for tool in pdftoppm convert img2pdf; do
	command -v "$tool" >/dev/null || { echo "make-scans: $tool not found: apt-get install poppler-utils imagemagick img2pdf" >&2; exit 2; }
done
mkdir -p "$out/200dpi" "$out/150dpi-skew"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

one() {
	local pdf=$1 base
	base=$(basename "$pdf" .pdf)
	local work="$tmp/$base"
	mkdir -p "$work"
	pdftoppm -r 200 -gray -png "$pdf" "$work/p"
	img2pdf --imgsize 200dpi --output "$out/200dpi/$base.pdf" "$work"/p-*.png
	pdftoppm -r 150 -gray -png "$pdf" "$work/q"
	for png in "$work"/q-*.png; do
		convert "$png" -seed 1 -attenuate 0.4 +noise Gaussian -background white -rotate 1 \
			-colorspace Gray -depth 8 "${png%.png}-fax.png"
	done
	img2pdf --imgsize 150dpi --output "$out/150dpi-skew/$base.pdf" "$work"/q-*-fax.png
	rm -rf "$work"
}

ls "$src"/*.pdf | sort | { if [ "$n" -gt 0 ]; then head -n "$n"; else cat; fi; } | while read -r pdf; do
	one "$pdf"
done
echo "make-scans: $(ls "$out/200dpi" | wc -l) letters in $out/200dpi and $out/150dpi-skew"
