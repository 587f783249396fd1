#!/usr/bin/env bash
# Scores OCR on scanned letters and times it against pdftotext on the
# originals:
#
#   scripts/bench-ocr.sh LETTERS_DIR [N]
#
# LETTERS_DIR holds pdf/ and gold/ (realdata's layout). The first N PDFs
# (all by default) are made into image-only scans by make-scans.sh (200 dpi
# grey; 150 dpi with noise and a 1-degree skew), then `imr eval` reads
# each set by OCR and scores it against the gold, in two halves: the
# tuning half (case numbers whose last digit is even, the half rules are
# written against) and the test half (odd). Prints the scores of each
# half and pages per second next to pdftotext -layout reading the
# original PDFs.
# SCANS=DIR scores the scans make-scans.sh wrote to DIR before instead of
# making them again.
# Needs tesseract-ocr, poppler-utils, imagemagick and img2pdf (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:?usage: bench-ocr.sh LETTERS_DIR [N]}
n=${2:-0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/imr" ./cmd/imr
if [ -n "${SCANS:-}" ]; then
	# scans made before (make-scans.sh's OUT_DIR), to score again
	ln -s "$(realpath "$SCANS")" "$work/scans"
else
	scripts/make-scans.sh "$src/pdf" "$work/scans" "$n" >/dev/null
fi
mkdir -p "$work/orig"
for f in "$work/scans/200dpi"/*.pdf; do ln -s "$(realpath "$src/pdf/$(basename "$f")")" "$work/orig/"; done
pages=0
for f in "$work/orig"/*.pdf; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done
letters=$(ls "$work/orig" | wc -l)

seconds() { local s=$EPOCHREALTIME; "$@" >/dev/null; echo "$EPOCHREALTIME - $s" | bc; }
t_pdftotext=$(seconds bash -c 'for f in "$1"/*.pdf; do pdftotext -layout "$f" -; done' _ "$work/orig")
echo "$letters letters, $pages pages"
printf '%-28s %8.1f %10.2f\n' "pdftotext -layout (originals)" "$t_pdftotext" "$(echo "$pages / $t_pdftotext" | bc -l)"
# half prints "tuning" or "test" for a letter's file: the parity of the
# case number's last digit.
half() {
	local b=${1%.pdf}
	if (($(( ${b: -1} )) % 2 == 0)); then echo tuning; else echo test; fi
}
for set in 200dpi 150dpi-skew; do
	for f in "$work/scans/$set"/*.pdf; do
		h=$(half "$(basename "$f")")
		mkdir -p "$work/halves/$set/$h"
		ln -s "$f" "$work/halves/$set/$h/"
	done
done
printf '%-28s %8s %10s %8s %8s\n' set seconds pages/s tuning test
for set in 200dpi 150dpi-skew; do
	s=$EPOCHREALTIME
	for h in tuning test; do
		if [ -d "$work/halves/$set/$h" ]; then
			"$work/imr" eval --misses --gold "$src/gold" "$work/halves/$set/$h" > "$work/$set-$h.txt"
		else
			echo "overall -" > "$work/$set-$h.txt"
		fi
	done
	t=$(echo "$EPOCHREALTIME - $s" | bc)
	printf '%-28s %8.1f %10.2f %8s %8s\n' "OCR $set" "$t" "$(echo "$pages / $t" | bc -l)" \
		"$(awk '$1 == "overall" {print $2}' "$work/$set-tuning.txt")" "$(awk '$1 == "overall" {print $2}' "$work/$set-test.txt")"
done
for set in 200dpi 150dpi-skew; do
	for h in tuning test; do
		echo
		echo "== $set, $h half"
		grep -v '^miss ' "$work/$set-$h.txt"
	done
done
