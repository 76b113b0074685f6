-- What the rules found of a plan, and how sure they are of each row.

ALTER TABLE documents ADD COLUMN extraction_outcome TEXT;    -- 'plan' (focus areas with activities), 'partial' (some of it) or 'none' (no plan structure: no rows, and a message says so)
ALTER TABLE focus_areas ADD COLUMN confidence REAL;          -- 0–1: 0.9 under a section label ('Fokusområde 2'), 0.85 a table band or focus-area column, 0.7 from structure alone
ALTER TABLE activities ADD COLUMN confidence REAL;           -- 0–1, from the strongest evidence: 0.95 a row of a table with an activity column, 0.9 labelled fields or a numbered action, 0.85 a lead-in ('Vi ska:'), 0.8 under a 'där kommunen:' clause, 0.75 a table whose activity column is inferred, 0.7 an infinitive in a list of infinitives, 0.6 an action noun beside them; below 0.6 uncertain
ALTER TABLE activities ADD COLUMN partners TEXT;             -- partners named beside the owner ('i samverkan med …', a 'Samverkan' field or column), never owners; several joined by '; '
CREATE INDEX activities_confidence ON activities (confidence);
