-- A schema made for comparison: the current document of each plan family, quality as data,
-- owner kinds, one row per year and per page, and versions derived from the code.
--
-- Convention: comparison views (activity_overview, municipality_status_counts, theme_matrix,
-- owner_kind_counts) answer for the counted document of each plan family (its latest member)
-- and leave out documents and activities below the thresholds in quality_thresholds. Each has
-- a *_by_scope view with the scopes 'comparable' (the default), 'with_uncertain' (counted
-- documents, every row) and 'all_versions' (every stored document whose file is present).

-- The taxonomy of owner kinds: ids are stable, labels may be reworded.
CREATE TABLE owner_kinds (
  id           TEXT PRIMARY KEY,             -- 'samhallsbyggnad'
  label_sv     TEXT NOT NULL,                -- 'Samhällsbyggnad'
  label_en     TEXT NOT NULL,                -- 'Planning and infrastructure'
  description  TEXT NOT NULL                 -- which units the kind takes
);

ALTER TABLE documents ADD COLUMN reader_version TEXT;        -- version of the format's reader that made the blocks; another version reads the file again
ALTER TABLE ingest_runs ADD COLUMN reader_versions TEXT;     -- JSON object: the reader version of each format during the run
ALTER TABLE owners ADD COLUMN kind TEXT REFERENCES owner_kinds (id); -- kind of unit, from its name (see owner_kinds)
ALTER TABLE owners ADD COLUMN kind_rule TEXT;                -- rule that read the kind, e.g. 'owner-kind/planning'
ALTER TABLE activities ADD COLUMN owner_kind TEXT;           -- kind of the lead owner (owner_kinds.id); 'okand' when there is no owner
ALTER TABLE activities ADD COLUMN owner_kind_rule TEXT;      -- rule that read it; 'owner-kind/no-owner' when there is no owner
ALTER TABLE activities ADD COLUMN status_source TEXT;        -- where the status came from: word, legend, symbol, icon, percent, bar, comment
ALTER TABLE activities ADD COLUMN progress REAL;             -- share of the work done, 0–1, from '75 %' or a drawn bar
ALTER TABLE activities ADD COLUMN progress_raw TEXT;         -- as written ('75 %'), or as measured from a bar ('≈80 % (bar #99CC00)')


-- The thresholds behind the comparison views, kept in step with the code on every open.
CREATE TABLE quality_thresholds (
  name         TEXT PRIMARY KEY,             -- 'activity_confidence' or 'document_certain_share'
  value        REAL NOT NULL,                -- the threshold
  description  TEXT NOT NULL                 -- what falls below it
);

CREATE INDEX document_messages_document ON document_messages (document_id);
CREATE INDEX activities_lineage ON activities (lineage_id);
CREATE INDEX activities_owner ON activities (owner_id);
CREATE INDEX focus_areas_parent ON focus_areas (parent_id);
CREATE INDEX blocks_page ON blocks (document_id, page);

DROP VIEW municipality_status_counts;
DROP VIEW status_counts;
DROP VIEW theme_matrix;
DROP VIEW activity_overview;
DROP VIEW latest_documents;

-- Every stored document whose file is present, with its place in its plan family: is_current for
-- the latest plan version and the latest follow-up of each family, is_counted for the one document
-- whose rows comparisons count (the family's latest member; news and other texts only when the family
-- has nothing else).
CREATE VIEW document_versions AS
WITH placed AS (
  SELECT d.id, fm.family_id, fm.position,
         CASE WHEN d.doc_type = 'uppfoljning' THEN 'follow_up' ELSE 'plan' END AS role,
         d.doc_type IN ('nyhet', 'ovrigt') AS secondary
  FROM documents d LEFT JOIN family_members fm ON fm.document_id = d.id
  WHERE d.missing_since IS NULL
)
SELECT p.id AS document_id, p.family_id, p.position, p.role,
       ROW_NUMBER() OVER (PARTITION BY COALESCE(p.family_id, -p.id), p.role ORDER BY p.secondary, p.position DESC, p.id DESC) = 1 AS is_current,
       ROW_NUMBER() OVER (PARTITION BY COALESCE(p.family_id, -p.id) ORDER BY p.secondary, p.position DESC, p.id DESC) = 1 AS is_counted
FROM placed p;

