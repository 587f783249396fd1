#!/usr/bin/env bash
# Times imr check over the real letters' texts (each copied N times,
# default 4) with one worker and with two, and prints the speed-up of
# -j 2 over -j 1 (issue 16's bar: at least 1.7 on two idle cores). The
# two runs take turns, ROUNDS times (default 5), and each keeps its
# best. Needs the shared folder beside the checkout (or IMRKIT_SHARED);
# without it the bundled letters are used.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-4}
rounds=${ROUNDS:-5}
shared=${IMRKIT_SHARED:-../shared}
src=$shared/realdata/dwc-imr-fdl/txt
if [ ! -d "$src" ]; then
	echo "bench-check: no real letters in $src (set IMRKIT_SHARED); using testdata/letters" >&2
	src=testdata/letters
	copies=$((copies * 40))
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/imr" ./cmd/imr
mkdir "$work/letters"
for i in $(seq "$copies"); do
	for f in "$src"/*.txt; do
		cp "$f" "$work/letters/$i-$(basename "$f")"
	done
done
n=$(find "$work/letters" -name '*.txt' | wc -l)

# run JOBS: the wall time of one check -j JOBS, in seconds
run() {
	local s e
	s=$(date +%s.%N)
	"$work/imr" check -q -j "$1" "$work/letters" >/dev/null || [ $? = 1 ]
	e=$(date +%s.%N)
	echo "$e - $s" | bc -l
}
# min A B: the smaller
min() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi; }

# The two take turns, so that a change in the machine's load falls on
# both alike; the best of each is the least disturbed.
t1="" t2=""
for _ in $(seq "$rounds"); do
	t1=$(min "$t1" "$(run 1)")
	t2=$(min "$t2" "$(run 2)")
done
printf 'imr check on %d letters (%d CPUs, best of %d): -j 1 %.2f s, -j 2 %.2f s, speed-up %.2fx (bar >= 1.7)\n' \
	"$n" "$(nproc)" "$rounds" "$t1" "$t2" "$(echo "$t1 / $t2" | bc -l)"
