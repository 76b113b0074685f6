-- Following an activity from plan to follow-up: plan families, links between activities of
-- their documents, statuses as a series, and normalised timelines.

ALTER TABLE activities ADD COLUMN status_rank INTEGER;   -- 0 not_started, 1 started, 2 ongoing, 3 done; NULL for postponed, cancelled, unknown or none
ALTER TABLE activities ADD COLUMN time_raw TEXT;         -- the time as written: 'Q3 2020', '31 maj 2026', 'År 2019, År 2020', 'löpande'
ALTER TABLE activities ADD COLUMN time_start TEXT;       -- start of the normalised interval (YYYY-MM-DD); NULL: open
ALTER TABLE activities ADD COLUMN time_end TEXT;         -- end of the normalised interval (YYYY-MM-DD); NULL: open
ALTER TABLE activities ADD COLUMN time_rule TEXT;        -- rule that normalised it, e.g. 'timeline/quarter'
ALTER TABLE activities ADD COLUMN lineage_id INTEGER;    -- activities linked across a family share it (the id of the chain's first activity)
ALTER TABLE documents ADD COLUMN family_label TEXT;      -- a plan family stated in the manifest

-- Documents of one municipality that belong together: a strategy, its plans, their follow-ups, versions.
CREATE TABLE plan_families (
  id                 INTEGER PRIMARY KEY,
  municipality_code  TEXT NOT NULL REFERENCES municipalities (code),
  label              TEXT NOT NULL,                     -- title and period of its first document
  period_start       INTEGER,                           -- period of its first document
  period_end         INTEGER
);

CREATE TABLE family_members (
  family_id    INTEGER NOT NULL REFERENCES plan_families (id) ON DELETE CASCADE,
  document_id  INTEGER NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,                        -- 1-based, in document order (date, else storage order)
  rule         TEXT NOT NULL,                           -- why it belongs: family/same-type-and-period, family/reference, family/within-period, family/first, manifest
  evidence     TEXT NOT NULL,                           -- JSON: what the rule saw (period, the words that name the plan)
  PRIMARY KEY (family_id, document_id)
);

-- An activity of one document carried on by an activity of the next document of its family.
CREATE TABLE activity_links (
  id                INTEGER PRIMARY KEY,
  family_id         INTEGER NOT NULL REFERENCES plan_families (id) ON DELETE CASCADE,
  from_activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  to_activity_id    INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  kind              TEXT NOT NULL CHECK (kind IN ('same', 'reworded', 'split', 'merged')),
  score             REAL NOT NULL,                      -- 0..1: stem similarity (with focus area and owner), or containment for split and merged
  rule              TEXT NOT NULL                       -- link/same-text, link/similar-text, link/split, link/merged
);
CREATE INDEX activity_links_from ON activity_links (from_activity_id);
CREATE INDEX activity_links_to ON activity_links (to_activity_id);

-- Per linked activity, its status at each document of its family, in order; a fall in rank is flagged.
CREATE VIEW activity_status_history AS
SELECT a.lineage_id,
       d.municipality_code,
       fm.family_id,
       fm.position,
       d.id AS document_id,
       d.title AS document_title,
       COALESCE(d.document_date, d.adopted_date, CASE WHEN d.year IS NOT NULL THEN d.year || '-01-01' END) AS document_date,
       a.id AS activity_id,
       a.text AS activity,
       a.status,
       a.status_rank,
       a.status_raw,
       CASE WHEN a.status_rank < LAG(a.status_rank) OVER (PARTITION BY a.lineage_id ORDER BY fm.position) THEN 1 ELSE 0 END AS regression
FROM activities a
JOIN documents d ON d.id = a.document_id
JOIN family_members fm ON fm.document_id = d.id
WHERE a.lineage_id IS NOT NULL;

-- What changed from each document of a family to the next: added, removed, reworded, moved, split, merged.
CREATE VIEW plan_diff AS
WITH pairs AS (
  SELECT f1.family_id, f1.document_id AS from_document_id, f2.document_id AS to_document_id
  FROM family_members f1 JOIN family_members f2 ON f2.family_id = f1.family_id AND f2.position = f1.position + 1
),
area AS (
  SELECT a.id, COALESCE(p.title, f.title) AS focus_area FROM activities a
  LEFT JOIN focus_areas f ON f.id = a.focus_area_id LEFT JOIN focus_areas p ON p.id = f.parent_id
)
SELECT p.family_id, p.from_document_id, p.to_document_id, 'added' AS change, NULL AS from_activity_id, b.id AS to_activity_id,
       NULL AS from_text, b.text AS to_text, NULL AS from_focus_area, ab.focus_area AS to_focus_area
FROM pairs p JOIN activities b ON b.document_id = p.to_document_id JOIN area ab ON ab.id = b.id
WHERE NOT EXISTS (SELECT 1 FROM activity_links l JOIN activities x ON x.id = l.from_activity_id WHERE l.to_activity_id = b.id AND x.document_id = p.from_document_id)
UNION ALL
SELECT p.family_id, p.from_document_id, p.to_document_id, 'removed', a.id, NULL, a.text, NULL, aa.focus_area, NULL
FROM pairs p JOIN activities a ON a.document_id = p.from_document_id JOIN area aa ON aa.id = a.id
WHERE NOT EXISTS (SELECT 1 FROM activity_links l JOIN activities y ON y.id = l.to_activity_id WHERE l.from_activity_id = a.id AND y.document_id = p.to_document_id)
UNION ALL
SELECT p.family_id, p.from_document_id, p.to_document_id,
       CASE WHEN l.kind IN ('split', 'merged') THEN l.kind
            WHEN aa.focus_area IS NOT ab.focus_area THEN 'moved'
            WHEN l.kind = 'reworded' THEN 'reworded'
            ELSE 'same' END,
       a.id, b.id, a.text, b.text, aa.focus_area, ab.focus_area
FROM pairs p
JOIN activities a ON a.document_id = p.from_document_id
JOIN activity_links l ON l.from_activity_id = a.id
JOIN activities b ON b.id = l.to_activity_id AND b.document_id = p.to_document_id
JOIN area aa ON aa.id = a.id JOIN area ab ON ab.id = b.id;
