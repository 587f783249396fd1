// Package corpus builds and queries a database of IMR determination
// letters: it walks folders of PDF and text letters, extracts and checks
// them in parallel and stores them in an embedded SQLite database, one
// file, with full-text search over the clinical case summaries and the
// decision rationales. It reports outcome rates and finding counts,
// searches, and exports the tables as JSON lines, CSV or Parquet.
//
// # Database
//
// The schema is schema.sql in this package, version SchemaVersion, kept
// in the database as PRAGMA user_version. Open creates a missing
// database and brings an older schema up to date; it refuses a newer
// one. Tables:
//
//	files      every input file a build saw, once per path: sha256, size,
//	           status (ok, failed or duplicate), error, layout, timings,
//	           and for a duplicate the sha256 of the letter it duplicates
//	letters    one row per distinct letter, keyed by the sha256 of its
//	           file (followed by "#N" for the N-th letter of a file of
//	           several): header facts, reviewer, claimant, counts, the
//	           letter's imrkit/letter/v1 JSON (with its normalized text),
//	           letter_key, which tells the same letter in any file, and
//	           for a letter of a file of several its part, parts and
//	           the file's pages it stands on (first_page, last_page)
//	reviewers  the reviewer's states of licensure and specialties
//	diagnoses  the diagnoses the case summary lists
//	items      the disputed items: service, quantity, outcome, partial
//	           certification, guidelines and rationale
//	citations  the guideline citations of each item
//	findings   what the checks found (check.Finding)
//	passages   the summaries and rationales, indexed in full by passages_fts
//
// The tables about a letter point to it by letters.id, a number given in
// the order letters are stored, so that a build appends rows instead of
// spreading them over the tables; exports write the letter's sha256 in
// its place, so the tables of several databases (one per shard) join as
// one data set.
// Indexes of items, diagnoses and citations are 0-based, as in the
// letter's JSON; a finding's item is -1 for the whole letter. Spans are
// byte offsets into the letter's normalized text, end exclusive.
//
// # Builds
//
// Build stores files in batches, one transaction each, in write-ahead
// logging mode: a build killed at any moment, even by SIGKILL, leaves
// every file either stored whole or not at all, and the next build goes
// on where it stopped. A file stored already at the same path with the
// same sha256 is skipped; the same content at another path adds a file
// row that points to the stored letter. A file whose content changed is
// read again and the letter it held is dropped when no other file holds
// it. A file that cannot be read, or holds no IMR letter, is stored as
// failed with its error and tried again by the next build.
//
// A file that holds several letters end to end (extract.ReadAll) has
// each stored as a letter: its sha256 is the file's followed by "#N"
// (1-based, in file order: "ab12...#2"), its path and its JSON's
// source.path are "FILE#N" (source.sha256 stays the file's), and part,
// parts, first_page and last_page say where it stands in the file (NULL
// for a letter that is its whole file); its own pages count from its
// first page, as extract.Part's do. The file has one files row, ok or
// failed: a letter of it that cannot be stored fails the whole file,
// its error starting with "#N: ", and the next build reads it again. A
// letter that repeats one before it in the same file is stored once.
//
// A letter is stored once whatever file it came from: a letter's PDF and
// its text, or two texts of it, are the same letter when they state the
// same case number and decision date, or, lacking those, when their
// normalized texts are the same. One is kept: the file read in full
// over one read in part (files.read), then the PDF over the text, then
// the path that sorts first (so the choice does not depend on the order
// of reading); the other's files row has status duplicate and
// duplicate_of the kept letter's sha256. Each letter of a file of
// several is weighed on its own (files.read is the whole file's: partial
// when any of its letters was read in part): one kept out is not stored
// and the file stays ok with its other letters. No row records it:
// should the file kept instead change, build the file of several again
// (delete its files row first). Summary counts both: Duplicates (files
// of the build that hold a letter stored from another file) and
// Replaced (files stored before whose letter a file of this build
// replaced: a PDF replaces its text; a file of several counts once for
// each of its letters replaced).
//
// Builds may run at once on one database: each batch's transaction
// begins IMMEDIATE, so a build waits while another stores a batch (up to
// 30 s, far longer than a batch takes) and then says plainly that
// another build or program holds the database.
//
// Paths are stored as given to the build: build from the same folder,
// or give absolute paths, for later builds to recognize the files.
//
// # Queries and exports
//
// OpenReadOnly opens a database to read without ever writing, for
// search, stats, exports and reports: it reads a database in a
// read-only file or on a read-only mount, and never creates one.
// Stats counts items by outcome per service category, guideline source
// and chapter (as cited by the IMR reviewer), reviewer specialty and
// decision year, and findings per code. Search runs an FTS5 query over
// the summaries and rationales (porter stems) and returns snippets.
// Export writes each table of Tables, except passages, as one file:
// JSON lines, CSV with a header, or Parquet with typed, nullable
// columns (in name order) that DuckDB, Spark and Trino read. Letters
// rebuilds the stored letters with their findings for reports.
//
// # Isolation
//
// With Options.Isolate a build extracts and checks each file in a worker
// process (the same binary, whose hidden subcommand calls ServeWorker),
// one per job, kept for all its files. A worker has a soft memory limit
// and a hard limit on its address space, and a time limit per file: a
// file that makes it die, run out of memory or overrun is stored as
// failed with the cause (the runtime's "fatal error" line, or the time
// limit), and a new worker takes the next file. It costs CPU (about
// 1.3x on PDF letters, 1.5x on text letters, in BenchmarkIsolation), so
// it is not the default.
//
// # Memory
//
// A build holds a few files per worker at a time, whatever the number of
// files; exports stream. LimitMemory sets a soft memory limit for a
// batch (MemoryLimit: 256 MiB and 64 MiB a worker), so that one large
// file does not leave the process large for the files after it; commands
// call it once before a batch.
//
// # Scale-out
//
// A Shard splits a list of files deterministically by a hash of each
// path, so that n workers (array jobs, indexed jobs) each build one part
// into a database of its own; their exports are one data set.
package corpus
