/**
 * The types that flow between the stages of styrdok. No I/O here.
 *
 * Offsets are 0-based, end-exclusive character offsets into `Doc.text`, the
 * stored (cleaned) text of a document. Pages are 1-based; `null` where the
 * format has no pages (DOCX, HTML) or the page is not known.
 */

export type Format = 'pdf' | 'docx' | 'html' | 'text';

export type Severity = 'fatal' | 'warning' | 'info';

/** A message travels with the data instead of being logged or thrown. */
export interface Message {
  severity: Severity;
  /** Worded "Unexpected X, expected Y" where it fits. */
  reason: string;
  /** Id of the rule or stage that raised it, e.g. `ingest/pdf` or `status/ej-paborjad`. */
  ruleId: string;
  start?: number;
  end?: number;
}

export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row' | 'furniture';

export interface Block extends Span {
  kind: BlockKind;
  /** 1-based page, null where unknown. */
  page: number | null;
  /** Heading level (1 = top) for headings; nesting level (0 = top) for items. */
  level?: number;
  /** List marker as written ('o', '•', '-', '1.', '' for a lost glyph). */
  marker?: string;
  /** Table rows: the span of each cell, in column order. */
  cells?: Span[];
  /** Table rows: which table (0-based, in document order) the row belongs to. */
  table?: number;
  /** Table rows: true for a header row. */
  header?: boolean;
  /** Table rows: each cell's fill colour ('#00B050'), null where unfilled; absent when no cell is. */
  fills?: Array<string | null>;
  /** Offset in the source text (text formats) where the block's text begins. */
  source?: number;
  /** Font size relative to the body text, where the format gives sizes (PDF). */
  size?: number;
}

/** A document after ingest and cleaning: its text and the blocks that cover it. */
export interface Doc {
  format: Format;
  text: string;
  blocks: Block[];
  pageCount: number | null;
  /** Title given by the container (PDF info, HTML <title>), if any. */
  containerTitle?: string;
  /** The decoded original text, for text formats: what `Block.source` offsets point into. */
  source?: string;
  /** The legacy format LibreOffice converted the file from, before it was read as DOCX. */
  convertedFrom?: 'doc' | 'odt';
  /** Pages whose text came from OCR. */
  ocrPages?: number[];
  /**
   * Pages with a text layer where pictures of text (a table pasted as an
   * image) were read by OCR too, their words joining the page's own. A text
   * extractor (a transcript) gives the layer only, without them.
   */
  imageOcrPages?: number[];
  /** Pages without usable text that OCR did not read. */
  unreadablePages?: number[];
  /** Status pictures (icons, dots, bars) the reader wrote into the text as symbols, and what they showed. */
  pictures?: DocPicture[];
  messages: Message[];
}

/**
 * A picture a reader found in a status, assessment or progress position and
 * wrote into the text where it stood ('✅', '≈80 %'): the span of that
 * symbol, and what the picture itself showed.
 */
export interface DocPicture extends Span {
  page: number | null;
  kind: 'icon' | 'bar';
  /** 'green', 'yellow', 'orange', 'red', 'blue', 'purple', 'grey'; null for a bar without colour. */
  colour: string | null;
  /** Mean colour of its coloured pixels, '#99C206'. */
  hex: string | null;
  /** Icons: 'dot', 'check' or 'cross'. */
  shape: string | null;
  /** Bars: the filled share, 0–1. */
  share: number | null;
  /** 'image' (a raster picture), 'shape' (a drawn vector shape). */
  source: string;
}

/** What a reader hands to the builder: block text before offsets are assigned. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  page: number | null;
  level?: number;
  marker?: string;
  /** Table rows: cell texts in column order; `text` is then ignored. */
  cells?: string[];
  table?: number;
  header?: boolean;
  fills?: Array<string | null>;
  source?: number;
  size?: number;
}

export interface Result<T> {
  value: T;
  messages: Message[];
}

