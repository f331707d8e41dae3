-- ReviewBench round database, schema version 1: rounds, rosters, criteria, review and audit.
-- Rows that travel between files carry a stable uid (a UUID); local integer ids never leave the file.
-- Scores are identified by (assignment uid, criterion uid), which is just as stable.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE round (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    code            TEXT NOT NULL UNIQUE,
    category        TEXT NOT NULL CHECK (category IN ('scenario', 'factory', 'zone', 'reeval')),
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title           TEXT NOT NULL,
    template        TEXT,
    source_round_id INTEGER REFERENCES round (id),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);

-- Round settings: one mechanism for the aggregation rule, thresholds, quotas and the rest.
CREATE TABLE round_setting (
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (round_id, key)
) WITHOUT ROWID;

-- Organisations that apply; shared by every round of the file (a factory later re-evaluated is
-- the same applicant).
CREATE TABLE applicant (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    credit_code TEXT UNIQUE
);
CREATE INDEX applicant_by_name_key ON applicant (name_key);

CREATE TABLE application (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    round_id    INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    title       TEXT NOT NULL,
    province    TEXT NOT NULL,
    sector      TEXT CHECK (sector IN ('原材料', '装备制造', '消费品', '电子信息')),
    recommender TEXT NOT NULL,
    priority    INTEGER CHECK (priority >= 1),
    state       TEXT NOT NULL DEFAULT 'recommended',
    created_at  TEXT NOT NULL,
    UNIQUE (round_id, code)
);

CREATE TABLE application_applicant (
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    applicant_id   INTEGER NOT NULL REFERENCES applicant (id),
    position       INTEGER NOT NULL,
    PRIMARY KEY (application_id, applicant_id)
) WITHOUT ROWID;
CREATE INDEX application_applicant_by_applicant ON application_applicant (applicant_id);

CREATE TABLE criterion (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    round_id   INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    parent_id  INTEGER REFERENCES criterion (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('points', 'veto')),
    max_points REAL CHECK (max_points IS NULL OR max_points > 0),
    guidance   TEXT NOT NULL DEFAULT '',
    bands      TEXT,
    UNIQUE (round_id, code)
);
CREATE INDEX criterion_by_parent ON criterion (parent_id);

CREATE TABLE expert (
    id                       INTEGER PRIMARY KEY,
    uid                      TEXT NOT NULL UNIQUE,
    round_id                 INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    code                     TEXT NOT NULL,
    name                     TEXT NOT NULL,
    organisation             TEXT NOT NULL,
    organisation_key         TEXT NOT NULL,
    organisation_credit_code TEXT,
    province                 TEXT,
    fields                   TEXT NOT NULL DEFAULT '',
    contact                  TEXT NOT NULL DEFAULT '',
    UNIQUE (round_id, code)
);

-- Recusal: a conflicted pair is never assigned; type says how it was found.
CREATE TABLE conflict (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    expert_id      INTEGER NOT NULL REFERENCES expert (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    type           TEXT NOT NULL CHECK (type IN ('organisation', 'province', 'declared', 'self_declared', 'discovered')),
    reason         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    UNIQUE (expert_id, application_id, type)
);
CREATE INDEX conflict_by_application ON conflict (application_id);

CREATE TABLE assignment (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    expert_id      INTEGER NOT NULL REFERENCES expert (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    status         TEXT NOT NULL DEFAULT 'assigned'
                   CHECK (status IN ('assigned', 'handed_back', 'submitted', 'entered', 'void')),
    source         TEXT CHECK (source IN ('package', 'paper')),
    entered_by     TEXT,
    void_reason    TEXT,
    submitted_at   TEXT,
    UNIQUE (expert_id, application_id)
);
CREATE INDEX assignment_by_application ON assignment (application_id);

CREATE TABLE score (
    assignment_id INTEGER NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    criterion_id  INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
    value         REAL NOT NULL,
    comment       TEXT,
    PRIMARY KEY (assignment_id, criterion_id)
) WITHOUT ROWID;

CREATE TABLE opinion (
    assignment_id  INTEGER PRIMARY KEY REFERENCES assignment (id) ON DELETE CASCADE,
    strengths      TEXT NOT NULL DEFAULT '',
    problems       TEXT NOT NULL DEFAULT '',
    recommendation TEXT CHECK (recommendation IN ('recommend', 'not_recommend', 'revise')),
    recusal_declared INTEGER NOT NULL DEFAULT 0,
    recusal_reason TEXT
);

-- Every state change of an application; never rewritten, a mistake is reversed by a new event.
CREATE TABLE workflow_event (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,
    application_id     INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    from_state         TEXT,
    to_state           TEXT NOT NULL,
    at                 TEXT NOT NULL,
    by_user            TEXT NOT NULL,
    reason             TEXT NOT NULL DEFAULT '',
    reverses_event_id  INTEGER REFERENCES workflow_event (id)
);
CREATE INDEX workflow_event_by_application ON workflow_event (application_id, id);

-- Who changed what, when: changes is a JSON object {"field": [old, new], ...}.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    round_id    INTEGER REFERENCES round (id) ON DELETE SET NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_uid  TEXT,
    entity_code TEXT,
    changes     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_by_entity ON audit_log (entity_uid);
