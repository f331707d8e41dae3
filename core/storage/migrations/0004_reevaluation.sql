-- Schema version 4: a re-evaluation round's application points at the titled application it re-examines.
ALTER TABLE application ADD COLUMN source_application_id INTEGER REFERENCES application (id);
CREATE INDEX application_by_source ON application (source_application_id);
