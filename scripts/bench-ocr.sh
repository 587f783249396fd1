#!/usr/bin/env bash
# Scores OCR on scanned letters and times it against pdftotext on the
# originals:
#
#   scripts/bench-ocr.sh LETTERS_DIR [N]
#
# LETTERS_DIR holds pdf/ and gold/ (realdata's layout). The first N PDFs
# (all by default) are made into image-only scans by make-scans.sh (200 dpi
# grey; 150 dpi with noise and a 1-degree skew), then `imr eval` reads
# each set by OCR and scores it against the gold. Prints the scores and
# pages per second next to pdftotext -layout reading the original PDFs.
# Needs tesseract-ocr, poppler-utils, imagemagick and img2pdf (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:?usage: bench-ocr.sh LETTERS_DIR [N]}
n=${2:-0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/imr" ./cmd/imr
scripts/make-scans.sh "$src/pdf" "$work/scans" "$n" >/dev/null
mkdir -p "$work/orig"
for f in "$work/scans/200dpi"/*.pdf; do ln -s "$(realpath "$src/pdf/$(basename "$f")")" "$work/orig/"; done
pages=0
for f in "$work/orig"/*.pdf; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done
letters=$(ls "$work/orig" | wc -l)

seconds() { local s=$EPOCHREALTIME; "$@" >/dev/null; echo "$EPOCHREALTIME - $s" | bc; }
t_pdftotext=$(seconds bash -c 'for f in "$1"/*.pdf; do pdftotext -layout "$f" -; done' _ "$work/orig")
echo "$letters letters, $pages pages"
printf '%-28s %8s %10s %8s\n' set seconds pages/s overall
printf '%-28s %8.1f %10.2f %8s\n' "pdftotext -layout (originals)" "$t_pdftotext" "$(echo "$pages / $t_pdftotext" | bc -l)" -
for set in 200dpi 150dpi-skew; do
	s=$EPOCHREALTIME
	"$work/imr" eval --gold "$src/gold" "$work/scans/$set" > "$work/$set.txt"
	t=$(echo "$EPOCHREALTIME - $s" | bc)
	overall=$(awk '$1 == "overall" {print $2}' "$work/$set.txt")
	printf '%-28s %8.1f %10.2f %8s\n' "OCR $set" "$t" "$(echo "$pages / $t" | bc -l)" "$overall"
done
for set in 200dpi 150dpi-skew; do
	echo
	echo "== $set"
	cat "$work/$set.txt"
done
