#!/usr/bin/env bash
# Times the Go text layer (pdftext) against poppler's pdftotext -layout
# over a folder of PDFs, both on one core, and prints the ratio of their
# times (Go / pdftotext; the target is 0.33 or less). The Go engine reads
# every file in one process, as the extraction does; pdftotext runs once
# per file, as it would.
#
# Usage: scripts/bench-pdf.sh [DIR]
# DIR defaults to the real letters in the shared folder beside the
# checkout ($IMRKIT_SHARED, else ../shared).
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${IMRKIT_SHARED:-../shared}
dir=${1:-$shared/realdata/dwc-imr-fdl/pdf}
ls "$dir"/*.pdf >/dev/null 2>&1 || { echo "no PDFs in $dir" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext is not installed (poppler-utils)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/pdftext.test" ./pdftext

one_core=()
command -v taskset >/dev/null && one_core=(taskset -c 0)
now() { date +%s.%N; }
cat "$dir"/*.pdf >/dev/null # warm the page cache for both

start=$(now)
GOMAXPROCS=1 "${one_core[@]}" "$tmp/pdftext.test" -test.run '^TestTimeFolder$' -test.v -pdfdir "$dir" |
	grep -o 'go engine:.*'
go_time=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')

start=$(now)
n=0
for f in "$dir"/*.pdf; do
	"${one_core[@]}" pdftotext -layout "$f" - >/dev/null
	n=$((n + 1))
done
poppler_time=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')

echo "go engine (one process, GOMAXPROCS=1): $go_time s"
echo "pdftotext -layout ($n runs, one core): $poppler_time s"
awk -v g="$go_time" -v p="$poppler_time" 'BEGIN { printf "ratio go/pdftotext: %.2f (target <= 0.33)\n", g / p }'
