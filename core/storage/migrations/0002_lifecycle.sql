-- Schema version 2: the rest of the programme's lifecycle (formal review, packages, dossiers,
-- deliberation, public notice, dynamic management).

ALTER TABLE application ADD COLUMN due_date TEXT;
ALTER TABLE round ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- Formal review (形式审查): one row per checklist item and application.
CREATE TABLE formal_check (
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    item_key       TEXT NOT NULL,
    passed         INTEGER CHECK (passed IN (0, 1)),
    note           TEXT NOT NULL DEFAULT '',
    checked_at     TEXT,
    checked_by     TEXT,
    PRIMARY KEY (application_id, item_key)
) WITHOUT ROWID;

-- Dossiers (申报书) stored with the application.
CREATE TABLE attachment (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    file_name      TEXT NOT NULL,
    media_type     TEXT NOT NULL,
    size           INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    data           BLOB NOT NULL,
    added_at       TEXT NOT NULL,
    added_by       TEXT NOT NULL,
    UNIQUE (application_id, sha256)
);

-- Review packages sent to experts and returned.
CREATE TABLE package (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    expert_id   INTEGER NOT NULL REFERENCES expert (id) ON DELETE CASCADE,
    revision    INTEGER NOT NULL,
    public_key  BLOB NOT NULL,
    status      TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'returned', 'submitted', 'superseded')),
    created_at  TEXT NOT NULL,
    returned_at TEXT,
    digest      BLOB,
    UNIQUE (expert_id, revision)
);

-- Deliberation (一事一议).
CREATE TABLE committee_member (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    round_id     INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'vice_chair', 'member', 'secretary')),
    expert_id    INTEGER REFERENCES expert (id) ON DELETE SET NULL
);

CREATE TABLE meeting (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    round_id   INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    held_on    TEXT NOT NULL,
    place      TEXT NOT NULL DEFAULT '',
    chair_id   INTEGER REFERENCES committee_member (id),
    status     TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'closed')),
    created_at TEXT NOT NULL
);

CREATE TABLE meeting_attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES committee_member (id) ON DELETE CASCADE,
    present    INTEGER NOT NULL CHECK (present IN (0, 1)),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;

CREATE TABLE deliberation_case (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    meeting_id       INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    application_id   INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    previous_case_id INTEGER REFERENCES deliberation_case (id),
    presentation     TEXT NOT NULL DEFAULT '',
    questions        TEXT NOT NULL DEFAULT '',
    collective_opinion TEXT NOT NULL DEFAULT '',
    conclusion       TEXT CHECK (conclusion IN ('proposed', 'revise', 'rejected')),
    conditions       TEXT NOT NULL DEFAULT '',
    votes_for        INTEGER,
    votes_against    INTEGER,
    votes_abstain    INTEGER,
    concluded_at     TEXT,
    UNIQUE (meeting_id, application_id)
);

CREATE TABLE case_member (
    case_id        INTEGER NOT NULL REFERENCES deliberation_case (id) ON DELETE CASCADE,
    member_id      INTEGER NOT NULL REFERENCES committee_member (id) ON DELETE CASCADE,
    recused        INTEGER NOT NULL DEFAULT 0 CHECK (recused IN (0, 1)),
    recusal_reason TEXT NOT NULL DEFAULT '',
    opinion        TEXT NOT NULL DEFAULT '',
    vote           TEXT CHECK (vote IN ('for', 'against', 'abstain')),
    dissent        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, member_id)
) WITHOUT ROWID;

-- Public notice (公示) and objections (异议).
CREATE TABLE notice (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    round_id     INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    start_date   TEXT NOT NULL,
    working_days INTEGER NOT NULL CHECK (working_days > 0),
    end_date     TEXT NOT NULL,
    contact      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE notice_item (
    notice_id      INTEGER NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    PRIMARY KEY (notice_id, application_id)
) WITHOUT ROWID;

CREATE TABLE objection (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    notice_id      INTEGER REFERENCES notice (id) ON DELETE SET NULL,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    received_on    TEXT NOT NULL,
    from_whom      TEXT NOT NULL,
    authenticated  TEXT NOT NULL CHECK (authenticated IN ('sealed', 'signed')),
    content        TEXT NOT NULL,
    handling       TEXT NOT NULL DEFAULT '',
    outcome        TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'upheld', 'dismissed')),
    handled_by     TEXT,
    resolved_on    TEXT
);

-- Holidays and make-up working days (调休) for working-day arithmetic.
CREATE TABLE calendar_day (
    day  TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    note TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Dynamic management after approval: construction, acceptance, validity, progress reports, 复评.
CREATE TABLE milestone (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('construction_end', 'acceptance', 'validity_end',
                                                 'progress_report', 'reevaluation')),
    due_on         TEXT NOT NULL,
    done_on        TEXT,
    outcome        TEXT,
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX milestone_by_due ON milestone (due_on);

-- Identity of this file, recorded in the review packages made from it.
INSERT OR IGNORE INTO meta (key, value) VALUES ('file_uid', lower(hex(randomblob(16))));
