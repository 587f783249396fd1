// Package eval scores extracted letters against gold files: hand-read
// facts, one JSON file per letter named by its case number, in the
// annotation format (case_number, date_assigned, ..., diagnoses, items
// with header, outcome, service, quantity, quantity_text, unit, partial,
// ca_guideline, maximus_guideline, rationale_conclusion and
// rationale_quantity).
//
// Every field is scored as accuracy (right answers over letters or gold
// items), but diagnoses, scored as F1 over the phrases. Texts are compared
// leniently: lower case, white space collapsed, hyphens dropped (readers
// differ on words hyphenated at line ends), closing punctuation ignored.
// Items are paired by position when the counts agree, else by the most
// similar header. Where a header speaks of refills, readers counted either
// the refills or the units, so either is right. The overall figure is the
// mean of the field scores, every field weighing the same.
//
// CodeScore scores the ICD-10-CM codes of the diagnoses against answer
// keys (one JSON file per letter: each gold phrase's code and the
// alternatives a coder could defend): a code is right when it is the
// key's or an alternative, its category when its first three characters
// are one of theirs; a keyed phrase extraction missed counts as wrong.
package eval
