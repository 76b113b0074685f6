-- styrdok schema, version 1. A merged migration is never edited; add a new numbered file.

CREATE TABLE municipalities (
  code         TEXT PRIMARY KEY,              -- SCB kommunkod, 4 digits, zero-padded
  name         TEXT NOT NULL,
  county_code  TEXT NOT NULL,                 -- SCB länskod, 2 digits
  county       TEXT NOT NULL
);

CREATE TABLE ingest_runs (
  id                 INTEGER PRIMARY KEY,
  started_at         TEXT NOT NULL,           -- ISO 8601, UTC
  finished_at        TEXT,                    -- NULL while running or when interrupted
  extractor_version  TEXT NOT NULL,
  arguments          TEXT NOT NULL,           -- JSON array of the command's arguments
  ingested           INTEGER NOT NULL DEFAULT 0,
  unchanged          INTEGER NOT NULL DEFAULT 0,
  failed             INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
  id                 INTEGER PRIMARY KEY,
  source_path        TEXT NOT NULL UNIQUE,    -- as given on the command line, relative paths kept relative
  sha256             TEXT NOT NULL,
  size_bytes         INTEGER NOT NULL,
  format             TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'html', 'text')),
  title              TEXT,
  title_rule         TEXT,
  doc_type           TEXT NOT NULL CHECK (doc_type IN ('strategi', 'handlingsplan', 'aktivitetsplan', 'uppfoljning', 'program', 'policy', 'nyhet', 'ovrigt')),
  doc_type_rule      TEXT NOT NULL,
  municipality_code  TEXT REFERENCES municipalities (code),
  municipality_rule  TEXT,
  period_start       INTEGER,                 -- first year the document covers
  period_end         INTEGER,                 -- last year the document covers
  period_rule        TEXT,
  document_date      TEXT,                    -- YYYY-MM-DD
  adopted_date       TEXT,                    -- YYYY-MM-DD
  adopted_by         TEXT,                    -- e.g. 'kommunfullmäktige'
  page_count         INTEGER,                 -- NULL for formats without pages
  text               TEXT NOT NULL,           -- the cleaned text every char_start/char_end points into
  extractor_version  TEXT NOT NULL,
  ingested_at        TEXT NOT NULL,
  run_id             INTEGER REFERENCES ingest_runs (id)
);
CREATE INDEX documents_municipality ON documents (municipality_code, doc_type);

CREATE TABLE blocks (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,              -- 1-based, in document order
  kind         TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'item', 'row', 'furniture')),
  page         INTEGER,
  char_start   INTEGER NOT NULL,
  char_end     INTEGER NOT NULL,
  marker       TEXT,                          -- list marker as written
  level        INTEGER,
  table_index  INTEGER,                       -- rows: 0-based table in document order
  is_header    INTEGER,                       -- rows: 1 for a header row
  cells        TEXT                           -- rows: JSON array of [char_start, char_end] per cell
);
CREATE INDEX blocks_document ON blocks (document_id, ordinal);

CREATE TABLE focus_areas (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  parent_id    INTEGER REFERENCES focus_areas (id) ON DELETE CASCADE, -- NULL: focus area; set: intervention area under it
  ordinal      INTEGER NOT NULL,              -- 1-based among its siblings
  title        TEXT NOT NULL,
  page         INTEGER,
  char_start   INTEGER NOT NULL,
  char_end     INTEGER NOT NULL,
  rule         TEXT NOT NULL
);
CREATE INDEX focus_areas_document ON focus_areas (document_id);

CREATE TABLE owners (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  abbr         TEXT,                          -- as the document abbreviates it, e.g. 'KLK'
  name         TEXT NOT NULL,                 -- e.g. 'Kommunledningskontoret'
  rule         TEXT NOT NULL
);
CREATE INDEX owners_document ON owners (document_id);

