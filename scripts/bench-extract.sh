#!/usr/bin/env bash
# Times, on one core, poppler's `pdftotext -layout` reading the real
# letters' PDFs (once per PDF, as a batch would run it) against
#   - imr extract on the same letters' text, as a command (its process
#     start-up included) and as the library's BenchmarkBatch (the same
#     work in a running process: fresh lexicon, files read and hashed,
#     facts extracted, JSON lines written); bar: ratio under 1/50;
#   - imr extract on the PDFs themselves, text layer and facts (bar: <= 1).
# Needs the shared data beside the checkout (or IMRKIT_SHARED) and pdftotext.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=$(cd "${IMRKIT_SHARED:-../shared}" && pwd)
data="$shared/realdata/dwc-imr-fdl"
rounds=${ROUNDS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Built as a release would be: static, without cgo (imrkit is pure Go;
# only the standard resolver would use cgo), which starts faster.
CGO_ENABLED=0 go build -o "$tmp/imr" ./cmd/imr
CGO_ENABLED=0 go test -c -o "$tmp/extract.test" ./extract
export GOMAXPROCS=1

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", a / b }'; }

# The three runs take turns within each round, so that a change in the
# machine's load falls on all of them alike.
poppler=0 text=0 lib=0 pdf=0
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a + b }'; }
for _ in $(seq "$rounds"); do
	start=$(now)
	for f in "$data"/pdf/*.pdf; do pdftotext -layout "$f" "$tmp/out.txt"; done
	poppler=$(add "$poppler" "$(since "$start")")

	start=$(now)
	"$tmp/imr" extract --format jsonl --no-text -j 1 "$data/txt" >/dev/null
	text=$(add "$text" "$(since "$start")")

	# Ten batches in one process, ns per batch as the benchmark reports it.
	ns=$(cd extract && IMRKIT_SHARED="$shared" "$tmp/extract.test" \
		-test.run '^$' -test.bench '^BenchmarkBatch$' -test.benchtime 10x |
		awk '/^BenchmarkBatch/ { print $3 }')
	lib=$(add "$lib" "$(awk -v ns="$ns" 'BEGIN { printf "%.4f", ns / 1e9 }')")

	start=$(now)
	"$tmp/imr" extract --format jsonl --no-text -j 1 "$data/pdf" >/dev/null
	pdf=$(add "$pdf" "$(since "$start")")
done

n=$(ls "$data"/pdf/*.pdf | wc -l)
echo "$n letters x $rounds rounds, one core"
echo "pdftotext -layout on the PDFs:           $poppler s"
echo "imr extract on the texts (command):      $text s   ratio $(ratio "$text" "$poppler") (bar < 0.02; with a 3.4 ms process start-up)"
echo "imr extract on the texts (in process):   $lib s   ratio $(ratio "$lib" "$poppler") (bar < 0.02)"
echo "imr extract on the PDFs (command):       $pdf s   ratio $(ratio "$pdf" "$poppler") (bar <= 1)"
