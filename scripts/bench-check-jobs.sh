#!/usr/bin/env bash
# Times imr check over the real letters' texts (each copied N times,
# default 4) with one worker and with two, and prints the speed-up of
# -j 2 over -j 1 (issue 16's bar: at least 1.7 on two cores). Each
# timing is the best of three runs. Needs the shared folder beside the
# checkout (or IMRKIT_SHARED); without it the bundled letters are used.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-4}
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

# best JOBS: the best wall time of three runs of check -j JOBS, in seconds
best() {
	local b=""
	for _ in 1 2 3; do
		local s e t
		s=$(date +%s.%N)
		"$work/imr" check -q -j "$1" "$work/letters" >/dev/null || [ $? = 1 ]
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc -l)
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
	done
	echo "$b"
}
t1=$(best 1)
t2=$(best 2)
printf 'imr check on %d letters (%d CPUs): -j 1 %.2f s, -j 2 %.2f s, speed-up %.2fx (bar >= 1.7)\n' \
	"$n" "$(nproc)" "$t1" "$t2" "$(echo "$t1 / $t2" | bc -l)"
