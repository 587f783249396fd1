package extract

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/imrkit/imrkit/internal/testenv"
	"github.com/imrkit/imrkit/lexicon"
)

// realTexts returns the text of the real letters.
func realTexts(b *testing.B) [][]byte { return realFiles(b, "txt") }

// realFiles returns the bytes of the real letters in one form: "txt" or
// "pdf".
func realFiles(b *testing.B, form string) [][]byte {
	files, _ := filepath.Glob(filepath.Join(testenv.RealLetters(b), form, "*."+form))
	if len(files) == 0 {
		b.Fatalf("no real letters as %s", form)
	}
	var data [][]byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
	}
	return data
}

func meanSize(data [][]byte) int64 {
	size := 0
	for _, d := range data {
		size += len(d)
	}
	return int64(size / len(data))
}

// BenchmarkRead extracts the real letters' text; one op is one letter.
func BenchmarkRead(b *testing.B) {
	data := realTexts(b)
	Read("warm", data[0], Options{})
	b.SetBytes(meanSize(data))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Read("bench", data[i%len(data)], Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// freshLexicon loads a lexicon whose caches are empty, outside the timer.
func freshLexicon(b *testing.B) *lexicon.Lexicon {
	b.StopTimer()
	defer b.StartTimer()
	lex, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	return lex
}

// BenchmarkReadCold reads all the real letters with a lexicon freshly
// loaded, as one run of imr extract does: the lexicon's caches of the
// words and phrases met start empty. One op is the whole batch.
func BenchmarkReadCold(b *testing.B) {
	data := realTexts(b)
	b.SetBytes(meanSize(data) * int64(len(data)))
	for b.Loop() {
		lex := freshLexicon(b)
		for _, d := range data {
			if _, err := Read("bench", d, Options{Lexicon: lex, NoText: true}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkBatch is imr extract --format jsonl --no-text -j 1 on the real
// letters' text without the process around it: a freshly loaded lexicon,
// each file read from disk and hashed, its facts extracted and written as
// a JSON line. One op is the whole batch. It reports too the CPU time of
// the batch past the lexicon's loading, which the timer leaves out as
// well; scripts/bench-extract.sh sets that against pdftotext.
func BenchmarkBatch(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(testenv.RealLetters(b), "txt", "*.txt"))
	var cpu time.Duration
	for b.Loop() {
		lex := freshLexicon(b)
		start := testenv.CPUTime()
		err := Each(paths, Options{Lexicon: lex, NoText: true}, 1, func(r Result) error {
			if r.Err != nil {
				return r.Err
			}
			return WriteJSONL(io.Discard, []*Letter{r.Letter})
		})
		if err != nil {
			b.Fatal(err)
		}
		cpu += testenv.CPUTime() - start
	}
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
}

// BenchmarkNormalize normalizes the real letters' text; one op is one
// letter.
func BenchmarkNormalize(b *testing.B) {
	data := realTexts(b)
	texts := make([]string, len(data))
	for i, d := range data {
		texts[i] = string(d)
	}
	b.SetBytes(meanSize(data))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		normalize(texts[i%len(texts)])
	}
}

// BenchmarkWriteJSONL writes the real letters as JSON lines, all of them
// in one call as imr extract does; one op is the whole batch.
func BenchmarkWriteJSONL(b *testing.B) {
	data := realTexts(b)
	letters := make([]*Letter, len(data))
	for i, d := range data {
		l, err := Read("bench", d, Options{NoText: true})
		if err != nil {
			b.Fatal(err)
		}
		letters[i] = l
	}
	b.ResetTimer()
	for b.Loop() {
		if err := WriteJSONL(io.Discard, letters); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCodeDiagnoses codes the diagnoses of all the real letters,
// once extracted, with the code set loaded; one op is all the letters.
// Against BenchmarkReadAll it gives what coding adds to extraction
// (scripts/bench-icd10.sh).
func BenchmarkCodeDiagnoses(b *testing.B) {
	var letters []*Letter
	for _, d := range realTexts(b) {
		l, err := Read("bench", d, Options{})
		if err != nil {
			b.Fatal(err)
		}
		letters = append(letters, l)
	}
	b.ResetTimer()
	cpu := testenv.CPUTime()
	for b.Loop() {
		for _, l := range letters {
			CodeDiagnoses(l)
		}
	}
	testenv.ReportCPU(b, cpu)
}

// BenchmarkCodeDiagnosesCold codes the diagnoses of all the real
// letters as BenchmarkCodeDiagnoses does, with no coding remembered.
func BenchmarkCodeDiagnosesCold(b *testing.B) {
	var letters []*Letter
	for _, d := range realTexts(b) {
		l, err := Read("bench", d, Options{})
		if err != nil {
			b.Fatal(err)
		}
		letters = append(letters, l)
	}
	cs := lexicon.ICD10CM()
	b.ResetTimer()
	cpu := testenv.CPUTime()
	for b.Loop() {
		b.StopTimer()
		cs.Forget()
		b.StartTimer()
		for _, l := range letters {
			CodeDiagnoses(l)
		}
	}
	testenv.ReportCPU(b, cpu)
}

// BenchmarkReadAll extracts all the real letters' text, coding
// included; one op is all the letters.
func BenchmarkReadAll(b *testing.B) { benchmarkReadAll(b, "txt") }

// BenchmarkReadAllPDF reads all the real letters' PDFs to facts, as
// scripts/bench-pdf-facts.sh times them; one op is all the letters.
func BenchmarkReadAllPDF(b *testing.B) { benchmarkReadAll(b, "pdf") }

// benchmarkReadAll reads the letters as imr's commands do (without glyph
// boxes).
func benchmarkReadAll(b *testing.B, form string) {
	data := realFiles(b, form)
	opt := Options{NoBoxes: true}
	Read("warm", data[0], opt)
	b.ResetTimer()
	cpu := testenv.CPUTime()
	for b.Loop() {
		for _, d := range data {
			if _, err := Read("bench", d, opt); err != nil {
				b.Fatal(err)
			}
		}
	}
	testenv.ReportCPU(b, cpu)
}