-- Per document: what the rules found, how sure they are, and why a comparison leaves it out (NULL: it counts).
CREATE VIEW document_quality AS
WITH counts AS (
  SELECT a.document_id, COUNT(*) AS activities,
         SUM(COALESCE(a.confidence, 0) >= (SELECT value FROM quality_thresholds WHERE name = 'activity_confidence')) AS certain_activities,
         ROUND(AVG(a.confidence), 3) AS mean_confidence
  FROM activities a GROUP BY a.document_id
)
SELECT d.id AS document_id, d.municipality_code, d.source_path, d.doc_type, d.extraction_outcome,
       COALESCE(c.activities, 0) AS activities, COALESCE(c.certain_activities, 0) AS certain_activities, c.mean_confidence,
       COALESCE(v.is_current, 0) AS is_current, COALESCE(v.is_counted, 0) AS is_counted,
       CASE WHEN d.missing_since IS NOT NULL THEN 'file missing'
            WHEN d.municipality_code IS NULL THEN 'no municipality'
            WHEN NOT v.is_counted THEN 'not the current version of its plan family'
            WHEN d.extraction_outcome = 'none' THEN 'no plan structure'
            WHEN c.activities > 0 AND 1.0 * c.certain_activities / c.activities < (SELECT value FROM quality_thresholds WHERE name = 'document_certain_share') THEN 'most activities uncertain'
       END AS left_out_reason
FROM documents d
LEFT JOIN document_versions v ON v.document_id = d.id
LEFT JOIN counts c ON c.document_id = d.id;

-- Every activity of every stored document, with what a comparison needs beside it and the way back to
-- the sentence (page, span, rule, confidence); left_out_reason says why the comparison views leave it out.
CREATE VIEW activity_overview_all_versions AS
SELECT a.id AS activity_id,
       m.code AS municipality_code,
       m.name AS municipality,
       m.county,
       d.id AS document_id,
       d.title AS document_title,
       d.doc_type,
       d.year,
       d.period_start,
       d.period_end,
       v.family_id,
       a.focus_area_id,
       COALESCE(parent.title, fa.title) AS focus_area,
       CASE WHEN fa.parent_id IS NOT NULL THEN fa.title END AS intervention_area,
       a.text AS activity,
       (SELECT group_concat(theme_id, ',') FROM (SELECT theme_id FROM activity_themes t WHERE t.activity_id = a.id ORDER BY theme_id)) AS themes,
       COALESCE(o.name, a.owner_raw) AS owner,
       a.owner_raw,
       COALESCE(a.owner_kind, 'okand') AS owner_kind,
       a.partners,
       a.years,
       a.time_raw,
       a.time_start,
       a.time_end,
       a.status,
       a.status_raw,
       a.status_rule,
       a.track,
       a.track_raw,
       a.track_rule,
       a.status_source,
       a.progress,
       a.progress_raw,
       a.lineage_id,
       a.page,
       a.char_start,
       a.char_end,
       a.rule,
       a.confidence,
       d.source_path,
       q.is_current,
       q.is_counted,
       COALESCE(a.confidence, 0) >= (SELECT value FROM quality_thresholds WHERE name = 'activity_confidence') AS is_certain,
       COALESCE(q.left_out_reason,
                CASE WHEN COALESCE(a.confidence, 0) < (SELECT value FROM quality_thresholds WHERE name = 'activity_confidence') THEN 'confidence below threshold' END) AS left_out_reason
FROM activities a
JOIN documents d ON d.id = a.document_id
JOIN document_quality q ON q.document_id = d.id
LEFT JOIN document_versions v ON v.document_id = d.id
LEFT JOIN municipalities m ON m.code = d.municipality_code
LEFT JOIN focus_areas fa ON fa.id = a.focus_area_id
LEFT JOIN focus_areas parent ON parent.id = fa.parent_id
LEFT JOIN owners o ON o.id = a.owner_id;

-- The activities comparisons count: counted documents, certain rows (see the convention above).
CREATE VIEW activity_overview AS
SELECT * FROM activity_overview_all_versions WHERE left_out_reason IS NULL;

-- Which documents and activities belong to each scope.
CREATE VIEW document_scopes AS
SELECT q.document_id, s.scope
FROM document_quality q
JOIN (SELECT 'comparable' AS scope UNION ALL SELECT 'with_uncertain' UNION ALL SELECT 'all_versions') s
  ON (s.scope = 'comparable' AND q.left_out_reason IS NULL)
  OR (s.scope = 'with_uncertain' AND q.is_counted AND q.municipality_code IS NOT NULL)
  OR (s.scope = 'all_versions' AND q.left_out_reason IS NOT 'file missing' AND q.municipality_code IS NOT NULL);

CREATE VIEW activity_scopes AS
SELECT a.activity_id, a.document_id, ds.scope
FROM activity_overview_all_versions a
JOIN document_scopes ds ON ds.document_id = a.document_id
WHERE ds.scope <> 'comparable' OR a.left_out_reason IS NULL;

