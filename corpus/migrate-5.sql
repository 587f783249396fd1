-- Migrates an imrkit corpus from schema version 4 to 5: a letter of a
-- file that holds several carries its place in the file (part of parts)
-- and the file's pages it stands on (first_page to last_page); all four
-- are NULL for a letter that is its whole file, as every letter stored
-- before version 5 is.
ALTER TABLE letters ADD COLUMN part INTEGER;
ALTER TABLE letters ADD COLUMN parts INTEGER;
ALTER TABLE letters ADD COLUMN first_page INTEGER;
ALTER TABLE letters ADD COLUMN last_page INTEGER;
