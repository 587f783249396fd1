#!/usr/bin/env bash
# Times what coding diagnoses in ICD-10-CM adds to extraction, on the real
# letters' text, in one process on one core:
#   - BenchmarkReadAll: extracting all the letters, coding included;
#   - BenchmarkCodeDiagnoses: coding their diagnoses alone, the code set
#     loaded, the codings of earlier rounds remembered as in a run;
#   - BenchmarkCodeDiagnosesCold: the same with nothing remembered;
#   - BenchmarkLoadICD10: loading the embedded code set, once a process
#     (bar: 50 ms).
# The ratio is coding over extraction without it (bar: <= 0.20). Times
# are CPU time per op (the benchmarks' cpu-ns/op), which a machine shared
# with other work leaves alone where it stretches wall time.
# Needs the shared data beside the checkout (or IMRKIT_SHARED).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=$(cd "${IMRKIT_SHARED:-../shared}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 go test -c -o "$tmp/extract.test" ./extract
CGO_ENABLED=0 go test -c -o "$tmp/lexicon.test" ./lexicon
export GOMAXPROCS=1 IMRKIT_SHARED="$shared"
rounds=${ROUNDS:-5}

# cpu-ns/op of a benchmark, the median of its rounds.
bench() {
	local bin=$1 dir=$2 name=$3
	(cd "$dir" && "$bin" -test.run '^$' -test.bench "^$name\$" -test.benchtime "${BENCHTIME:-5x}" -test.count "$rounds") |
		awk -v n="$name" '$1 ~ "^"n"(-[0-9]+)?$" { for (i = 2; i <= NF; i++) if ($i == "cpu-ns/op") print $(i - 1) }' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
ms() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e6 }'; }

all=$(bench "$tmp/extract.test" extract BenchmarkReadAll)
code=$(bench "$tmp/extract.test" extract BenchmarkCodeDiagnoses)
cold=$(bench "$tmp/extract.test" extract BenchmarkCodeDiagnosesCold)
load=$(bench "$tmp/lexicon.test" lexicon BenchmarkLoadICD10)

echo "the real letters, one core, median of $rounds rounds"
echo "extraction, coding included:        $(ms "$all") ms"
echo "coding, codings remembered:         $(ms "$code") ms   ratio $(awk -v c="$code" -v a="$all" 'BEGIN { printf "%.3f", c / (a - c) }') (bar <= 0.20)"
echo "coding, nothing remembered:         $(ms "$cold") ms   ratio $(awk -v c="$cold" -v a="$all" 'BEGIN { printf "%.3f", c / (a - c) }') (bar <= 0.20)"
echo "loading the code set, once a run:   $(ms "$load") ms   (bar <= 50)"
