-- Spans in the original file text (text formats), beside the spans in documents.text.
-- Offsets count UTF-16 code units, as JavaScript does; NULL where the format keeps no source text.

ALTER TABLE blocks ADD COLUMN source_start INTEGER;          -- where the block's text begins in the original
ALTER TABLE focus_areas ADD COLUMN source_start INTEGER;
ALTER TABLE focus_areas ADD COLUMN source_end INTEGER;
ALTER TABLE activities ADD COLUMN source_start INTEGER;
ALTER TABLE activities ADD COLUMN source_end INTEGER;
