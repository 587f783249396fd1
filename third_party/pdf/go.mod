module github.com/ledongthuc/pdf

go 1.26.0

require (
	github.com/klauspost/compress v1.17.9
	golang.org/x/image v0.48.0
)
