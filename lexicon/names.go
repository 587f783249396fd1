package lexicon

import "slices"

// The fixed names a lexicon file may use for categories, regions, drug
// classes and guideline sources. A value outside these lists is an error
// of the file, so that a typo cannot make a new category.

// serviceCategories are the categories of services and drugs. They follow
// the treatment categories of the California DMHC IMR data, narrowed to
// workers' compensation; doc.go maps one to the other.
var serviceCategories = []string{
	"imaging",               // MRI, CT, X-ray, ultrasound, bone scan
	"electrodiagnostic",     // EMG, NCV/NCS, SSEP, EEG
	"labs",                  // blood and urine tests, EKG, sleep study
	"physical-medicine",     // PT, OT, chiropractic, acupuncture, modalities
	"pharmacy",              // medications
	"injections",            // ESI, facet, trigger point, PRP, nerve blocks
	"surgery",               // operations and their surgical services
	"psychological",         // CBT, psychotherapy, biofeedback, testing
	"dme",                   // durable medical equipment and supplies
	"home-health",           // nurse visits, home aides
	"inpatient",             // hospital, rehabilitation unit, skilled nursing
	"evaluation-management", // consults, office visits, clearance
	"transportation",        // rides to appointments
	"other",                 // gym membership, anything else
}

// diagnosisCategories follow the DMHC diagnosis categories.
var diagnosisCategories = []string{
	"musculoskeletal", // sprains, strains, disc disease, tendinitis
	"neurological",    // radiculopathy, neuropathy, nerve entrapment
	"trauma",          // contusion, fracture, crush, concussion
	"chronic-pain",    // chronic pain syndromes
	"mental",          // depression, anxiety, insomnia
	"cardiovascular",  // hypertension, arrhythmia
	"digestive",       // GERD, gastritis, hernia
	"endocrine",       // diabetes, dyslipidemia
	"genitourinary",   // erectile dysfunction
	"ent",             // hearing loss, tinnitus, vertigo
	"skin",            // wounds, burns
	"respiratory",     // asthma
	"vision",          // eye conditions
	"other",
}

// regions are the body regions, the coarse parts that guideline chapters
// and body parts share.
var regions = []string{
	"head", "cervical-spine", "thoracic-spine", "lumbar-spine", "spine",
	"shoulder", "elbow", "wrist-hand", "upper-extremity",
	"hip-pelvis", "knee-leg", "ankle-foot", "lower-extremity",
	"chest", "abdomen",
}

// regionParent gives the region that contains a region.
var regionParent = map[string]string{
	"cervical-spine": "spine", "thoracic-spine": "spine", "lumbar-spine": "spine",
	"shoulder": "upper-extremity", "elbow": "upper-extremity", "wrist-hand": "upper-extremity",
	"hip-pelvis": "lower-extremity", "knee-leg": "lower-extremity", "ankle-foot": "lower-extremity",
}

// drugClasses are the classes a drug may name.
var drugClasses = []string{
	"opioid", "nsaid", "analgesic", "muscle-relaxant", "anticonvulsant",
	"antidepressant", "ppi", "h2-blocker", "topical-analgesic", "compound",
	"local-anesthetic", "sleep-aid", "benzodiazepine", "anxiolytic",
	"antipsychotic", "stimulant", "antiemetic", "antihistamine",
	"corticosteroid", "migraine", "cardiovascular", "diabetes",
	"erectile-dysfunction", "laxative", "antibiotic", "medical-food", "other",
}

// sources are the guideline sources a chapter belongs to.
var sources = []string{"MTUS", "ACOEM", "ODG"}

// Categories returns the categories a concept of kind k may have: the
// service categories for services and drugs, the diagnosis categories for
// diagnoses, none for other kinds.
func Categories(k Kind) []string {
	switch k {
	case KindService, KindDrug:
		return slices.Clone(serviceCategories)
	case KindDiagnosis:
		return slices.Clone(diagnosisCategories)
	}
	return nil
}

// Regions returns the body regions, such as "cervical-spine" and
// "wrist-hand".
func Regions() []string { return slices.Clone(regions) }

// Within reports whether region lies in outer: the same region, or one of
// its parts ("shoulder" is within "upper-extremity", "lumbar-spine"
// within "spine").
func Within(region, outer string) bool {
	for r := region; r != ""; r = regionParent[r] {
		if r == outer {
			return true
		}
	}
	return false
}

// kinds lists the kinds of concept in the order a tie between matches of
// the same span is broken: the earlier kind wins.
var kinds = []Kind{KindService, KindDrug, KindDiagnosis, KindBodyPart, KindChapter, KindUnit}

func kindRank(k Kind) int { return slices.Index(kinds, k) }
