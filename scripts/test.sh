#!/usr/bin/env bash
# Runs every check of the project on a fresh machine: installs the Debian
# tools the tests compare against (poppler's pdftotext, qpdf, pandoc, tesseract) when they are
# missing, fetches the Go modules, then gofmt, go vet, staticcheck and the
# tests.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
command -v pandoc >/dev/null || need+=(pandoc)
command -v tesseract >/dev/null || need+=(tesseract-ocr tesseract-ocr-eng)
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
