package lexicon

import (
	"fmt"
	"testing"
)

func TestTryICD(t *testing.T) {
	cs := ICD10CM()
	for _, p := range []string{"lumbar strain", "right shoulder contusion", "neck strain", "shoulder strain", "possible rotator cuff tear", "lumbar spine sprain/strain", "bilateral carpal tunnel syndrome", "lumbar disc protrusion", "status post cubital tunnel release", "low back pain"} {
		for _, c := range cs.Candidates(p, "left", 3) {
			fmt.Printf("%-35s %-9s %.2f %s | %s\n", p, c.Code, c.Score, c.Description, c.Why)
		}
	}
}

func TestTryOfficial(t *testing.T) {
	cs := ICD10CM()
	for _, p := range []string{"strain of unspecified muscle, fascia and tendon at shoulder and upper arm level right arm and impingement syndrome of right shoulder", "radiculopathy, lumbar and ddd", "Strain of muscle, fascia and tendon of the lower back, subsequent encounter; x", "other synovitis and tenosynovitis, left hand, lumbar"} {
		n := cs.Official(p)
		fmt.Printf("%q\n", p[:n])
	}
}
