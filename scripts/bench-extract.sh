#!/usr/bin/env bash
# Times fact extraction from the real letters' text against poppler's
# pdftotext reading the same letters' PDFs, on one core, and prints the
# ratio (the bar is under 1/50 = 0.02). Needs the shared data beside the
# checkout (or IMRKIT_SHARED) and pdftotext.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${IMRKIT_SHARED:-../shared}
data="$shared/realdata/dwc-imr-fdl"
rounds=${ROUNDS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/imr" ./cmd/imr
export GOMAXPROCS=1

now() { date +%s.%N; }

start=$(now)
for _ in $(seq "$rounds"); do
	for f in "$data"/pdf/*.pdf; do pdftotext -layout "$f" "$tmp/out.txt"; done
done
poppler=$(echo "$(now) - $start" | bc -l)

start=$(now)
for _ in $(seq "$rounds"); do
	"$tmp/imr" extract --format jsonl --no-text -j 1 "$data/txt" >/dev/null
done
ours=$(echo "$(now) - $start" | bc -l)

n=$(ls "$data"/txt/*.txt | wc -l)
printf 'pdftotext -layout, %d PDFs x %d: %.3f s\n' "$n" "$rounds" "$poppler"
printf 'imr extract,       %d texts x %d: %.3f s\n' "$n" "$rounds" "$ours"
printf 'ratio imr/pdftotext: %.4f (bar: < 0.02)\n' "$(echo "$ours / $poppler" | bc -l)"
