-- Schema version 3: returned packages, paper score entry and merge backups.

-- Every package file returned and merged (or refused as a conflicting copy), by its sealed digest.
CREATE TABLE package_return (
    id          INTEGER PRIMARY KEY,
    package_id  INTEGER NOT NULL REFERENCES package (id) ON DELETE CASCADE,
    digest      BLOB NOT NULL,
    file_name   TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    UNIQUE (package_id, digest)
);

-- Paper score sheets typed in by the secretariat; with double entry, each sheet twice by two people.
CREATE TABLE paper_entry (
    assignment_id INTEGER NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    criterion_id  INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
    entered_by    TEXT NOT NULL,
    value         REAL NOT NULL,
    comment       TEXT NOT NULL DEFAULT '',
    entered_at    TEXT NOT NULL,
    PRIMARY KEY (assignment_id, criterion_id, entered_by)
) WITHOUT ROWID;

-- Set when two different sealed copies of the same package came back: neither counts until resolved.
ALTER TABLE package ADD COLUMN conflict_reason TEXT;
