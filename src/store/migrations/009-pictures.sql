-- What documents show as pictures: status icons, dots and drawn progress bars, read from the
-- drawing (PDF) or the embedded images (Word) and written into the text as the symbol for them.

-- One row per status picture a reader found: where its symbol stands in documents.text, and what it showed.
CREATE TABLE pictures (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  page         INTEGER,                       -- 1-based page; NULL for formats without pages
  char_start   INTEGER NOT NULL,              -- the symbol written for it ('✅', '≈80 %') in documents.text
  char_end     INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('icon', 'bar')),
  colour       TEXT,                          -- green, yellow, orange, red, blue, purple or grey; NULL for a bar without colour
  hex          TEXT,                          -- mean colour of its coloured pixels, '#99C206'
  shape        TEXT,                          -- icons: dot, check or cross
  share        REAL,                          -- bars: the filled share, 0–1
  source       TEXT NOT NULL                  -- image (a raster picture) or shape (a drawn vector shape)
);
CREATE INDEX pictures_document ON pictures (document_id, char_start);

ALTER TABLE activities ADD COLUMN status_source TEXT;     -- where the status came from: word, legend, symbol, icon, percent, bar, comment
ALTER TABLE activities ADD COLUMN progress REAL;          -- share of the work done, 0–1, from '75 %' or a drawn bar
ALTER TABLE activities ADD COLUMN progress_raw TEXT;      -- as written ('75 %'), or as measured from a bar ('≈80 % (bar #99CC00)')
ALTER TABLE focus_areas ADD COLUMN track TEXT CHECK (track IN ('on_track', 'deviation', 'off_track')); -- a goal's assessment as a traffic light
ALTER TABLE focus_areas ADD COLUMN track_raw TEXT;        -- the assessment as given: words ('Delvis uppfyllt'), a symbol, or a picture's symbol and colour ('✅ #99CB03')
ALTER TABLE focus_areas ADD COLUMN track_rule TEXT;       -- rule that read it, e.g. 'track/icon-green' or 'track/assessment-partly'

-- Every activity of every stored document, with what a comparison needs beside it (now with where its
-- status came from and its progress) and the way back to the sentence (page, span, rule, confidence);
-- left_out_reason says why the comparison views leave it out. The views built on it follow.
DROP VIEW activity_overview_all_versions;
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

