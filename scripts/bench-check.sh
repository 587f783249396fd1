#!/usr/bin/env bash
# Times, on one core, imr check on the real letters' text against imr
# extract on the same texts (the baseline: check reads the letters the
# same way, then compares their facts). Bar: check at most 2x extract.
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
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a + b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

# The two runs take turns within each round, so that a change in the
# machine's load falls on both alike.
extract=0 check=0
for _ in $(seq "$rounds"); do
	start=$(now)
	"$tmp/imr" extract --format jsonl --no-text -j 1 "$data/txt" >/dev/null
	extract=$(add "$extract" "$(since "$start")")

	start=$(now)
	# Exit status 1 means findings, not failure.
	"$tmp/imr" check --format json "$data/txt" >/dev/null || [ $? -eq 1 ]
	check=$(add "$check" "$(since "$start")")
done

r=$(ratio "$check" "$extract")
n=$(ls "$data"/txt/*.txt | wc -l)
echo "$n letters x $rounds rounds, one core"
echo "imr extract on the texts: $extract s"
echo "imr check on the texts:   $check s   ratio $r (bar <= 2)"
awk -v r="$r" 'BEGIN { exit !(r <= 2) }' || { echo "check takes more than twice extract's time" >&2; exit 1; }
