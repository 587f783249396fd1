package lexicon

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

func letterText(b *testing.B) string {
	data, err := os.ReadFile(filepath.Join(testenv.RealLetters(b), "txt", "CM16-0213037.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkFind runs Find over the whole text of a real letter, as a
// corpus run does: the words of earlier letters are known.
func BenchmarkFind(b *testing.B) {
	text := letterText(b)
	l := Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		l.Find(text)
	}
}

// BenchmarkFindCold runs Find over a letter none of whose words were met
// before.
func BenchmarkFindCold(b *testing.B) {
	text := letterText(b)
	l := Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		l.ix.forget()
		l.Find(text)
	}
}

// BenchmarkLoad measures reading, checking and compiling the embedded
// vocabulary, as Load does with a user's folder.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDefault measures making the embedded vocabulary from its
// snapshot, as Default does once per process.
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		fromSnapshot(&snap)
	}
}

// BenchmarkLoadICD10 loads the embedded ICD-10-CM index, as the first
// coding of a run does (bar: 50 ms).
func BenchmarkLoadICD10(b *testing.B) {
	cpu := testenv.CPUTime()
	for b.Loop() {
		if _, err := loadCodeSet(icd10Data, icd10Terms); err != nil {
			b.Fatal(err)
		}
	}
	testenv.ReportCPU(b, cpu)
}

// BenchmarkOfficialCold makes a code set's index of official names and
// uses it once, as the first Official call of a run does.
func BenchmarkOfficialCold(b *testing.B) {
	cs := ICD10CM()
	const text = "strain of muscle, fascia and tendon of the lower back, subsequent encounter"
	cpu := testenv.CPUTime()
	for b.Loop() {
		cs.officialState = officialState{}
		if cs.Official(text) == 0 {
			b.Fatal("Official found nothing")
		}
	}
	testenv.ReportCPU(b, cpu)
}
