#!/usr/bin/env bash
# Runs every check of the project on a fresh machine:
#   1. installs the Debian tools the tests compare against when missing
#      (poppler-utils for pdftotext, qpdf, sqlite-utils, chromium for the
#      review page, pandoc and tesseract for Word and OCR), or says plainly
#      that it cannot where apt-get is not there;
#   2. gofmt, go vet, and staticcheck at the version pinned in go.mod's
#      tool block (go tool staticcheck: built from the module cache, no
#      download beyond the modules);
#   3. go test ./... and the command-line error-path test;
#   4. at the end, every test that was skipped and why.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
command -v chromium >/dev/null || need+=(chromium) # the review page's browser tests (serve)
command -v sqlite-utils >/dev/null || need+=(sqlite-utils)
command -v pandoc >/dev/null || need+=(pandoc)
command -v tesseract >/dev/null || need+=(tesseract-ocr tesseract-ocr-eng)
if ((${#need[@]})); then
	if ! command -v apt-get >/dev/null; then
		echo "test.sh: apt-get is not available here: install ${need[*]} yourself" >&2
		echo "test.sh: going on; the tests that need them skip and are listed at the end" >&2
	else
		sudo=""
		[ "$(id -u)" = 0 ] || sudo=sudo
		echo "test.sh: installing ${need[*]} with apt-get" >&2
		if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null; }; then
			echo "test.sh: apt-get could not install ${need[*]}; the tests that need them skip and are listed at the end" >&2
		fi
	fi
fi

go mod download
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "gofmt needed:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
go tool staticcheck ./...

results=$(mktemp)
trap 'rm -f "$results"' EXIT
status=0
go test -json -count=1 ./... >"$results" || status=$?
# 50 uploads at once to the review server, with the race detector.
go test -count=1 -race -run TestConcurrentUploads ./serve || status=1
# The patched PDF reader and PDF writer are modules of their own (replaces in go.mod).
(cd third_party/pdf && go vet ./... && go test -count=1 ./...) || status=1
./scripts/cli-errors.sh || status=1
go run ./internal/testsummary <"$results" || status=1
exit $status
