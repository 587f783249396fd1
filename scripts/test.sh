#!/usr/bin/env bash
# Runs every check of the project on a fresh machine: installs the Debian
# tools the tests compare against (poppler's pdftotext, qpdf) when they are
# missing, fetches the Go modules, then gofmt, go vet, staticcheck and the
# tests.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
command -v chromium >/dev/null || need+=(chromium) # the review page's browser tests (serve)
if ((${#need[@]})); then
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

go mod download
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "gofmt needed:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
go test -count=1 ./...
go test -count=1 -race -run TestConcurrentUploads ./serve # 50 uploads at once, with the race detector
# The patched PDF reader is its own module (a replace in go.mod).
(cd third_party/pdf && go vet ./... && go test -count=1 ./...)
