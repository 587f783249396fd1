#!/usr/bin/env bash
# Times PDF to facts (imr extract over every PDF of a folder, one
# process, one core) against poppler's pdftotext -layout run once over
# the same pages (the folder's PDFs joined into one file with qpdf, so
# that poppler too pays its start-up once), and prints the ratio of their
# times (imr / pdftotext; the target is 0.5 or less). Times are CPU
# time, the least of three rounds of five runs: the machine is shared.
#
# Usage: scripts/bench-pdf-facts.sh [DIR] [IMR]
# DIR defaults to the real letters in the shared folder beside the
# checkout ($IMRKIT_SHARED, else ../shared); IMR to a binary built from
# this checkout (give another to compare builds).
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${IMRKIT_SHARED:-../shared}
dir=${1:-$shared/realdata/dwc-imr-fdl/pdf}
ls "$dir"/*.pdf >/dev/null 2>&1 || { echo "no PDFs in $dir" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is not installed (apt-get install time)" >&2; exit 2; }
for tool in pdftotext qpdf; do
	command -v $tool >/dev/null || { echo "$tool is not installed (apt-get install poppler-utils qpdf)" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
imr=${2:-}
if [ -z "$imr" ]; then
	go build -o "$tmp/imr" ./cmd/imr
	imr=$tmp/imr
fi
qpdf --empty --pages "$dir"/*.pdf -- "$tmp/all.pdf" 2>/dev/null || [ $? -eq 3 ]

one_core=()
command -v taskset >/dev/null && one_core=(taskset -c 0)
cpu() { # CPU time (user + system) of one run of a command, in seconds:
	# the least of three rounds of five runs (time counts in hundredths)
	local b=
	for _ in 1 2 3; do
		/usr/bin/time -f "%U %S" -o "$tmp/time" bash -c 'for _ in 1 2 3 4 5; do "$@" >/dev/null; done' _ "$@"
		local t; t=$(awk '{ printf "%.4f", ($1 + $2) / 5 }' "$tmp/time")
		if [ -z "$b" ] || awk -v t="$t" -v b="$b" 'BEGIN { exit !(t < b) }'; then b=$t; fi
	done
	echo "$b"
}
cat "$dir"/*.pdf "$tmp/all.pdf" >/dev/null # warm the page cache

n=$(ls "$dir"/*.pdf | wc -l)
imr_time=$(GOMAXPROCS=1 cpu "${one_core[@]}" "$imr" extract -j 1 --format jsonl --no-text "$dir")
poppler_time=$(cpu "${one_core[@]}" pdftotext -layout "$tmp/all.pdf" -)

echo "imr extract ($n PDFs to facts, one process, one core): $imr_time s CPU"
echo "pdftotext -layout (the same pages as one file, one run): $poppler_time s CPU"
awk -v g="$imr_time" -v p="$poppler_time" 'BEGIN { printf "ratio imr/pdftotext: %.2f (target <= 0.5)\n", g / p }'
