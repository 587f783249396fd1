#!/usr/bin/env bash
# Times, on one core, imr check on the real letters' text against imr
# extract on the same texts (the baseline: check reads the letters the
# same way, save the diagnoses, which no check reads, then compares their
# facts). Bar: check at most 2x extract.
# Needs the shared data beside the checkout (or IMRKIT_SHARED).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=$(cd "${IMRKIT_SHARED:-../shared}" && pwd)
data="$shared/realdata/dwc-imr-fdl"
rounds=${ROUNDS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

CGO_ENABLED=0 go build -o "$tmp/imr" ./cmd/imr
export GOMAXPROCS=1

now() { date +%s.%N; }
# mark notes in a file the CPU time (user and system) the script's
# finished children have used so far; used prints in seconds the CPU
# time between two marks. On a loaded machine wall time measures the
# queue, CPU time the work. (times must run in this shell, not in a
# $(...) one, to see its children.)
mark() { times >"$tmp/$1"; }
used() {
	awk 'FNR == 2 {
		split($1, u, /[ms]/); split($2, s, /[ms]/)
		t[++n] = u[1] * 60 + u[2] + s[1] * 60 + s[2]
	} END { printf "%.3f", t[2] - t[1] }' "$tmp/$1" "$tmp/$2"
}
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a + b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

# The two runs take turns within each round, so that a change in the
# machine's load falls on both alike.
extract=0 check=0 extract_cpu=0 check_cpu=0
for _ in $(seq "$rounds"); do
	start=$(now)
	mark a
	"$tmp/imr" extract --format jsonl --no-text -j 1 "$data/txt" >/dev/null
	mark b
	extract=$(add "$extract" "$(since "$start")")
	extract_cpu=$(add "$extract_cpu" "$(used a b)")

	start=$(now)
	mark a
	# Exit status 1 means findings, not failure.
	"$tmp/imr" check --format json "$data/txt" >/dev/null || [ $? -eq 1 ]
	mark b
	check=$(add "$check" "$(since "$start")")
	check_cpu=$(add "$check_cpu" "$(used a b)")
done

r=$(ratio "$check_cpu" "$extract_cpu")
n=$(ls "$data"/txt/*.txt | wc -l)
echo "$n letters x $rounds rounds, one core"
echo "imr extract on the texts: $extract_cpu s CPU ($extract s wall)"
echo "imr check on the texts:   $check_cpu s CPU ($check s wall)   CPU ratio $r (bar <= 2), wall ratio $(ratio "$check" "$extract")"
awk -v r="$r" 'BEGIN { exit !(r <= 2) }' || { echo "check takes more than twice extract's CPU time" >&2; exit 1; }
