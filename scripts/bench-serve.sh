#!/usr/bin/env bash
# Load benchmark of "imr serve": starts the server on loopback, posts the
# real letters' texts to POST /api/check from 8 clients at once, 5000
# requests (at most 3 minutes), and prints requests per second, the
# 50th and 99th percentile latency and the server's memory: resident
# after 1000 and after 5000 requests, and its peak. The baseline is the
# library checking the same letters in one goroutine in the load
# client's process. It fails when a request fails or the server's memory
# grows more than 1.25x between 1000 and 5000 requests.
#
#   scripts/bench-serve.sh               # 5000 requests, 8 clients
#   scripts/bench-serve.sh 2000 4        # requests, clients
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-5000}
clients=${2:-8}
work=$(mktemp -d)
src=${IMRKIT_SHARED:-../shared}/realdata/dwc-imr-fdl/txt
[ -d "$src" ] || src=testdata/letters

CGO_ENABLED=0 go build -o "$work/imr" ./cmd/imr # static, as released
go build -o "$work/benchserve" ./scripts/benchserve

"$work/imr" serve --addr 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do
	grep -q 'http://' "$work/serve.log" && break
	sleep 0.1
done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1)
[ -n "$url" ] || { cat "$work/serve.log" >&2; exit 2; }

echo "imr serve at $url (pid $server), letters from $src"
"$work/benchserve" -url "$url" -pid "$server" -dir "$src" -n "$requests" -c "$clients"
