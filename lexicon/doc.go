// Package lexicon is the domain vocabulary of IMR letters: services,
// tests and drugs (brand and generic, abbreviations, categories),
// diagnoses and body parts with laterality, guideline chapters and the
// units a request is counted in.
//
// # Data
//
// The vocabulary is data: *.lex files embedded in the binary (Default)
// and, with Load, extended from a user's folder through the same code. A
// user's entry whose ID is already known extends that concept: the keys
// it gives replace single values (name, category...) and add to lists
// (aliases, regions...). An entry with a new ID adds a concept.
//
// Loading is done ahead of time for Default: go generate writes what
// loading the embedded files builds as tables (snapshotdata.go, and the
// stems of their words in stemtable.go), and the package's tests fail
// when they are out of date with the files.
//
// # Matching
//
// Text is split into words (Tokenize); each word keeps the text as
// written, its byte offsets and its snowball stem. An alias matches a run
// of words whose lower-cased forms, or stems, are the alias's own, with
// spaces, a line break and up to two marks such as "/", "-" or "("
// between them, but no sentence punctuation. So "physical therapies"
// matches "physical therapy" and "hydrocodone/ acetaminophen" matches
// "hydrocodone/acetaminophen". Since snowball strips derivations as well
// as inflections, two words of one stem match only when what follows the
// stem agrees once plural, possessive, -ed, -ing and -e are taken off:
// "injections" is "injection", but "medical" is not "medication" nor
// "mobility" "mobilization".
//
// Misspelled and PDF-damaged words match within an edit budget: the
// optimal string alignment distance (insertions, deletions,
// substitutions, swaps of adjacent letters) between the word and the
// alias's word, which must start with the same letter. The budget grows
// with the alias word's length: no edit below six letters (short words
// and abbreviations match only as written: "would" is not "wound"), one
// edit up to eight letters, two from nine. A word of a known stem with
// another ending ("preventive" beside "prevention") takes no edits. A word split by extraction is read joined:
// free across a hyphen ("Electro- diagnostic"), one edit across a space
// or line break ("phys ical"), and only when one of the halves is no
// word of the vocabulary. A word joined by extraction
// ("physicaltherapy") matches an alias's words written together at one
// edit (free where the alias has a hyphen: "xray" for "x-ray").
// Match.Distance counts the edits.
//
// An alias written in capitals ("PT", "ESI", "TENS") is an abbreviation:
// it matches only a word written in capitals, or its plural with a
// lower-case "s" ("ESIs", "MRI's"); "PT" does not match inside "PTT",
// and "tens" is not TENS. A concept's not list names words that look like
// a misspelling of an alias but are other words ("message" is not
// "massage"); they never match with edits. The choice for "lumber" is
// made and tested: it reads as "lumbar" (one edit), since in these
// letters it is the misspelling, not timber.
//
// Find returns non-overlapping matches, longest first; Best picks the
// head of a service phrase; Chapters reads guideline citations; Unit
// reads count nouns; Suggest is a subsequence lookup for people typing
// abbreviations. A Lexicon is safe for concurrent use; it remembers what
// the words it has seen were found to be (up to 65,536 words) and what
// Find and Best gave for short texts (up to 16,384 of them), since the
// words and phrases of letters recur.
//
// # ICD-10-CM
//
// ICD10CM is the FY2017 ICD-10-CM code set, embedded as an index
// (data/icd10/icd10cm.zst, 529 KB, made by go generate from the reference
// code set through this package's own code, and checked against it by
// the tests) and loaded on first use (about 15 ms of CPU). Code chooses
// the code of a diagnosis phrase: the phrase's words, read through the
// terms of data/icd10/terms.lex (synonyms and abbreviations as
// clinicians write them: lumbar = lower back, HNP, CTS, s/p, LBP; the
// Alphabetic Index defaults; qualifiers a code needs stated), are
// matched to the descriptions by snowball stem and, for a word no
// description has, within the edit budget above. The best code says
// most of what the phrase says and least of what it does not; ties go to
// the unspecified code. Candidates shows the codes considered and why;
// Official finds an official name with commas of its own at the start of
// a list, which a list is never cut inside.
//
// # Laterality
//
// A body part's match carries the side its words give: "right
// shoulder", "left hip and knee" (both left), "right and left knees"
// (bilateral), "bilateral wrists", "R knee", else a side just after it
// ("shoulder, right"), unless that side begins the next body part. An
// alias listed under left, right or bilateral carries its own side
// ("RUE" is the right upper extremity).
//
// # File format
//
// A lexicon file holds sections, one per concept, each opened by its ID
// in brackets and followed by key = value lines. Lines starting with #
// are comments; blank lines are ignored; there are no comments at the end
// of a line. Keys before the first section are defaults for the new
// concepts of the file (kind, category, class, source). A list value
// separates items with "|", and a line starting with "|" continues the
// list above it:
//
//	# services.lex
//	kind = service
//	category = psychological
//
//	[cognitive-behavioral-therapy]
//	name = cognitive behavioral therapy
//	aliases = CBT | cognitive behavioural therapy | cognitive therapy
//		| cognitive-behavioral therapy
//
//	[norco]
//	kind = drug
//	category = pharmacy
//	name = Norco
//	generic = hydrocodone-acetaminophen
//
// IDs are lower-case letters, digits and hyphens, unique across the
// files of one folder. The keys:
//
//	kind       service, drug, diagnosis, body_part, chapter or unit (required)
//	name       the preferred name (required); it matches like an alias
//	aliases    other names and abbreviations, as written
//	category   for services and drugs, a service category; for diagnoses,
//	           a diagnosis category (see below)
//	class      for drugs: opioid, nsaid, analgesic, muscle-relaxant,
//	           anticonvulsant, antidepressant, ppi, h2-blocker,
//	           topical-analgesic, compound, local-anesthetic, sleep-aid,
//	           benzodiazepine, anxiolytic, antipsychotic, stimulant,
//	           antiemetic, antihistamine, corticosteroid, migraine,
//	           cardiovascular, diabetes, erectile-dysfunction, laxative,
//	           antibiotic, medical-food, other; a brand without one takes
//	           its generic's
//	generic    for a brand drug, the ID of its generic
//	alternatives
//	           for services and drugs, the IDs of other services or drugs
//	           that letters name for the same request: a form, a part or
//	           an alternative of this one (MRI: MR arthrogram; a
//	           combination drug: its parts); read both ways (Alternative)
//	source     for chapters (required): MTUS, ACOEM or ODG
//	regions    body regions (see Regions): head, cervical-spine,
//	           thoracic-spine, lumbar-spine, spine, shoulder, elbow,
//	           wrist-hand, upper-extremity, hip-pelvis, knee-leg,
//	           ankle-foot, lower-extremity, chest, abdomen
//	left, right, bilateral
//	           for body parts, aliases that carry that side ("RUE")
//	not        words never taken as misspellings of the aliases
//
// Loading is strict. An unknown key, a key given twice in a section, a
// key that does not apply to the kind, a bad kind, category, class,
// source or region, a malformed line, a duplicate section, a generic that
// names no drug, an alternative that names no other service or drug, a concept without kind or name, and a name or alias that
// already names another concept of the same kind (and source) are each an
// error "path:line:col: message". Load reads on after an error and
// returns them all as an ErrorList, sorted, with the lexicon of what did
// load. Paths are relative to the folder given to Load; a caller that
// opened the folder with os.DirFS(dir) may join dir in front.
//
// # Categories
//
// Service categories follow the treatment categories of the California
// DMHC IMR decisions, narrowed to workers' compensation:
//
//	imaging                Diagnostic Imaging (MRI, CT Scan, X-Ray, PET, Ultrasound)
//	electrodiagnostic      EMG, NCV/NCS, SSEP, EEG (DMHC files them under testing)
//	labs                   Lab Work, EKG, Sleep Study, other tests
//	physical-medicine      Rehabilitation Services - Outpatient, Chiropractic,
//	                       Alternative Treatment (acupuncture), Pain Management Program
//	pharmacy               Pharmacy/Prescription Drugs
//	injections             Pain Management (Epidural Injection, Nerve Block,
//	                       Steroid Injection), Radiofrequency Ablation
//	surgery                Orthopedic, General Surgery, Neurosurgery
//	psychological          Mental Health Treatment, Biofeedback
//	dme                    Durable Medical Equipment
//	home-health            Home Health Care
//	inpatient              Acute Medical Services - Inpatient, Skilled Nursing Facility
//	evaluation-management  Diagnostic/Physician Evaluation, Emergency/Urgent Care
//	transportation         Ambulance/Transport
//	other                  gym membership, weight loss, interpreter...
//
// Diagnosis categories follow the DMHC diagnosis categories:
// musculoskeletal, neurological, trauma, chronic-pain, mental,
// cardiovascular, digestive, endocrine, genitourinary, ent, skin,
// respiratory, vision, other.
package lexicon