CREATE TABLE activities (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  focus_area_id  INTEGER REFERENCES focus_areas (id) ON DELETE SET NULL, -- focus area or intervention area
  ordinal        INTEGER NOT NULL,            -- 1-based within its focus area
  text           TEXT NOT NULL,
  owner_raw      TEXT,                        -- as written
  owner_id       INTEGER REFERENCES owners (id) ON DELETE SET NULL,
  years          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(years)), -- JSON array of integers
  status         TEXT CHECK (status IN ('not_started', 'started', 'ongoing', 'done', 'postponed', 'cancelled', 'unknown')),
  status_raw     TEXT,
  status_rule    TEXT,
  track          TEXT CHECK (track IN ('on_track', 'deviation', 'off_track')),
  page           INTEGER,
  char_start     INTEGER NOT NULL,
  char_end       INTEGER NOT NULL,
  rule           TEXT NOT NULL
);
CREATE INDEX activities_document ON activities (document_id);
CREATE INDEX activities_focus_area ON activities (focus_area_id);
CREATE INDEX activities_status ON activities (status);

CREATE TABLE document_messages (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  severity     TEXT NOT NULL CHECK (severity IN ('fatal', 'warning', 'info')),
  rule         TEXT NOT NULL,
  reason       TEXT NOT NULL,
  char_start   INTEGER,
  char_end     INTEGER
);

CREATE TABLE ingest_errors (
  id           INTEGER PRIMARY KEY,
  run_id       INTEGER REFERENCES ingest_runs (id),
  source_path  TEXT NOT NULL,
  sha256       TEXT,
  rule         TEXT NOT NULL,                 -- the stage or check that refused the file
  reason       TEXT NOT NULL,
  occurred_at  TEXT NOT NULL
);
CREATE INDEX ingest_errors_path ON ingest_errors (source_path);

-- Full-text search over documents, external content; å, ä and ö stay distinct letters.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE VIRTUAL TABLE activities_fts USING fts5 (
  text, content = 'activities', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER activities_fts_insert AFTER INSERT ON activities BEGIN
  INSERT INTO activities_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER activities_fts_delete AFTER DELETE ON activities BEGIN
  INSERT INTO activities_fts (activities_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- One row per activity with what a comparison needs beside it.
CREATE VIEW activity_overview AS
SELECT a.id AS activity_id,
       m.code AS municipality_code,
       m.name AS municipality,
       d.id AS document_id,
       d.title AS document_title,
       d.doc_type,
       d.period_start,
       d.period_end,
       COALESCE(parent.title, fa.title) AS focus_area,
       CASE WHEN fa.parent_id IS NOT NULL THEN fa.title END AS intervention_area,
       a.text AS activity,
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

-- Status counts per municipality and document.
CREATE VIEW status_counts AS
SELECT d.municipality_code, m.name AS municipality, d.id AS document_id, d.title AS document_title,
       COUNT(a.id) AS activities,
       SUM(a.status = 'not_started') AS not_started,
       SUM(a.status = 'started') AS started,
       SUM(a.status = 'ongoing') AS ongoing,
       SUM(a.status = 'done') AS done,
       SUM(a.status IN ('postponed', 'cancelled')) AS stopped,
       SUM(a.status = 'unknown') AS unknown,
       SUM(a.status IS NULL) AS no_status
FROM documents d
LEFT JOIN municipalities m ON m.code = d.municipality_code
LEFT JOIN activities a ON a.document_id = d.id
GROUP BY d.id;

-- The latest document of each type per municipality.
CREATE VIEW latest_documents AS
SELECT * FROM (
  SELECT d.*, ROW_NUMBER() OVER (
    PARTITION BY d.municipality_code, d.doc_type
    ORDER BY COALESCE(d.document_date, d.adopted_date, d.period_end || '-12-31', '0000') DESC, d.id DESC
  ) AS rank
  FROM documents d WHERE d.municipality_code IS NOT NULL
) WHERE rank = 1;
