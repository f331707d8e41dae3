-- Schema version 6: the secretariat's key of each round. It signs what goes out in a review package (the
-- package's content, and a certificate of the expert's public key that a colleague's copy can check), so that
-- an expert can tell a package the secretariat issued from one changed on the way. The secret key stays here.
CREATE TABLE round_key (
    round_id    INTEGER PRIMARY KEY REFERENCES round (id) ON DELETE CASCADE,
    public_key  BLOB NOT NULL CHECK (length(public_key) = 32),
    secret_key  BLOB NOT NULL CHECK (length(secret_key) = 64),
    created_at  TEXT NOT NULL
);

-- The round key's signature over (round, package, expert, revision, public key): a package row travels to
-- another copy of the round only with it. Packages issued before version 6 have none.
ALTER TABLE package ADD COLUMN certificate BLOB;
