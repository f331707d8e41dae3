-- Schema version 5: no path can store an impossible score. A score (and a typed paper entry) lies within
-- [0, max] of its criterion in whole or half points; a veto item takes 0 or 1.
CREATE TRIGGER score_rules_insert BEFORE INSERT ON score
WHEN NOT EXISTS (SELECT 1 FROM criterion c WHERE c.id = NEW.criterion_id AND (
    (c.kind = 'veto' AND NEW.value IN (0, 1))
    OR (c.kind = 'points' AND NEW.value >= 0 AND NEW.value <= c.max_points AND NEW.value * 2 = round(NEW.value * 2))))
BEGIN
    SELECT RAISE(ABORT, 'score outside the range or step of its criterion');
END;
CREATE TRIGGER score_rules_update BEFORE UPDATE OF value, criterion_id ON score
WHEN NOT EXISTS (SELECT 1 FROM criterion c WHERE c.id = NEW.criterion_id AND (
    (c.kind = 'veto' AND NEW.value IN (0, 1))
    OR (c.kind = 'points' AND NEW.value >= 0 AND NEW.value <= c.max_points AND NEW.value * 2 = round(NEW.value * 2))))
BEGIN
    SELECT RAISE(ABORT, 'score outside the range or step of its criterion');
END;
CREATE TRIGGER paper_entry_rules_insert BEFORE INSERT ON paper_entry
WHEN NOT EXISTS (SELECT 1 FROM criterion c WHERE c.id = NEW.criterion_id AND (
    (c.kind = 'veto' AND NEW.value IN (0, 1))
    OR (c.kind = 'points' AND NEW.value >= 0 AND NEW.value <= c.max_points AND NEW.value * 2 = round(NEW.value * 2))))
BEGIN
    SELECT RAISE(ABORT, 'score outside the range or step of its criterion');
END;
CREATE TRIGGER paper_entry_rules_update BEFORE UPDATE OF value, criterion_id ON paper_entry
WHEN NOT EXISTS (SELECT 1 FROM criterion c WHERE c.id = NEW.criterion_id AND (
    (c.kind = 'veto' AND NEW.value IN (0, 1))
    OR (c.kind = 'points' AND NEW.value >= 0 AND NEW.value <= c.max_points AND NEW.value * 2 = round(NEW.value * 2))))
BEGIN
    SELECT RAISE(ABORT, 'score outside the range or step of its criterion');
END;
