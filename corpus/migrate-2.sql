-- Migrates an imrkit corpus from schema version 1 to 2: files may be
-- duplicates of a letter stored from another file, and letters carry the
-- key that tells the same letter (see schema.sql).
CREATE TABLE files_v2 (
	path      TEXT PRIMARY KEY,
	sha256    TEXT NOT NULL,
	size      INTEGER NOT NULL,
	status    TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'duplicate')),
	error     TEXT,
	layout    TEXT,
	read_ms   REAL NOT NULL,
	check_ms  REAL NOT NULL,
	stored_at TEXT NOT NULL,
	duplicate_of TEXT
);
INSERT INTO files_v2 (path, sha256, size, status, error, layout, read_ms, check_ms, stored_at)
	SELECT path, sha256, size, status, error, layout, read_ms, check_ms, stored_at FROM files;
DROP TABLE files;
ALTER TABLE files_v2 RENAME TO files;
CREATE INDEX files_sha256 ON files (sha256);
CREATE INDEX files_duplicate_of ON files (duplicate_of);

ALTER TABLE letters ADD COLUMN letter_key TEXT NOT NULL DEFAULT '';
UPDATE letters SET letter_key = CASE
	WHEN case_number IS NOT NULL AND decision_date IS NOT NULL THEN 'case:' || case_number || '/' || decision_date
	ELSE 'file:' || sha256 END;
CREATE INDEX letters_letter_key ON letters (letter_key);
