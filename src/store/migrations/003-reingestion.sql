-- What scheduled re-ingestion needs: a fast unchanged check, moved and missing files,
-- everything to re-run extraction without parsing again, and values an analyst states.

ALTER TABLE documents ADD COLUMN mtime_ms INTEGER;            -- file modification time when last seen
ALTER TABLE documents ADD COLUMN missing_since TEXT;          -- set when the file is gone; `ingest --prune` deletes such rows
ALTER TABLE documents ADD COLUMN container_title TEXT;        -- title the container gives (PDF info), input to the title rules
ALTER TABLE documents ADD COLUMN source_text TEXT;            -- decoded original text (text formats): what source_start/source_end point into
ALTER TABLE documents ADD COLUMN source_url TEXT;             -- where the document was published (manifest)
ALTER TABLE documents ADD COLUMN year INTEGER;                -- the document's year: manifest, else document date, adoption or period start
ALTER TABLE documents ADD COLUMN year_rule TEXT;
ALTER TABLE blocks ADD COLUMN size REAL;                      -- font size relative to body text (PDF)
ALTER TABLE ingest_runs ADD COLUMN moved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ingest_runs ADD COLUMN reextracted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ingest_runs ADD COLUMN missing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ingest_runs ADD COLUMN pruned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ingest_runs ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0; -- 1 when stopped by a signal before the end

CREATE INDEX documents_sha256 ON documents (sha256);

-- Re-extraction updates titles in place; the search index follows.
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
