module github.com/imrkit/imrkit

go 1.26.8