-- Every activity in each scope it belongs to, with the columns of activity_overview.
CREATE VIEW activity_overview_by_scope AS
SELECT s.scope, a.*
FROM activity_scopes s
JOIN activity_overview_all_versions a ON a.activity_id = s.activity_id;

-- Status counts per stored document; postponed and cancelled apart.
CREATE VIEW status_counts AS
SELECT d.municipality_code, m.name AS municipality, d.id AS document_id, d.title AS document_title,
       q.is_current, q.is_counted, q.left_out_reason,
       COUNT(a.id) AS activities,
       COALESCE(SUM(a.status = 'not_started'), 0) AS not_started,
       COALESCE(SUM(a.status = 'started'), 0) AS started,
       COALESCE(SUM(a.status = 'ongoing'), 0) AS ongoing,
       COALESCE(SUM(a.status = 'done'), 0) AS done,
       COALESCE(SUM(a.status = 'postponed'), 0) AS postponed,
       COALESCE(SUM(a.status = 'cancelled'), 0) AS cancelled,
       COALESCE(SUM(a.status = 'unknown'), 0) AS unknown,
       COALESCE(SUM(a.id IS NOT NULL AND a.status IS NULL), 0) AS no_status
FROM documents d
JOIN document_quality q ON q.document_id = d.id
LEFT JOIN municipalities m ON m.code = d.municipality_code
LEFT JOIN activities a ON a.document_id = d.id
GROUP BY d.id;

-- Status and traffic-light counts per municipality and scope.
CREATE VIEW municipality_status_counts_by_scope AS
SELECT ds.scope, d.municipality_code, m.name AS municipality,
       COUNT(DISTINCT d.id) AS documents,
       COUNT(a.id) AS activities,
       COALESCE(SUM(a.status = 'not_started'), 0) AS not_started,
       COALESCE(SUM(a.status = 'started'), 0) AS started,
       COALESCE(SUM(a.status = 'ongoing'), 0) AS ongoing,
       COALESCE(SUM(a.status = 'done'), 0) AS done,
       COALESCE(SUM(a.status = 'postponed'), 0) AS postponed,
       COALESCE(SUM(a.status = 'cancelled'), 0) AS cancelled,
       COALESCE(SUM(a.status = 'unknown'), 0) AS unknown,
       COALESCE(SUM(a.id IS NOT NULL AND a.status IS NULL), 0) AS no_status,
       COALESCE(SUM(a.track = 'on_track'), 0) AS on_track,
       COALESCE(SUM(a.track = 'deviation'), 0) AS deviation,
       COALESCE(SUM(a.track = 'off_track'), 0) AS off_track,
       ROUND(1.0 * SUM(a.status = 'done') / NULLIF(SUM(a.status IS NOT NULL), 0), 3) AS share_done
FROM document_scopes ds
JOIN documents d ON d.id = ds.document_id
JOIN municipalities m ON m.code = d.municipality_code
LEFT JOIN activity_scopes s ON s.document_id = d.id AND s.scope = ds.scope
LEFT JOIN activities a ON a.id = s.activity_id
GROUP BY ds.scope, d.municipality_code;

-- Status counts per municipality over the current, certain rows.
CREATE VIEW municipality_status_counts AS
SELECT municipality_code, municipality, documents, activities, not_started, started, ongoing, done, postponed, cancelled,
       unknown, no_status, on_track, deviation, off_track, share_done
FROM municipality_status_counts_by_scope WHERE scope = 'comparable';

-- Municipality × theme per scope: focus areas and activities on each theme, and the share done among
-- activities with a status. One row per municipality with documents in the scope and per theme.
CREATE VIEW theme_matrix_by_scope AS
WITH activity_counts AS (
  SELECT s.scope, d.municipality_code AS code, at.theme_id,
         COUNT(*) AS activities, SUM(a.status IS NOT NULL) AS with_status, SUM(a.status = 'done') AS done
  FROM activity_scopes s
  JOIN activity_themes at ON at.activity_id = s.activity_id
  JOIN activities a ON a.id = s.activity_id
  JOIN documents d ON d.id = a.document_id
  GROUP BY 1, 2, 3
), focus_area_counts AS (
  SELECT ds.scope, d.municipality_code AS code, ft.theme_id, COUNT(*) AS focus_areas
  FROM document_scopes ds
  JOIN documents d ON d.id = ds.document_id
  JOIN focus_areas f ON f.document_id = d.id
  JOIN focus_area_themes ft ON ft.focus_area_id = f.id
  GROUP BY 1, 2, 3
), present AS (
  SELECT DISTINCT ds.scope, d.municipality_code AS code FROM document_scopes ds JOIN documents d ON d.id = ds.document_id
)
SELECT p.scope, m.code AS municipality_code, m.name AS municipality, t.id AS theme_id, t.label_sv, t.label_en,
       COALESCE(fc.focus_areas, 0) AS focus_areas,
       COALESCE(ac.activities, 0) AS activities,
       COALESCE(ac.with_status, 0) AS with_status,
       COALESCE(ac.done, 0) AS done,
       ROUND(1.0 * ac.done / NULLIF(ac.with_status, 0), 3) AS share_done
