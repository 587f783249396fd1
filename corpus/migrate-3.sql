-- Migrates an imrkit corpus from schema version 2 to 3: diagnoses carry
-- their ICD-10-CM code, category, chapter, match and hedge (see schema.sql).
ALTER TABLE diagnoses ADD COLUMN icd10_code TEXT;
ALTER TABLE diagnoses ADD COLUMN icd10_category TEXT;
ALTER TABLE diagnoses ADD COLUMN icd10_chapter INTEGER;
ALTER TABLE diagnoses ADD COLUMN icd10_match TEXT;
ALTER TABLE diagnoses ADD COLUMN icd10_hedged INTEGER;
CREATE INDEX diagnoses_icd10 ON diagnoses (icd10_category);
