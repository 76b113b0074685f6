-- What a document is about: its subject (the policy area a reader files it under) and the
-- secondary ones, themes at the level every subject shares with a confidence, explicit links of
-- activities to Agenda 2030's global goals, and the comparisons by subject.

-- The policy areas municipalities plan in (src/lang/subjects.ts): ids are stable, labels may be reworded.
CREATE TABLE subjects (
  id        TEXT PRIMARY KEY,                 -- stable id, e.g. 'klimat'
  label_sv  TEXT NOT NULL,                    -- 'Klimat och energi'
  label_en  TEXT NOT NULL,                    -- 'Climate and energy'
  terms     TEXT NOT NULL                     -- JSON array of the Swedish terms that point to it
);

ALTER TABLE documents ADD COLUMN subject TEXT REFERENCES subjects (id); -- main subject (subjects.id); NULL when nothing says what the document is about
ALTER TABLE documents ADD COLUMN subject_rule TEXT;          -- the most direct source behind it: 'subject/title', 'subject/masthead', 'subject/body' (the adopting committee) or 'subject/text'
CREATE INDEX documents_subject ON documents (subject);

-- One row per subject of a document, the main one and the secondary ones.
CREATE TABLE document_subjects (
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  subject_id   TEXT NOT NULL REFERENCES subjects (id),
  is_main      INTEGER NOT NULL CHECK (is_main IN (0, 1)), -- 1: the main subject (documents.subject)
  score        REAL NOT NULL,                 -- the weighted evidence added up; compare within one document only
  rule         TEXT NOT NULL,                 -- 'subject/title', 'subject/masthead', 'subject/body' or 'subject/text'
  evidence     TEXT NOT NULL,                 -- JSON array: {source, terms, weight} per source, strongest first
  PRIMARY KEY (document_id, subject_id)
);
CREATE INDEX document_subjects_subject ON document_subjects (subject_id);

ALTER TABLE themes ADD COLUMN subject_id TEXT;               -- the policy area a theme belongs to (subjects.id); a policy area's own theme names itself
ALTER TABLE focus_area_themes ADD COLUMN confidence REAL;    -- 0–1: the word itself 0.9, a compound's head 0.8, only its modifier 0.65
ALTER TABLE activity_themes ADD COLUMN confidence REAL;      -- 0–1, as for focus areas; inherited themes 0.8 of the focus area's

-- Agenda 2030's seventeen global goals.
CREATE TABLE sdgs (
  goal      INTEGER PRIMARY KEY CHECK (goal BETWEEN 1 AND 17), -- the UN's number, 1–17
  label_sv  TEXT NOT NULL,                    -- 'Bekämpa klimatförändringarna'
  label_en  TEXT NOT NULL                     -- 'Climate action'
);

-- One row per activity and global goal the document explicitly links it to; never inferred.
CREATE TABLE activity_sdgs (
  activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  goal         INTEGER NOT NULL REFERENCES sdgs (goal),
  rule         TEXT NOT NULL,                 -- 'sdg/marker' (after 'globala mål', 'Agenda 2030', 'SDG') or 'sdg/column' (a column so labelled)
  raw          TEXT NOT NULL,                 -- the reference as written ('Agenda 2030: 7, 13')
  char_start   INTEGER NOT NULL,              -- the goal's number in documents.text
  char_end     INTEGER NOT NULL,
  PRIMARY KEY (activity_id, goal)
);
CREATE INDEX activity_sdgs_goal ON activity_sdgs (goal);