export const STATUSES = ['not_started', 'started', 'ongoing', 'done', 'postponed', 'cancelled', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses in the order work moves through them; postponed, cancelled and unknown stand apart (no rank). */
export const STATUS_RANK: Partial<Record<Status, number>> = { not_started: 0, started: 1, ongoing: 2, done: 3 };

export const TRACKS = ['on_track', 'deviation', 'off_track'] as const;
export type Track = (typeof TRACKS)[number];

export const DOC_TYPES = ['strategi', 'handlingsplan', 'aktivitetsplan', 'uppfoljning', 'program', 'policy', 'nyhet', 'ovrigt'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Where an extracted value came from: the rule that made it and the text it read. */
export interface Provenance extends Span {
  rule: string;
  page: number | null;
  /** The same text's span in the original file text, where the format keeps it (text formats). */
  source?: Span | null;
}

export interface Evidence<T> extends Provenance {
  value: T;
}

/** A theme of the shared taxonomy found in a row: the rule and the terms that matched. */
export interface ThemeHit {
  theme: string;
  rule: string;
  terms: string[];
  /** Taken from the focus area, the activity having no theme of its own. */
  inherited?: boolean;
  /** How sure the assignment is, 0–1: the word itself, a compound's head or modifier, inherited. */
  confidence?: number;
}

/** An explicit link of an activity to one of Agenda 2030's global goals, where the document makes it. */
export interface SdgLink extends Span {
  /** The goal, 1–17. */
  goal: number;
  rule: string;
  /** The reference as written ('Globala mål: 7, 13'). */
  raw: string;
}

/** What points to a subject: where it was read, the words that said so, and their weight. */
export interface SubjectEvidence {
  source: 'title' | 'masthead' | 'body' | 'text';
  terms: string[];
  weight: number;
}

/** A subject (policy area, src/lang/subjects.ts) of a document: main or secondary, with its rule and evidence. */
export interface SubjectAssignment {
  subject: string;
  main: boolean;
  /** The weighted evidence added up; comparable within one document only. */
  score: number;
  /** The strongest source: 'subject/title', 'subject/masthead', 'subject/body', 'subject/text'. */
  rule: string;
  evidence: SubjectEvidence[];
}

export interface FocusAreaRow extends Provenance {
  /** Local key within the document, 0-based in document order. */
  key: number;
  /** Key of the focus area an intervention area sits under; null for focus areas. */
  parentKey: number | null;
  ordinal: number;
  title: string;
  themes?: ThemeHit[];
  /** How sure the rules are of this area, 0–1: a label word, a table band, or structure alone. */
  confidence?: number;
  /** A goal's assessment as a traffic light ('Delvis uppfyllt', a green dot beside it), as given, and the rule. */
  track?: Track | null;
  trackRaw?: string | null;
  trackRule?: string | null;
}

export interface OwnerRow {
  key: number;
  abbr: string | null;
  name: string;
  rule: string;
  /** The kind of unit (src/lang/owner-kinds.ts) and the rule that read it from the name. */
  kind?: string;
  kindRule?: string;
}

export interface ActivityRow extends Provenance {
  focusAreaKey: number | null;
  ordinal: number;
  text: string;
  ownerRaw: string | null;
  /** Every unit the owner text names, lead owner first ('NLE/MHK' → NLE, MHK); partners not included. */
  owners?: string[];
  ownerKey: number | null;
  /** Partners named beside the owner ('i samverkan med …', a 'Samverkan' field); never owners. */
  partners?: string | null;
  /** The kind of the lead owner ('okand' without one), and the rule behind it. */
  ownerKind?: string;
  ownerKindRule?: string;
  years: number[];
  status: Status | null;
  statusRaw: string | null;
  statusRule: string | null;
  track: Track | null;
  /** The traffic light as given: a word, or a cell's fill colour ('#00B050'); and the rule that read it. */
  trackRaw?: string | null;
  trackRule?: string | null;
  /** Where the status came from: 'word', 'legend', 'symbol', 'icon', 'percent', 'bar', 'fill', 'comment'. */
  statusSource?: string | null;
  /** The share of the work done, 0–1 ('75 %', a drawn bar), and as written or measured ('≈80 % (bar #99CC00)'). */
  progress?: number | null;
  progressRaw?: string | null;
  /** The time as written ('Q3 2020', '31 maj 2026', 'År 2019, År 2020'), and its normalised interval. */
  timeRaw?: string | null;
  timeStart?: string | null;
  timeEnd?: string | null;
  timeRule?: string | null;
  themes?: ThemeHit[];
  /** Agenda 2030 goals the document links this activity to, explicitly. */
  sdgs?: SdgLink[];
  /** How sure the rules are that this is an activity, 0–1, from the strongest evidence for it. */
  confidence?: number;
}

export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
  county: string;
}

export interface Metadata {
  municipality: Evidence<string> | null;
  docType: Evidence<DocType>;
  title: Evidence<string> | null;
  documentDate: Evidence<string> | null;
  adopted: Evidence<{ date: string | null; by: string | null }> | null;
  period: Evidence<{ start: number; end: number }> | null;
}

/** What the rules found of a plan: focus areas with activities, some of it, or nothing. */
export type ExtractionOutcome = 'plan' | 'partial' | 'none';

export interface Extraction {
  outcome: ExtractionOutcome;
  metadata: Metadata;
  focusAreas: FocusAreaRow[];
  owners: OwnerRow[];
  activities: ActivityRow[];
  /** The document's subjects, main first; empty when nothing says what it is about. */
  subjects: SubjectAssignment[];
  messages: Message[];
}
