package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

// BenchmarkRead extracts the real letters' text; one op is one letter.
func BenchmarkRead(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(testenv.RealLetters(b), "txt", "*.txt"))
	var data [][]byte
	size := 0
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
		size += len(d)
	}
	Read("warm", data[0], Options{})
	b.SetBytes(int64(size / len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Read("bench", data[i%len(data)], Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
