-- Documents as municipalities publish them: colour-only statuses, converted legacy formats,
-- pages read through OCR.

ALTER TABLE blocks ADD COLUMN cell_fills TEXT;            -- table rows: JSON array of each cell's fill colour ('#00B050') or null
ALTER TABLE activities ADD COLUMN track_raw TEXT;         -- the traffic light as given: a word ('grön') or a cell's fill colour ('#00B050')
ALTER TABLE activities ADD COLUMN track_rule TEXT;        -- rule that read it, e.g. 'track/gron' or 'track/colour-green'
ALTER TABLE documents ADD COLUMN converted_from TEXT;     -- 'doc' or 'odt' when LibreOffice converted the file to DOCX before reading; NULL otherwise
ALTER TABLE documents ADD COLUMN ocr_pages TEXT;          -- JSON array of the pages whose text came from OCR; NULL when none
ALTER TABLE documents ADD COLUMN unreadable_pages TEXT;   -- JSON array of pages without usable text that OCR could not read; NULL when none