FROM present p
JOIN municipalities m ON m.code = p.code
CROSS JOIN themes t
LEFT JOIN activity_counts ac ON ac.scope = p.scope AND ac.code = m.code AND ac.theme_id = t.id
LEFT JOIN focus_area_counts fc ON fc.scope = p.scope AND fc.code = m.code AND fc.theme_id = t.id;

-- Municipality × theme over the current, certain rows.
CREATE VIEW theme_matrix AS
SELECT municipality_code, municipality, theme_id, label_sv, label_en, focus_areas, activities, with_status, done, share_done
FROM theme_matrix_by_scope WHERE scope = 'comparable';

-- Municipality × owner kind per scope: which kind of unit owns how many activities, and how far they have come.
CREATE VIEW owner_kind_counts_by_scope AS
SELECT s.scope, d.municipality_code, m.name AS municipality, k.id AS owner_kind, k.label_sv,
       COUNT(*) AS activities,
       SUM(a.status IS NOT NULL) AS with_status,
       SUM(a.status = 'done') AS done,
       ROUND(1.0 * SUM(a.status = 'done') / NULLIF(SUM(a.status IS NOT NULL), 0), 3) AS share_done,
       ROUND(1.0 * COUNT(*) / SUM(COUNT(*)) OVER (PARTITION BY s.scope, d.municipality_code), 3) AS share_of_activities
FROM activity_scopes s
JOIN activities a ON a.id = s.activity_id
JOIN documents d ON d.id = a.document_id
JOIN municipalities m ON m.code = d.municipality_code
JOIN owner_kinds k ON k.id = COALESCE(a.owner_kind, 'okand')
GROUP BY s.scope, d.municipality_code, k.id;

-- Municipality × owner kind over the current, certain rows.
CREATE VIEW owner_kind_counts AS
SELECT municipality_code, municipality, owner_kind, label_sv, activities, with_status, done, share_done, share_of_activities
FROM owner_kind_counts_by_scope WHERE scope = 'comparable';

-- One row per activity and year it is marked for, in place of the JSON list in activities.years.
CREATE VIEW activity_years AS
SELECT a.id AS activity_id, a.document_id, CAST(j.value AS INTEGER) AS year
FROM activities a, json_each(a.years) j;

-- One row per page of each paged document: read by OCR or not, unreadable or not, and what stands on it.
CREATE VIEW document_pages AS
WITH RECURSIVE pages (document_id, page, page_count) AS (
  SELECT id, 1, page_count FROM documents WHERE page_count >= 1
  UNION ALL
  SELECT document_id, page + 1, page_count FROM pages WHERE page < page_count
)
SELECT p.document_id, p.page,
       EXISTS (SELECT 1 FROM documents d, json_each(d.ocr_pages) j WHERE d.id = p.document_id AND j.value = p.page) AS ocr,
       EXISTS (SELECT 1 FROM documents d, json_each(d.unreadable_pages) j WHERE d.id = p.document_id AND j.value = p.page) AS unreadable,
       (SELECT COUNT(*) FROM blocks b WHERE b.document_id = p.document_id AND b.page = p.page AND b.kind <> 'furniture') AS blocks,
       (SELECT COUNT(*) FROM activities a WHERE a.document_id = p.document_id AND a.page = p.page) AS activities
FROM pages p;

-- The latest document of each type per municipality, without its text (present files only).
CREATE VIEW latest_documents AS
SELECT id, municipality_code, doc_type, title, year, period_start, period_end, document_date, adopted_date, adopted_by,
       format, page_count, extraction_outcome, source_path, source_url, sha256, ingested_at
FROM (
  SELECT d.*, ROW_NUMBER() OVER (
    PARTITION BY d.municipality_code, d.doc_type
    ORDER BY COALESCE(d.document_date, d.adopted_date, d.period_end || '-12-31', '0000') DESC, d.id DESC
  ) AS rank
  FROM documents d WHERE d.municipality_code IS NOT NULL AND d.missing_since IS NULL
) WHERE rank = 1;
