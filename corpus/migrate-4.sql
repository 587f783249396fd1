-- Migrates an imrkit corpus from schema version 3 to 4: files.read is
-- 'full', or 'partial' when the letter was read with warnings (part of
-- the file could not be read; the warnings are in the letter's JSON);
-- NULL for a file that failed.
ALTER TABLE files ADD COLUMN read TEXT CHECK (read IN ('full', 'partial'));
