-- imrkit corpus schema, version 5 (PRAGMA user_version = 5).
--
-- A letter is stored once whatever file it came from: letters.letter_key
-- is its case number and decision date ("case:CM16-0213037/2016-12-09"),
-- else the SHA-256 of its normalized text ("text:..."). When two files
-- hold the same letter (a PDF and its text), one is kept, the PDF first,
-- then the file whose path sorts first; the other's files row has status
-- 'duplicate' and duplicate_of the kept letter's sha256.
--
-- Version 2 added files.duplicate_of, the status 'duplicate' and
-- letters.letter_key; opening a version 1 database migrates it
-- (migrate-2.sql): its letters get the case key where they have a case
-- number and decision date, else "file:" and their sha256, which no new
-- letter matches.
--
-- Version 3 added the ICD-10-CM columns of diagnoses (icd10_code,
-- icd10_category, icd10_chapter, icd10_match, icd10_hedged); opening a
-- version 2 database migrates it (migrate-3.sql), leaving them null.
-- Version 4 added files.read (migrate-4.sql).
-- Version 5 added letters.part, parts, first_page and last_page, NULL
-- for a letter that is its whole file (migrate-5.sql).
--
-- A file that holds several letters end to end (a claim file scanned as
-- one PDF, texts joined: extract.ReadAll) has each stored as a letter:
-- its letters.sha256 is the file's SHA-256 followed by "#N", N its index
-- in the file from 1 ("ab12...#2"), and letters.path is "FILE#N". The
-- file has one files row (ok, or failed when one of its letters cannot
-- be stored, the error starting "#N: "); files.sha256 is the part of
-- letters.sha256 before any "#": join them on files.sha256 =
-- substr(letters.sha256, 1, instr(letters.sha256 || '#', '#') - 1). Each of its letters is weighed against
-- the same letter in other files on its own (letter_key): one kept out
-- is not stored, and the file stays ok. Its letters.part is N, parts
-- the letters in the file, first_page and last_page the file's pages
-- (1-based) it stands on; its own page numbers (pages, the pages of its
-- facts and findings) count from its first page.
--
-- A letter is known by the sha256 of the file it was read from (and #N,
-- above). Inside
-- the database the tables about a letter point to it by letters.id, a
-- number given in the order letters are stored, so that their rows are
-- appended rather than spread over the tables; exports write the sha256
-- in its place, so the tables of several databases (one per shard) join
-- as one data set.
-- Item and diagnosis numbers are 0-based indexes into the letter's lists,
-- as in imrkit/letter/v1; a finding's item is -1 for the whole letter.
-- Spans are byte offsets into the letter's normalized text, end exclusive.

-- files: every input file a build saw, once per path.
CREATE TABLE files (
	path      TEXT PRIMARY KEY,   -- as given to the build
	sha256    TEXT NOT NULL,      -- of the file's bytes; empty when unreadable
	size      INTEGER NOT NULL,   -- bytes
	status    TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'duplicate')),
	error     TEXT,               -- why it failed; NULL when ok
	layout    TEXT,               -- letter layout read; NULL when failed
	read_ms   REAL NOT NULL,      -- reading and extracting
	check_ms  REAL NOT NULL,      -- checking
	stored_at TEXT NOT NULL,      -- UTC, RFC 3339
	duplicate_of TEXT,            -- status 'duplicate': the sha256 of the letter stored from another file (may end "#N")
	read      TEXT CHECK (read IN ('full', 'partial')) -- 'partial' when read with warnings (in the letter's JSON); NULL when failed
);
CREATE INDEX files_sha256 ON files (sha256);
CREATE INDEX files_duplicate_of ON files (duplicate_of);

-- letters: one row per distinct letter; json is its imrkit/letter/v1 JSON,
-- sections the spans of its parts (extract.Letter.Sections), which that
-- JSON leaves out.
CREATE TABLE letters (
	id                   INTEGER PRIMARY KEY,
	sha256               TEXT NOT NULL UNIQUE, -- the file's; "sha256#N" for the N-th letter of a file of several
	path                 TEXT NOT NULL,   -- the first path it was read from; "path#N" as sha256
	layout               TEXT NOT NULL,
	pages                INTEGER NOT NULL,
	case_number          TEXT,
	priority             TEXT,
	date_assigned        TEXT,            -- YYYY-MM-DD
	date_of_injury       TEXT,
	decision_date        TEXT,
	ur_denial_date       TEXT,
	application_received TEXT,
	year                 INTEGER,         -- of the decision date, else of the date assigned
	reviewer_licensure   TEXT,            -- joined with "; "
	reviewer_specialty   TEXT,            -- joined with "; "; one row each in reviewers
	age                  INTEGER,
	sex                  TEXT,
	items                INTEGER NOT NULL,
	upheld               INTEGER NOT NULL,
	overturned           INTEGER NOT NULL,
	findings             INTEGER NOT NULL,
	sections             TEXT NOT NULL,   -- JSON object: part name to {start, end}
	json                 TEXT NOT NULL,
	letter_key           TEXT NOT NULL,   -- the same letter from any file: see above
	part                 INTEGER,         -- a letter of a file of several: N of sha256#N; NULL when the letter is its whole file
	parts                INTEGER,         -- the letters in that file
	first_page           INTEGER,         -- the file's pages the letter stands on, 1-based
	last_page            INTEGER
);
CREATE INDEX letters_case_number ON letters (case_number);
CREATE INDEX letters_letter_key ON letters (letter_key);

