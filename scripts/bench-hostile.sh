#!/usr/bin/env bash
# Runs the crafted hostile PDFs (internal/hostile) and 200 byte-flipped
# real letters through the built `imr extract`, one process per file
# under /usr/bin/time, and checks each: no process death (signal or Go
# fatal error), under 2 s and 300 MB, and either a letter (with its
# warnings when read in part) or a one-line error naming the file. Then
# it runs them all in one `imr extract` batch and one `imr corpus build`
# with real letters mixed in, and checks that every real letter comes
# through. Prints a table of the slowest and largest files and exits 1 on
# any failure.
#
# Usage: scripts/bench-hostile.sh [LETTERS]
# LETTERS defaults to the real letters' PDFs in the shared folder beside
# the checkout ($IMRKIT_SHARED, else ../shared); the flipped files need
# them and pdftotext (as the reference text of TestFlipped).
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${IMRKIT_SHARED:-../shared}
[ -d "$shared" ] && shared=$(cd "$shared" && pwd)
letters=${1:-$shared/realdata/dwc-imr-fdl/pdf}
[ -x /usr/bin/time ] || { echo "/usr/bin/time is not installed (apt-get install time)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/files"
go build -o "$tmp/imr" ./cmd/imr
IMRKIT_SHARED=$shared go test ./pdftext -run '^(TestHostile|TestFlipped)$' -count=1 -hostile-out "$tmp/files" >/dev/null
names=("$tmp"/files/*)
flips=("$tmp"/files/flip-*)
echo "${#names[@]} files (${#flips[@]} byte-flipped real letters)"

fail=0
: >"$tmp/table"
for f in "$tmp/files"/*; do
	name=$(basename "$f")
	set +e
	/usr/bin/time -f "%e %M" -o "$tmp/time" "$tmp/imr" extract --format jsonl --no-text "$f" >"$tmp/out" 2>"$tmp/err"
	code=$?
	set -e
	read -r secs kb < <(tail -1 "$tmp/time") # after "Command exited with non-zero status"
	echo "$secs $kb $code $name" >>"$tmp/table"
	problem=
	if [ "$code" -gt 2 ] || grep -q -e '^fatal error' -e '^panic:' -e 'goroutine ' "$tmp/err"; then
		problem="process died (exit $code)"
	elif awk -v s="$secs" 'BEGIN { exit !(s >= 2) }'; then
		problem="took $secs s"
	elif [ "$kb" -ge $((300 * 1024)) ]; then
		problem="took $((kb / 1024)) MB"
	elif [ "$code" -ne 0 ] && { [ "$(grep -c -v '^imr extract: ' "$tmp/err")" -ne 1 ] || ! grep -q -F "$name" "$tmp/err"; }; then
		# the file's error is one line; the command's summary line after it is its own
		problem="error is not one line naming the file: $(head -c 200 "$tmp/err")"
	elif [ "$code" -eq 0 ] && [ ! -s "$tmp/out" ]; then
		problem="exit 0 with no letter"
	fi
	if [ -n "$problem" ]; then
		echo "FAIL $name: $problem"
		fail=1
	fi
done

echo "slowest:"
sort -rn "$tmp/table" | sed -n 1,3p | awk '{ printf "  %s s  %d MB  exit %s  %s\n", $1, $2 / 1024, $3, $4 }'
echo "largest:"
sort -k2 -rn "$tmp/table" | sed -n 1,3p | awk '{ printf "  %s s  %d MB  exit %s  %s\n", $1, $2 / 1024, $3, $4 }'
awk '$3 == 0 { ok++ } $3 != 0 { err++ } END { printf "one file a process: %d letters, %d clear errors\n", ok, err }' "$tmp/table"

# One batch: the hostile files and real letters together.
good=("$letters"/*.pdf)
good=("${good[@]:0:20}")
set +e
"$tmp/imr" extract --format jsonl --no-text "$tmp/files" "${good[@]}" >"$tmp/batch.jsonl" 2>"$tmp/batch.err"
code=$?
set -e
if [ "$code" -gt 2 ] || grep -q -e '^fatal error' -e '^panic:' "$tmp/batch.err"; then
	echo "FAIL batch extract: process died (exit $code)"
	fail=1
fi
for g in "${good[@]}"; do
	if ! grep -q -F "\"path\":\"$g\"" "$tmp/batch.jsonl"; then
		echo "FAIL batch extract: real letter $g did not come through"
		fail=1
	fi
done
partial=$(grep -c '"warnings":\[' "$tmp/batch.jsonl" || true)
echo "batch extract: $(wc -l <"$tmp/batch.jsonl") letters ($partial with warnings), $(wc -l <"$tmp/batch.err") errors, all 20 real letters read"

set +e
/usr/bin/time -f "%e %M" -o "$tmp/time" "$tmp/imr" corpus build --db "$tmp/c.db" "$tmp/files" "${good[@]}" >/dev/null 2>"$tmp/corpus.err"
code=$?
set -e
read -r secs kb < <(tail -1 "$tmp/time")
if [ "$code" -gt 2 ] || grep -q -e '^fatal error' -e '^panic:' "$tmp/corpus.err"; then
	echo "FAIL corpus build: process died (exit $code)"
	fail=1
fi
echo "corpus build: exit $code in $secs s, $((kb / 1024)) MB peak"
if command -v sqlite3 >/dev/null; then
	sqlite3 "$tmp/c.db" "SELECT status, coalesce(read, '-'), count(*) FROM files GROUP BY 1, 2" | sed 's/^/  files: /'
	# A real letter's damaged copies are the same letter (case number and
	# decision date): the corpus keeps one copy, so a real letter comes
	# through when its file is stored or is a duplicate of a stored letter.
	stored=$(sqlite3 "$tmp/c.db" "SELECT count(*) FROM files f WHERE path NOT LIKE '$tmp/%' AND (status = 'ok'
		OR (status = 'duplicate' AND EXISTS (SELECT 1 FROM letters l WHERE l.sha256 = f.duplicate_of)))")
	if [ "$stored" -ne 20 ]; then
		echo "FAIL corpus build: $stored of 20 real letters stored"
		fail=1
	fi
fi
[ "$fail" -eq 0 ] && echo "PASS: no process death, every file under 2 s and 300 MB, every error one line naming its file"
exit "$fail"
