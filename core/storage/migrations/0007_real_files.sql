-- Schema version 7: the files people really have.
-- The recommender is kept exactly as the table writes it (江苏省工业和信息化厅, 中国石油天然气集团有限公司 …);
-- the recommending authority it stands for (a province, a 计划单列市, 新疆生产建设兵团 or 中央企业) is derived
-- from it, and quotas count by authority. Before this version the recommender held the authority already.
ALTER TABLE application ADD COLUMN authority TEXT;
UPDATE application SET authority = recommender;

-- What the secretariat said a recommender stands for, when ReviewBench could not tell: remembered per round,
-- so that importing the same file again works.
CREATE TABLE authority_alias (
    round_id    INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    recommender TEXT NOT NULL,
    authority   TEXT NOT NULL,
    PRIMARY KEY (round_id, key)
) WITHOUT ROWID;

-- An expert's professional title (职称), as expert databases give it.
ALTER TABLE expert ADD COLUMN title TEXT;
