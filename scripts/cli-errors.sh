#!/usr/bin/env bash
# Drives each imr command through its error paths with the built binary
# and checks the exit status and the message of each: usage mistakes,
# missing and unreadable inputs, folders of no letter, a missing gold
# folder, outputs over inputs, a PDF to a terminal, bad queries.
# Prints one line per failed expectation and exits 1 if there was one.
set -uo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/imr" ./cmd/imr || exit 1
imr=$work/imr

mkdir -p "$work/letters" "$work/office" "$work/gold" "$work/empty"
cp testdata/letters/*.txt "$work/letters/"
ln -s "$work/letters" "$work/link"
printf '\211PNG' >"$work/office/scan.png"
printf 'PK\003\004' >"$work/office/odt-notes.odt"
mkdir -p "$work/drafts"
printf 'PK\003\004' >"$work/drafts/letter.docx"
printf '{"items": []}' >"$work/gold/seed.json"
seed=$work/letters/seed.txt

fails=0 cases=0
# expect CODE TEXT ARGS...: imr ARGS exits CODE and TEXT is in its
# stdout or stderr ("" for no check of the text).
expect() {
	local code=$1 text=$2
	shift 2
	local out got
	out=$("$imr" "$@" </dev/null 2>&1)
	got=$?
	cases=$((cases + 1))
	if [ "$got" != "$code" ] || { [ -n "$text" ] && [[ $out != *"$text"* ]]; }; then
		fails=$((fails + 1))
		echo "FAIL: imr $*: exit $got (want $code), output lacks \"$text\":" >&2
		echo "$out" | head -5 | sed 's/^/    /' >&2
	fi
}

# the command line
expect 2 "Usage:"
expect 2 'unknown command "chek"' chek
expect 0 "Usage:" help check
expect 0 "--min-severity" check --help
expect 0 "imr " --version
expect 0 "imr " version
expect 2 'unknown flag: --colour' check --colour "$seed"
expect 2 'for "--format" flag: want text, json or sarif' check --format xml "$seed"
expect 2 'for "--to" flag: want txt, md, html, pdf or docx' render --to rtf "$seed"
expect 2 'for "--pdf-engine" flag: want go, pdftotext or auto' extract --pdf-engine mutool "$seed"
expect 2 'no letters given' check
expect 2 'cannot be given with other files' check - "$seed"
expect 1 'quantity-mismatch' check "$seed" --format json
expect 2 'is over the input size limit of 1024 bytes' check --max-bytes 1KiB "$seed"
expect 2 'for "--max-bytes" flag: want a size above 0' extract --max-bytes 16MB "$seed"
expect 2 'more than 100 glyphs on the page' check --pdf-max-glyphs 100 testdata/letters/seed.pdf

# inputs
for cmd in check extract render "report --to md"; do
	# shellcheck disable=SC2086
	expect 2 "no such file or directory" $cmd "$work/nope.txt"
	# shellcheck disable=SC2086
	expect 2 "no letter read" $cmd "$work/office"
done
expect 2 "scan.png: not read" check "$work/office"
expect 2 "letter.docx: corrupt Word document" check "$work/drafts"
expect 2 "nope.txt: no such file or directory" check "$work/nope.txt" "$seed"
printf 'Meeting notes\n' >"$work/notes.txt"
expect 2 "notes.txt: not checked: not an IMR determination letter" check "$work/notes.txt"
expect 1 "4 letters read" check "$work/link"
expect 2 "no letter read" eval --gold "$work/gold" "$work/office"

# eval's gold
expect 2 '"gold" not set' eval "$seed"
expect 2 "glod: no such file or directory" eval --gold "$work/glod" "$seed"
expect 2 "no gold files" eval --gold "$work/empty" "$seed"
expect 2 "not a folder" eval --gold "$seed" "$seed"

# grade, inject, serve, lexicon icd10
expect 2 'required flag(s) "gold" not set' grade "$seed"
expect 2 "glod: no such file or directory" grade --gold "$work/glod" "$seed"
expect 2 "no letter read" grade --gold "$work/gold" "$work/office"
expect 2 'required flag(s) "out" not set' inject "$seed"
expect 2 'unknown kind "sides"' inject --kinds sides --out "$work/copies" "$seed"
expect 2 "holds this input" inject --out "$work/letters" "$seed"
expect 2 "no corpus at" serve --db "$work/none.db"
expect 2 "unknown command" serve extra
expect 2 "want left, right or bilateral" lexicon icd10 --side up knee
expect 2 "want at least 1" lexicon icd10 -n 0 knee
expect 2 "no PHRASE given" lexicon icd10

# outputs
expect 2 "is an input: not written over" render --out "$work/letters" "$work/letters"
expect 2 "need --out DIR" render "$work/letters"
expect 2 "is one of the letters read" report --to md --out "$seed" "$seed"
expect 0 "" render --out "$work/out" "$work/letters"
if command -v script >/dev/null; then
	# a terminal on standard output: script(1) gives the command one
	out=$(script -qec "$imr render --to pdf $seed" /dev/null 2>&1)
	cases=$((cases + 1))
	if [[ $out != *"not written to a terminal"* ]]; then
		fails=$((fails + 1))
		echo "FAIL: imr render --to pdf on a terminal wrote: ${out:0:200}" >&2
	fi
else
	echo "cli-errors: script(1) not installed: the PDF-to-terminal case is not run" >&2
fi

# corpus
expect 2 "no corpus at" corpus stats --db "$work/none.db"
expect 2 "no such file or directory" corpus build --db "$work/c.db" "$work/nope"
expect 2 "no letter read" corpus build --db "$work/c.db" "$work/office"
expect 0 "4 ok" corpus build --db "$work/c.db" "$work/letters"
expect 0 "X-ray" corpus search --db "$work/c.db" x-ray
expect 0 "" corpus search --db "$work/c.db" L4-5 "patient's" Norco 10/325
expect 2 "not a valid query" corpus search --db "$work/c.db" --fts x-ray
expect 2 "is not closed" corpus search --db "$work/c.db" '"red flag'
expect 2 "at most 64" corpus search --db "$work/c.db" $(printf 'pain OR %.0s' $(seq 100)) pain
expect 2 'for "--to" flag' corpus export --db "$work/c.db" --to xml
expect 2 "want a subcommand" corpus
expect 2 'for "--by" flag: want icd10-chapter or icd10-category' corpus stats --db "$work/c.db" --by icd9
expect 0 "of the primary diagnosis" corpus stats --db "$work/c.db" --by icd10-chapter
expect 2 "--worker-timeout needs --isolate" corpus build --db "$work/c.db" --worker-timeout 5s "$work/letters"
expect 0 "4 ok" corpus build --isolate --db "$work/iso.db" "$work/letters"
if command -v sqlite-utils >/dev/null; then
	cases=$((cases + 1))
	if ! sqlite-utils search "$work/c.db" passages shoulder --limit 1 | grep -q summary; then
		fails=$((fails + 1))
		echo "FAIL: sqlite-utils search finds no full-text index in the corpus" >&2
	fi
else
	echo "cli-errors: sqlite-utils not installed: its search of the corpus is not run" >&2
fi

echo "cli-errors: $cases cases, $fails failed"
[ "$fails" = 0 ]
