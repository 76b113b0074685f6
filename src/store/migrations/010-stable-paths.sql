-- Scheduled re-ingestion without losing data: one stored document per content, reached from every
-- path it is found at, and status changes between the documents of a plan family.
--
-- documents.source_path is, from this version on, the absolute path of the file with symbolic links
-- resolved (realpath), whatever the working directory of the run. Paths stored before it were relative
-- to the working directory of the run that found them; the next ingest resolves each against its own
-- working directory, then against the database's folder, and stores the absolute path of the first
-- that exists. A path that resolves to no file is kept as it was and is never marked missing by a run
-- that was not given it.

-- A byte-identical file at a second path: an alias of the stored document, read once and counted once.
CREATE TABLE document_paths (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  source_path   TEXT NOT NULL UNIQUE,          -- absolute path with symbolic links resolved, as documents.source_path
  size_bytes    INTEGER NOT NULL,
  mtime_ms      INTEGER,                       -- file modification time when last seen
  first_seen_at TEXT NOT NULL,                 -- ISO 8601, UTC
  run_id        INTEGER REFERENCES ingest_runs (id) -- the run that found it
);
CREATE INDEX document_paths_document ON document_paths (document_id);

-- One row per pair of linked activities of two members of a plan family whose status or traffic light differs.
CREATE VIEW status_changes AS
SELECT l.family_id,
       d1.municipality_code,
       a1.document_id AS from_document_id,
       a2.document_id AS to_document_id,
       a1.id AS from_activity_id,
       a2.id AS to_activity_id,
       a2.text AS activity,
       a1.status AS from_status,
       a2.status AS to_status,
       a1.status_raw AS from_status_raw,
       a2.status_raw AS to_status_raw,
       a1.track AS from_track,
       a2.track AS to_track,
       CASE WHEN a2.status_rank < a1.status_rank THEN 1 ELSE 0 END AS regression
FROM activity_links l
JOIN activities a1 ON a1.id = l.from_activity_id
JOIN activities a2 ON a2.id = l.to_activity_id
JOIN documents d1 ON d1.id = a1.document_id
WHERE a1.status IS NOT a2.status OR a1.track IS NOT a2.track;

ALTER TABLE ingest_runs ADD COLUMN aliases INTEGER NOT NULL DEFAULT 0;       -- files found to be byte-identical to a stored document
ALTER TABLE ingest_runs ADD COLUMN prune_refused INTEGER NOT NULL DEFAULT 0; -- documents --prune would have deleted above the allowed share (kept, marked missing)
