-- Schema version 8: the committee keeps the order the secretariat gives it (the order of the minutes and the
-- signature sheet), and an application's state is one of the known states on every path, as the other typed
-- values (role, vote, conclusion, conflict type) already are by their CHECK constraints. SQLite cannot add a
-- CHECK to an existing column without rebuilding the table, so the rule is a trigger, as for the scores.
ALTER TABLE committee_member ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE committee_member SET position = (
    SELECT count(*) FROM committee_member o WHERE o.round_id = committee_member.round_id AND (
        CASE o.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END
            < CASE committee_member.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END
        OR (o.role = committee_member.role AND o.id < committee_member.id)));

CREATE TRIGGER application_state_insert BEFORE INSERT ON application
WHEN NEW.state NOT IN ('recommended', 'formal_review', 'not_accepted', 'expert_review', 'deliberation', 'proposed',
                       'revise', 'rejected', 'public_notice', 'approved', 'withdrawn', 'construction',
                       'acceptance_failed', 'valid', 'reeval_due', 'revoked')
BEGIN
    SELECT RAISE(ABORT, 'unknown application state');
END;
CREATE TRIGGER application_state_update BEFORE UPDATE OF state ON application
WHEN NEW.state NOT IN ('recommended', 'formal_review', 'not_accepted', 'expert_review', 'deliberation', 'proposed',
                       'revise', 'rejected', 'public_notice', 'approved', 'withdrawn', 'construction',
                       'acceptance_failed', 'valid', 'reeval_due', 'revoked')
BEGIN
    SELECT RAISE(ABORT, 'unknown application state');
END;
