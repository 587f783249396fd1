#!/usr/bin/env bash
# Scale benchmark of "imr corpus build": builds corpora of 2k and 20k
# letters (or the sizes given as arguments) and prints, for each, the
# build time, the time per 1000 letters and the peak memory, then the
# ratios to the smallest size. CPU time should grow linearly (a flat CPU
# time per letter) and peak memory stay flat: it fails when, from the
# smallest size to the largest, peak memory grows more than 1.2 times or
# CPU time per letter more than 1.1 times (MEM_LIMIT and CPU_LIMIT change
# the gates). On 2 cores the default sizes take a few minutes.
#
# The letters are replicas of the real text letters (the shared data
# folder, else the repository's testdata), each with a case number of
# its own (CM90-0000000 on: the corpus stores a letter once, whatever file
# holds it) and a trailing line of its own so every file has its own
# sha256, in folders of 1000. Replicas of an older script under BENCH_DIR
# (same case numbers) should be deleted first.
#
#   scripts/bench-corpus.sh                 # 2000 20000
#   scripts/bench-corpus.sh 1000 10000 100000
#   BENCH_DIR=/big/disk BENCH_JOBS=4 scripts/bench-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
((${#sizes[@]})) || sizes=(2000 20000)
work=${BENCH_DIR:-$(mktemp -d)}
jobs=${BENCH_JOBS:-0}
mem_limit=${MEM_LIMIT:-1.2}
cpu_limit=${CPU_LIMIT:-1.1}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

src=${IMRKIT_SHARED:-../shared}/realdata/dwc-imr-fdl/txt
[ -d "$src" ] || src=testdata/letters
CGO_ENABLED=0 go build -o "$work/imr" ./cmd/imr # static, as released

# replicate N: writes letters 0..N-1 into $work/letters/NNN/, 1000 a folder,
# keeping the ones made by an earlier run.
replicate() {
	local n=$1
	mkdir -p "$work/letters"
	find "$src" -maxdepth 1 -name '*.txt' ! -name 'seed*' | sort |
		awk -v n="$n" -v out="$work/letters" '
			{ files[k++] = $0 }
			END {
				for (i = 0; i < k; i++) { RS = "^$"; getline text[i] < files[i]; close(files[i]) }
				for (i = 0; i < n; i++) {
					dir = sprintf("%s/%03d", out, int(i / 1000))
					if (i % 1000 == 0) system("mkdir -p " dir)
					path = sprintf("%s/%07d.txt", dir, i)
					if ((getline line < path) > 0) { close(path); continue }
					t = text[i % k]
					gsub(/CM[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]/, sprintf("CM90-%07d", i), t) # another letter each
					printf "%s\nreplica %d\n", t, i > path
					close(path)
				}
			}'
}

max=0
for n in "${sizes[@]}"; do ((n > max)) && max=$n; done
echo "replicating $max letters from $src into $work/letters ..."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
replicate "$max"

printf '%8s %10s %14s %16s %10s %8s\n' letters seconds "s/1000 letters" "cpu s/1000 lett." "peak MiB" "db MiB"
first_rate="" first_cpu="" first_mem=""
for n in "${sizes[@]}"; do
	dirs=()
	for ((d = 0; d < (n + 999) / 1000; d++)); do dirs+=("$work/letters/$(printf %03d "$d")"); done
	db="$work/corpus-$n.db"
	rm -f "$db" "$db-wal" "$db-shm"
	# Folders of 1000 hold exactly n letters only for multiples of 1000.
	/usr/bin/time -f '%e %M %U %S' -o "$work/time" "$work/imr" corpus build -j "$jobs" --db "$db" "${dirs[@]}" >"$work/out" 2>"$work/err" ||
		{ cat "$work/err" >&2; exit 1; }
	read -r secs kib user sys <"$work/time"
	rate=$(awk -v s="$secs" -v n="$n" 'BEGIN { printf "%.3f", s * 1000 / n }')
	cpu=$(awk -v u="$user" -v s="$sys" -v n="$n" 'BEGIN { printf "%.3f", (u + s) * 1000 / n }')
	mem=$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')
	size=$(du -m "$db" | cut -f1)
	printf '%8d %10.2f %14s %16s %10s %8s\n' "$n" "$secs" "$rate" "$cpu" "$mem" "$size"
	[ -n "$first_rate" ] || { first_rate=$rate; first_cpu=$cpu; first_mem=$mem; }
	last_rate=$rate last_cpu=$cpu last_mem=$mem
done
time_ratio=$(awk -v a="$first_rate" -v b="$last_rate" 'BEGIN { printf "%.2f", b / a }')
cpu_ratio=$(awk -v a="$first_cpu" -v b="$last_cpu" 'BEGIN { printf "%.2f", b / a }')
mem_ratio=$(awk -v a="$first_mem" -v b="$last_mem" 'BEGIN { printf "%.2f", b / a }')
echo "time per letter, largest / smallest: ${time_ratio}x wall clock, ${cpu_ratio}x CPU (1.00 is linear)"
echo "peak memory, largest / smallest: ${mem_ratio}x (limit $mem_limit)"
fail=0
awk -v r="$mem_ratio" -v l="$mem_limit" 'BEGIN { exit !(r <= l) }' ||
	{ echo "FAIL: peak memory grows with the corpus (${mem_ratio}x > ${mem_limit}x)" >&2; fail=1; }
awk -v r="$cpu_ratio" -v l="$cpu_limit" 'BEGIN { exit !(r <= l) }' ||
	{ echo "FAIL: CPU time per letter grows with the corpus (${cpu_ratio}x > ${cpu_limit}x)" >&2; fail=1; }
exit "$fail"
