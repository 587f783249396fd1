#!/usr/bin/env bash
# Times imr render: the 130 real letters rendered to PDF against poppler's
# pdftotext -layout reading the 130 rendered PDFs back, both one file at a
# time and both with one worker per CPU, and prints the ratios (below 1:
# rendering is faster). Then runs the round trip over all letters and the
# Go benchmarks of package render.
#
# With BENCH_BASE set to a git revision (BENCH_BASE=main), it also builds
# that revision and times its render of the same letters, one worker,
# interleaved with this tree's, and prints the ratio: the before and after
# of a change to rendering.
#
# The real letters are found as the tests find them: $IMRKIT_SHARED, else
# the folder "shared" beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${IMRKIT_SHARED:-$(cd .. && pwd)/shared}
letters=$shared/realdata/dwc-imr-fdl/txt
if [ ! -d "$letters" ]; then
	echo "bench-render: no real letters in $letters (set IMRKIT_SHARED)" >&2
	exit 2
fi
command -v pdftotext >/dev/null || { echo "bench-render: pdftotext is not installed" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/imr" ./cmd/imr # static, as released
cpus=$(getconf _NPROCESSORS_ONLN)
count=$(ls "$letters"/*.txt | wc -l)

# seconds runs a command and prints its wall time in seconds.
seconds() {
	local start=$EPOCHREALTIME
	"$@" >/dev/null
	echo "$start $EPOCHREALTIME" | awk '{printf "%.3f", $2 - $1}'
}

read_back() { for f in "$work"/pdf1/*.pdf; do pdftotext -layout "$f" - >/dev/null; done; }
read_back_parallel() { ls "$work"/pdf1/*.pdf | xargs -P "$cpus" -I{} pdftotext -layout {} - >/dev/null; }

best() { # best of three runs of a command
	local b=""
	for _ in 1 2 3; do
		t=$(seconds "$@")
		if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
	done
	echo "$b"
}

export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-946684800} # the same bytes run after run
render1=$(best "$work/imr" render -j 1 --to pdf --out "$work/pdf1" "$letters")
renderN=$(best "$work/imr" render -j "$cpus" --to pdf --out "$work/pdfN" "$letters")
pdfs=$(ls "$work"/pdf1/*.pdf | wc -l)
back1=$(best read_back)
backN=$(best read_back_parallel)

ratio1=$(awk "BEGIN{printf \"%.2f\", $render1 / $back1}")
ratioN=$(awk "BEGIN{printf \"%.2f\", $renderN / $backN}")
echo "letters: $count text letters rendered to $pdfs PDFs"
echo "one at a time:   render $render1 s, pdftotext -layout back $back1 s, ratio $ratio1"
echo "$cpus workers:       render $renderN s, pdftotext -layout back $backN s, ratio $ratioN"

if [ -n "${BENCH_BASE:-}" ]; then
	mkdir "$work/base"
	git archive "$BENCH_BASE" | tar -x -C "$work/base"
	(cd "$work/base" && CGO_ENABLED=0 go build -o "$work/imr-base" ./cmd/imr)
	fresh() { rm -rf "$work/$2"; "$1" render -j 1 --to pdf --out "$work/$2" "$letters"; }
	b="" n=""
	for _ in 1 2 3; do # interleaved, best of three each
		t=$(seconds fresh "$work/imr-base" pdfb)
		if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
		t=$(seconds fresh "$work/imr" pdfn)
		if [ -z "$n" ] || awk "BEGIN{exit !($t < $n)}"; then n=$t; fi
	done
	echo "against $BENCH_BASE, one worker: $BENCH_BASE $b s, this tree $n s, ratio $(awk "BEGIN{printf \"%.2f\", $n / $b}")"
fi

go test -count=1 -run 'TestRoundTrip|TestPDFs' -v ./render/ | grep -E 'round trip:|^(ok|FAIL|---)' || true
go test -run '^$' -bench . -benchtime 20x ./render/ | grep -E '^Benchmark'

if awk "BEGIN{exit !($ratio1 >= 1 || $ratioN >= 1)}"; then
	echo "bench-render: rendering took longer than pdftotext reading back" >&2
	exit 1
fi