-- Municipality × subject per scope: documents whose main subject it is, their activities and how far they
-- have come. One row per municipality and subject it has documents on.
CREATE VIEW subject_matrix_by_scope AS
SELECT ds.scope, d.municipality_code, m.name AS municipality, s.id AS subject_id, s.label_sv, s.label_en,
       COUNT(DISTINCT d.id) AS documents,
       COUNT(a.id) AS activities,
       COALESCE(SUM(a.status IS NOT NULL), 0) AS with_status,
       COALESCE(SUM(a.status = 'not_started'), 0) AS not_started,
       COALESCE(SUM(a.status = 'started'), 0) AS started,
       COALESCE(SUM(a.status = 'ongoing'), 0) AS ongoing,
       COALESCE(SUM(a.status = 'done'), 0) AS done,
       COALESCE(SUM(a.status = 'postponed'), 0) AS postponed,
       COALESCE(SUM(a.status = 'cancelled'), 0) AS cancelled,
       COALESCE(SUM(a.status = 'unknown'), 0) AS unknown,
       COALESCE(SUM(a.id IS NOT NULL AND a.status IS NULL), 0) AS no_status,
       ROUND(1.0 * SUM(a.status = 'done') / NULLIF(SUM(a.status IS NOT NULL), 0), 3) AS share_done
FROM document_scopes ds
JOIN documents d ON d.id = ds.document_id
JOIN subjects s ON s.id = d.subject
JOIN municipalities m ON m.code = d.municipality_code
LEFT JOIN activity_scopes sc ON sc.document_id = d.id AND sc.scope = ds.scope
LEFT JOIN activities a ON a.id = sc.activity_id
GROUP BY ds.scope, d.municipality_code, s.id;

-- Municipality × subject over the current, certain rows.
CREATE VIEW subject_matrix AS
SELECT municipality_code, municipality, subject_id, label_sv, label_en, documents, activities, with_status, done, share_done
FROM subject_matrix_by_scope WHERE scope = 'comparable';

-- Municipality × theme within the documents of one main subject, per scope: the theme matrix of
-- climate plans alone, say.
CREATE VIEW theme_matrix_by_subject AS
WITH activity_counts AS (
  SELECT s.scope, d.subject, d.municipality_code AS code, at.theme_id,
         COUNT(*) AS activities, SUM(a.status IS NOT NULL) AS with_status, SUM(a.status = 'done') AS done
  FROM activity_scopes s
  JOIN activity_themes at ON at.activity_id = s.activity_id
  JOIN activities a ON a.id = s.activity_id
  JOIN documents d ON d.id = a.document_id
  WHERE d.subject IS NOT NULL
  GROUP BY 1, 2, 3, 4
), focus_area_counts AS (
  SELECT ds.scope, d.subject, d.municipality_code AS code, ft.theme_id, COUNT(*) AS focus_areas
  FROM document_scopes ds
  JOIN documents d ON d.id = ds.document_id
  JOIN focus_areas f ON f.document_id = d.id
  JOIN focus_area_themes ft ON ft.focus_area_id = f.id
  WHERE d.subject IS NOT NULL
  GROUP BY 1, 2, 3, 4
), present AS (
  SELECT DISTINCT ds.scope, d.subject, d.municipality_code AS code
  FROM document_scopes ds JOIN documents d ON d.id = ds.document_id WHERE d.subject IS NOT NULL
)
SELECT p.scope, p.subject AS subject_id, m.code AS municipality_code, m.name AS municipality, t.id AS theme_id, t.label_sv, t.label_en,
       COALESCE(fc.focus_areas, 0) AS focus_areas,
       COALESCE(ac.activities, 0) AS activities,
       COALESCE(ac.with_status, 0) AS with_status,
       COALESCE(ac.done, 0) AS done,
       ROUND(1.0 * ac.done / NULLIF(ac.with_status, 0), 3) AS share_done
FROM present p
JOIN municipalities m ON m.code = p.code
CROSS JOIN themes t
LEFT JOIN activity_counts ac ON ac.scope = p.scope AND ac.subject = p.subject AND ac.code = m.code AND ac.theme_id = t.id
LEFT JOIN focus_area_counts fc ON fc.scope = p.scope AND fc.subject = p.subject AND fc.code = m.code AND fc.theme_id = t.id;
