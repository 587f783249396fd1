#!/usr/bin/env bash
# Times, on one core and in CPU time (user + system, so that the load of
# a shared machine weighs little), poppler's `pdftotext -layout` reading
# the real letters' PDFs (once per PDF, as a batch would run it) against
#   - imr extract on the same letters' text, as a command (its process
#     start-up included) and as the library's BenchmarkBatch (the same
#     work in a running process: fresh lexicon, files read and hashed,
#     facts extracted, JSON lines written; the lexicon's loading left
#     out); bar: text to facts at most 1/15 of pdftotext, in process;
#   - imr extract on the PDFs themselves, text layer and facts (bar: <= 1).
#
# With BENCH_BASE set to a git revision (BENCH_BASE=main), it also builds
# that revision and times its runs of the same letters, interleaved with
# this tree's, and prints this tree's CPU time over the base's: the
# before and after of a change to extraction (bar for the PDFs: <= 1.10).
#
# Needs the shared data beside the checkout (or IMRKIT_SHARED) and pdftotext.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=$(cd "${IMRKIT_SHARED:-../shared}" && pwd)
data="$shared/realdata/dwc-imr-fdl"
rounds=${ROUNDS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v pdftotext >/dev/null || { echo "bench-extract: pdftotext is not installed" >&2; exit 2; }

# Built as a release would be: static, without cgo (imrkit is pure Go;
# only the standard resolver would use cgo), which starts faster.
build() { # build DIR OUT: the command and the extract tests of a tree
	(cd "$1" && CGO_ENABLED=0 go build -o "$2/imr" ./cmd/imr &&
		CGO_ENABLED=0 go test -c -o "$2/extract.test" ./extract)
}
mkdir "$tmp/new"
build . "$tmp/new"
trees=(new)
if [ -n "${BENCH_BASE:-}" ]; then
	mkdir "$tmp/base" "$tmp/base/src"
	git archive "$BENCH_BASE" | tar -x -C "$tmp/base/src"
	# The base runs this tree's benchmarks, so that both report the same
	# figures (an older BenchmarkBatch reports no CPU time).
	cp extract/bench_test.go "$tmp/base/src/extract/"
	build "$tmp/base/src" "$tmp/base"
	trees+=(base)
fi
export GOMAXPROCS=1

# cpu runs a command and prints the CPU time, user and system, of it and
# its children in seconds.
cpu() {
	local TIMEFORMAT='%U %S'
	{ time "$@" >/dev/null 2>&1; } 2>&1 | awk '{ printf "%.3f", $1 + $2 }'
}
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a + b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", a / b }'; }
poppler() { for f in "$data"/pdf/*.pdf; do pdftotext -layout "$f" "$tmp/out.txt"; done; }

# Ten batches in one process; the CPU seconds of one batch, as the
# benchmark reports them.
batch() {
	(cd extract && IMRKIT_SHARED="$shared" "$tmp/$1/extract.test" \
		-test.run '^$' -test.bench '^BenchmarkBatch$' -test.benchtime 10x |
		awk '/^BenchmarkBatch/ { for (i = 1; i < NF; i++) if ($(i+1) == "cpu-ns/op") printf "%.4f", $i / 1e9 }')
}

# The runs take turns within each round, so that a change in the
# machine's load falls on all of them alike.
declare -A text lib pdf
poppler=0
for t in "${trees[@]}"; do text[$t]=0 lib[$t]=0 pdf[$t]=0; done
for _ in $(seq "$rounds"); do
	poppler=$(add "$poppler" "$(cpu poppler)")
	for t in "${trees[@]}"; do
		text[$t]=$(add "${text[$t]}" "$(cpu "$tmp/$t/imr" extract --format jsonl --no-text -j 1 "$data/txt")")
		lib[$t]=$(add "${lib[$t]}" "$(batch "$t")")
		pdf[$t]=$(add "${pdf[$t]}" "$(cpu "$tmp/$t/imr" extract --format jsonl --no-text -j 1 "$data/pdf")")
	done
done

n=$(ls "$data"/pdf/*.pdf | wc -l)
echo "$n letters x $rounds rounds, one core, CPU seconds (user + system)"
echo "pdftotext -layout on the PDFs:           $poppler s"
echo "imr extract on the texts (command):      ${text[new]} s   ratio $(ratio "${text[new]}" "$poppler") (with the lexicon's loading and the process start-up)"
echo "imr extract on the texts (in process):   ${lib[new]} s   ratio $(ratio "${lib[new]}" "$poppler") (bar <= 0.0667)"
echo "imr extract on the PDFs (command):       ${pdf[new]} s   ratio $(ratio "${pdf[new]}" "$poppler") (bar <= 1)"
if [ -n "${BENCH_BASE:-}" ]; then
	echo "against $BENCH_BASE ($BENCH_BASE's CPU seconds, then this tree's over them):"
	echo "  texts (command):     ${text[base]} s   ratio $(ratio "${text[new]}" "${text[base]}")"
	echo "  texts (in process):  ${lib[base]} s   ratio $(ratio "${lib[new]}" "${lib[base]}")"
	echo "  PDFs (command):      ${pdf[base]} s   ratio $(ratio "${pdf[new]}" "${pdf[base]}") (bar <= 1.10)"
fi
