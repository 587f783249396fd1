module github.com/imrkit/imrkit

go 1.26.8

require (
	codeberg.org/go-pdf/fpdf v0.12.0
	golang.org/x/image v0.48.0
)

require golang.org/x/text v0.44.0 // indirect
