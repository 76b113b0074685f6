-- The shared taxonomy of themes, what each focus area and activity is about, and the
-- views that compare municipalities by it.

CREATE TABLE themes (
  id        TEXT PRIMARY KEY,                 -- stable id, e.g. 'skills'
  label_sv  TEXT NOT NULL,                    -- 'Kompetensförsörjning och arbetsmarknad'
  label_en  TEXT NOT NULL,                    -- 'Skills and labour market'
  terms     TEXT NOT NULL                     -- JSON array of the Swedish terms that assign it
);

CREATE TABLE focus_area_themes (
  focus_area_id  INTEGER NOT NULL REFERENCES focus_areas (id) ON DELETE CASCADE,
  theme_id       TEXT NOT NULL REFERENCES themes (id),
  rule           TEXT NOT NULL,               -- 'theme/skills'
  terms          TEXT NOT NULL,               -- JSON array of the terms that matched
  PRIMARY KEY (focus_area_id, theme_id)
);
CREATE INDEX focus_area_themes_theme ON focus_area_themes (theme_id);

CREATE TABLE activity_themes (
  activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  theme_id     TEXT NOT NULL REFERENCES themes (id),
  rule         TEXT NOT NULL,                 -- 'theme/skills', or 'theme/inherited'
  terms        TEXT NOT NULL,                 -- JSON array of the terms that matched (the focus area's when inherited)
  inherited    INTEGER NOT NULL DEFAULT 0,    -- 1: the activity has no theme of its own and takes its focus area's
  PRIMARY KEY (activity_id, theme_id)
);
CREATE INDEX activity_themes_theme ON activity_themes (theme_id);

-- One row per activity with what a comparison needs beside it, themes included.
DROP VIEW activity_overview;
CREATE VIEW activity_overview AS
SELECT a.id AS activity_id,
       m.code AS municipality_code,
       m.name AS municipality,
       d.id AS document_id,
       d.title AS document_title,
       d.doc_type,
       d.year,
       d.period_start,
       d.period_end,
       COALESCE(parent.title, fa.title) AS focus_area,
       CASE WHEN fa.parent_id IS NOT NULL THEN fa.title END AS intervention_area,
       a.text AS activity,
       (SELECT group_concat(theme_id, ',') FROM (SELECT theme_id FROM activity_themes t WHERE t.activity_id = a.id ORDER BY theme_id)) AS themes,
       COALESCE(o.name, a.owner_raw) AS owner,
       a.years,
       a.status,
       a.status_raw,
       a.track,
       d.source_path,
       a.page
FROM activities a
JOIN documents d ON d.id = a.document_id
LEFT JOIN municipalities m ON m.code = d.municipality_code
LEFT JOIN focus_areas fa ON fa.id = a.focus_area_id
LEFT JOIN focus_areas parent ON parent.id = fa.parent_id
LEFT JOIN owners o ON o.id = a.owner_id;

-- Status counts per document; a document without activities counts none without status.
DROP VIEW status_counts;
CREATE VIEW status_counts AS
SELECT d.municipality_code, m.name AS municipality, d.id AS document_id, d.title AS document_title,
       COUNT(a.id) AS activities,
       SUM(a.status = 'not_started') AS not_started,
       SUM(a.status = 'started') AS started,
       SUM(a.status = 'ongoing') AS ongoing,
       SUM(a.status = 'done') AS done,
       SUM(a.status IN ('postponed', 'cancelled')) AS stopped,
       SUM(a.status = 'unknown') AS unknown,
       SUM(a.id IS NOT NULL AND a.status IS NULL) AS no_status
FROM documents d
LEFT JOIN municipalities m ON m.code = d.municipality_code
LEFT JOIN activities a ON a.document_id = d.id
GROUP BY d.id;

-- Status counts per municipality: the per-document counts added up.
CREATE VIEW municipality_status_counts AS
SELECT s.municipality_code, s.municipality,
       COUNT(*) AS documents,
       SUM(s.activities) AS activities,
       COALESCE(SUM(s.not_started), 0) AS not_started,
       COALESCE(SUM(s.started), 0) AS started,
       COALESCE(SUM(s.ongoing), 0) AS ongoing,
       COALESCE(SUM(s.done), 0) AS done,
       COALESCE(SUM(s.stopped), 0) AS stopped,
       COALESCE(SUM(s.unknown), 0) AS unknown,
       COALESCE(SUM(s.no_status), 0) AS no_status,
       ROUND(1.0 * SUM(s.done) / NULLIF(SUM(s.activities) - SUM(s.no_status), 0), 3) AS share_done
FROM status_counts s
WHERE s.municipality_code IS NOT NULL
GROUP BY s.municipality_code;

-- Municipality × theme: how many focus areas and activities speak of each theme, and the share done
-- among activities with a status. One row per municipality with documents and per theme.
CREATE VIEW theme_matrix AS
WITH activity_counts AS (
  SELECT d.municipality_code AS code, at.theme_id,
         COUNT(*) AS activities, SUM(a.status IS NOT NULL) AS with_status, SUM(a.status = 'done') AS done
  FROM activity_themes at
  JOIN activities a ON a.id = at.activity_id
  JOIN documents d ON d.id = a.document_id
  WHERE d.municipality_code IS NOT NULL
  GROUP BY 1, 2
), focus_area_counts AS (
  SELECT d.municipality_code AS code, ft.theme_id, COUNT(*) AS focus_areas
  FROM focus_area_themes ft
  JOIN focus_areas f ON f.id = ft.focus_area_id
  JOIN documents d ON d.id = f.document_id
  WHERE d.municipality_code IS NOT NULL
  GROUP BY 1, 2
), present AS (
  SELECT DISTINCT municipality_code AS code FROM documents WHERE municipality_code IS NOT NULL
)
SELECT m.code AS municipality_code, m.name AS municipality, t.id AS theme_id, t.label_sv, t.label_en,
       COALESCE(fc.focus_areas, 0) AS focus_areas,
       COALESCE(ac.activities, 0) AS activities,
       COALESCE(ac.with_status, 0) AS with_status,
       COALESCE(ac.done, 0) AS done,
       ROUND(1.0 * ac.done / NULLIF(ac.with_status, 0), 3) AS share_done
FROM present p
JOIN municipalities m ON m.code = p.code
CROSS JOIN themes t
LEFT JOIN activity_counts ac ON ac.code = m.code AND ac.theme_id = t.id
LEFT JOIN focus_area_counts fc ON fc.code = m.code AND fc.theme_id = t.id;