-- reviewers: the reviewer's states of licensure and specialties.
CREATE TABLE reviewers (
	letter_id INTEGER NOT NULL REFERENCES letters ON DELETE CASCADE,
	kind      TEXT NOT NULL CHECK (kind IN ('licensure', 'specialty')),
	n         INTEGER NOT NULL,
	value     TEXT NOT NULL,
	PRIMARY KEY (letter_id, kind, n)
);

-- diagnoses: as the clinical case summary lists them, with their
-- ICD-10-CM (FY2017) codes; the icd10 columns are NULL where no code fits.
CREATE TABLE diagnoses (
	letter_id      INTEGER NOT NULL REFERENCES letters ON DELETE CASCADE,
	n              INTEGER NOT NULL,
	value          TEXT NOT NULL,
	concept        TEXT,
	category       TEXT,
	span_start     INTEGER NOT NULL,
	span_end       INTEGER NOT NULL,
	page           INTEGER NOT NULL,
	icd10_code     TEXT,             -- with the dot: M51.16
	icd10_category TEXT,             -- its first 3 characters
	icd10_chapter  INTEGER,          -- 1 to 21
	icd10_match    TEXT,             -- exact, derived or category
	icd10_hedged   INTEGER,          -- 1 where the phrase is uncertain and the code its sign
	PRIMARY KEY (letter_id, n)
);
CREATE INDEX diagnoses_icd10 ON diagnoses (icd10_category);

-- items: the disputed treatments and their decisions.
CREATE TABLE items (
	letter_id            INTEGER NOT NULL REFERENCES letters ON DELETE CASCADE,
	item                 INTEGER NOT NULL,
	header               TEXT,
	outcome              TEXT,            -- upheld, overturned or NULL when unread
	service              TEXT,
	service_concept      TEXT,
	service_category     TEXT,
	quantity             REAL,
	quantity_unit        TEXT,
	partial              INTEGER NOT NULL, -- 1 for a partial certification
	partial_original     TEXT,
	partial_authorized   TEXT,
	partial_remaining    TEXT,
	ca_guideline         TEXT,
	maximus_guideline    TEXT,
	rationale_conclusion TEXT,
	rationale_quantity   REAL,
	rationale_start      INTEGER NOT NULL,
	rationale_end        INTEGER NOT NULL,
	rationale_page       INTEGER NOT NULL,
	block_start          INTEGER NOT NULL, -- the whole item: header line through rationale
	block_end            INTEGER NOT NULL,
	PRIMARY KEY (letter_id, item)
);

-- citations: the guideline citations of each item.
CREATE TABLE citations (
	letter_id INTEGER NOT NULL REFERENCES letters ON DELETE CASCADE,
	item      INTEGER NOT NULL,
	n         INTEGER NOT NULL,
	cited_by  TEXT NOT NULL,   -- maximus or claims_administrator
	source    TEXT NOT NULL,   -- MTUS, ACOEM, ODG or other
	chapter   TEXT,
	region    TEXT,
	year      TEXT,
	sections  TEXT,            -- joined with "; "
	pages     TEXT,            -- joined with "; "
	value     TEXT NOT NULL,   -- normal form
	PRIMARY KEY (letter_id, item, n)
);

-- findings: what the checks found, one row per finding.
CREATE TABLE findings (
	letter_id INTEGER NOT NULL REFERENCES letters ON DELETE CASCADE,
	n         INTEGER NOT NULL,
	code      TEXT NOT NULL,
	severity  TEXT NOT NULL,   -- info, warning or error
	item      INTEGER NOT NULL,
	message   TEXT NOT NULL,
	evidence  TEXT NOT NULL,   -- JSON array of the evidence spans
	PRIMARY KEY (letter_id, n)
);
CREATE INDEX findings_code ON findings (code);

-- passages: the texts searched in full: each letter's clinical case
-- summary (item -1) and each item's rationale.
CREATE TABLE passages (
	id        INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: a batch indexes ids above the last
	letter_id INTEGER NOT NULL REFERENCES letters ON DELETE CASCADE,
	item      INTEGER NOT NULL,
	kind      TEXT NOT NULL CHECK (kind IN ('summary', 'rationale')),
	body      TEXT NOT NULL
);
CREATE INDEX passages_letter ON passages (letter_id);

-- Builds index the passages of each batch with one statement at its end
-- (one flush of the index per batch, not per row); deletes go through
-- the trigger. The options are written content="passages", without
-- spaces, as sqlite-utils and Datasette look for them to find the index
-- of the passages table.
CREATE VIRTUAL TABLE passages_fts USING fts5 (
	body, content="passages", content_rowid="id", tokenize="porter unicode61"
);
CREATE TRIGGER passages_delete AFTER DELETE ON passages BEGIN
	INSERT INTO passages_fts (passages_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
