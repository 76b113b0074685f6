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

ALTER TABLE focus_areas ADD COLUMN track TEXT CHECK (track IN ('on_track', 'deviation', 'off_track')); -- a goal's assessment as a traffic light
ALTER TABLE focus_areas ADD COLUMN track_raw TEXT;        -- the assessment as given: words ('Delvis uppfyllt'), a symbol, or a picture's symbol and colour ('✅ #99CB03')
ALTER TABLE focus_areas ADD COLUMN track_rule TEXT;       -- rule that read it, e.g. 'track/icon-green' or 'track/assessment-partly'

