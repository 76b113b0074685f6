import { sv } from './pattern.js';
import { SECTION_LABELS } from './sections.js';

/** The top-level section labels (not the open '-område' compound, which may name an owner's field), each with its plural and definite endings. */
const AREA_LABELS = SECTION_LABELS.filter((l) => l.rank < 2 && l.id !== 'label/omrade')
  .map((l) => `${l.pattern}(?:n|na|r|ar|arna|er|erna)?`)
  .join('|');

/**
 * The labelled fields of a plan's activities, as table headers ('Ansvarig',
 * 'Tidplan') and as label–value pairs in text ('Ansvar: KLK', '(klart: 2024)').
 * One table for both, so a word that names a column names the field too.
 */
export type FieldRole =
  | 'number'
  | 'focus-area'
  | 'activity'
  | 'owner'
  | 'partner'
  | 'time'
  | 'year'
  | 'status'
  | 'comment'
  | 'track'
  | 'progress'
  | 'cost'
  | 'indicator'
  | 'goal';

export interface FieldLabel {
  id: string;
  role: FieldRole;
  /** The label words, without the colon. */
  words: string;
}

export const FIELD_LABELS: FieldLabel[] = [
  { id: 'field/nr', role: 'number', words: 'nr|nummer|#|id|ref' },
  // The labels that name a plan's top sections name its area column too ('Inriktning', 'Spår', 'Tema', 'Målområden'), in the singular or plural.
  { id: 'field/fokusomrade', role: 'focus-area', words: `(?:${AREA_LABELS}|område|områden)` },
  { id: 'field/aktivitet', role: 'activity', words: 'aktiviteter|aktivitet|åtgärder|åtgärd|insatser|insats|föreslagen\\s+åtgärd|vad\\s+ska\\s+göras|vad|beskrivning|uppdrag' },
  { id: 'field/samverkan', role: 'partner', words: 'samverkan|samverkanspart(?:ner|er)?|i\\s+samverkan\\s+med|medverkande|medverkar|partners?|övriga\\s+aktörer|stöd' },
  { id: 'field/ansvar', role: 'owner', words: 'ansvar\\s+och\\s+tid(?:plan)?|ansvarig(?:\\s+(?:förvaltning|enhet|nämnd|verksamhet|part|för\\s+genomförande))?|ansvar|huvudansvar(?:ig)?|ansv\\.?|vem|ägare|utförare|förvaltning|ansvarsfördelning|ansvarar' },
  { id: 'field/tid', role: 'time', words: 'tid|tidplan|tidsplan|tidsperiod|när|år|årtal|klart|klart\\s+när|klart?\\s+senast|slutdatum|startdatum|start|slut|start\\s*[-–]\\s*slut|period|genomförande|genomförs|datum\\s+för\\s+genomförande|tidpunkt|tidsram|deadline' },
  { id: 'field/status', role: 'status', words: 'status|läge|lägesbeskrivning|lägesrapport|utfall|genomfört|status\\s+och\\s+kommentar' },
  { id: 'field/kommentar', role: 'comment', words: 'kommentar(?:er)?|uppföljning|analys|redovisning|resultat' },
  { id: 'field/bedomning', role: 'track', words: 'bedömning|trafikljus|färg|signal' },
  { id: 'field/fardiggrad', role: 'progress', words: 'färdiggrad|färdigställandegrad|färdigställt|progress|genomförandegrad|andel\\s+klart|%\\s*klart|%\\s*genomf(?:ört|örd)|andel\\s+genomf(?:ört|örd|ört\\s+i\\s+%)' },
  { id: 'field/kostnad', role: 'cost', words: 'kostnad|budget|finansiering|resurser|medel' },
  { id: 'field/indikator', role: 'indicator', words: 'indikator(?:er)?|mått|nyckeltal|målvärde(?:\\s+\\d{4})?|utgångsvärde|mätetal' },
  // Any compound on -mål names a goal column: 'Nämndmål', 'Verksamhetsmål', 'Effektmål'.
  { id: 'field/mal', role: 'goal', words: '\\p{L}*mål|syfte' },
];

/** The label words of the given roles as one alternation (every label's, without roles): what a pattern that opens on a field's label matches. */
export function labelWords(roles?: readonly FieldRole[]): string {
  return FIELD_LABELS.filter((f) => !roles || roles.includes(f.role)).map((f) => f.words).join('|');
}

/**
 * A field label run into the line before it: 'Målområde 1: Service Indikator: Nöjd kund-index',
 * 'Kompetens Mål 2024 – Andelen …'. A capitalised label word (with a number or year) and its
 * separator, after a space (the caller checks the capital, which /i cannot): where a title that a line break lost ends.
 */
export const RUN_IN_FIELD = {
  id: 'field/run-in',
  pattern: sv(`(?<=\\s)(?:${FIELD_LABELS.filter((l) => l.role !== 'number' && l.role !== 'activity').map((l) => l.words).join('|')})(?:\\s+\\d{1,4}(?:\\s*[-–]\\s*\\d{2,4})?)?\\s*(?::|\\s[–—-])\\s`, 'giu'),
};

/**
 * A field given as a sentence of its own after the sentence it belongs to ('… i källkritik. Ansvar:
 * BUF. Tid: HT 2027.'): an owner's or a time's label, a colon (or a dash: 'Ansvarig – BUF.') and the value up to the full stop.
 * Group 1 is the label, 2 the value.
 */
export const FIELD_SENTENCE = sv(`^(${labelWords(['owner', 'time'])})(?:\\s*:|\\s+[–-])\\s*([^.:]*?[^\\s.:])\\.(?=\\s|$)`, 'iu');

/**
 * Labelled fields that close an item run into the text after it, as a transcript gives a list
 * whose line breaks are gone ('… varje vecka. Ansvar: Parkenheten | Tid: 2027 Nästa …'):
 * `open`, an owner's or a time's label and its colon after a sentence's end (group 1 the label;
 * the caller checks its capital, which /i cannot); `next`, the value of a field up to a separator
 * ('|', '·', ';', a dash) and the next field's label (fields after only a space, 'Ansvar: X Tid: Y',
 * are an item's inline fields, which the readers of titled items take)
 * (group 1 the value, 2 the separator, 3 the label); `valueOf`, the label and colon that end the text
 * before a sentence, which is then a field's value ('Ansvar: HR. Tid: 2027.'), not an item.
 */
export const CLOSING_FIELDS = {
  id: 'field/closing',
  open: sv(`(?<=[.!?]\\s+)(${labelWords(['owner', 'time'])})\\s*:\\s+`, 'giu'),
  next: sv(`^([^.:|·;–—]{1,80}?)\\s*([|·;–—])\\s*(${labelWords(['owner', 'time'])})\\s*:\\s+`, 'iu'),
  valueOf: sv(`(?:${labelWords(['owner', 'time'])})\\s*:\\s*$`, 'iu'),
};

/** A header cell that names a year column ('2024', 'År 2020'). */
export const YEAR_COLUMN = sv(/^\s*(?:år\s*)?((?:19|20)\d\d)\s*$/i);

/** A cell that marks a year as planned ('X', '✓'). */
export const YEAR_MARK = sv(/^\s*(?:x|✓|✔|•|ja)\s*$/i);

/**
 * Field labels that may stand inline in an item ('… Ansvar: NLE Tid: 2024')
 * or inside parentheses ('(ansvarig: …, klart: 2024)'): the roles an item's
 * text is cut at. Activity and focus-area words are not among them: inline
 * they open an item or a section, not a field.
 */
export const INLINE_FIELD_ROLES: FieldRole[] = ['owner', 'partner', 'time', 'status', 'comment', 'track', 'progress', 'cost'];

/**
 * A header that asks what has been done ('Vad har gjorts?', 'Vad gjordes?',
 * 'Genomfört hittills'): its cells report on an action, they do not state one.
 */
export const RETROSPECTIVE_HEADER = { id: 'field/retrospective', pattern: sv(/\b(?:har|hade)\s+\p{L}+(?:ts|t|ats|its)\b|\b(?:gjordes|genomfördes|hände|skedde)\b/iu) };

/**
 * The unit a header gives its cells as a share ('% klart', 'Klart (%)', 'Genomfört i procent',
 * 'Andel genomfört'): a percent sign or word, or the word for a share, before the header's words,
 * or a percent sign or word after them. What is done, counted in hundredths, is how far the work
 * has come, never when.
 */
export const SHARE_HEADER_UNIT = { id: 'field/share-unit', pattern: sv(/^\s*(?:%|procent|andel(?=\s+\p{L}))\s+|\s+(?:\(\s*%\s*\)|%|i\s+%|i\s+procent|\(\s*procent\s*\))\s*$/iu) };

/**
 * Heads of compound headers that say only that the column describes
 * something ('Statusbeskrivning', 'Insatsbeskrivning'): the first part then
 * names the column's role.
 */
export const GENERIC_HEADER_HEADS = { id: 'field/generic-heads', words: ['beskrivning', 'text', 'uppgift', 'uppgifter', 'information', 'redovisning', 'ram', 'angivelse'] };

/**
 * The words that name a group of a section's items at once, each kind by its id: a quantifier
 * ('samtliga', 'båda', 'de tre') before the list's noun. `count` is how many items a quantifier
 * names ('båda' two; 'de tre' is read from its number word). A `placed` quantifier names the items
 * by where they stand ('nedanstående', 'följande'), which need not be the items read before the
 * line, so a line that gives its fields at once to the items above it takes none of them.
 */
const GROUP_QUANTIFIERS: ReadonlyArray<{ id: string; words: string; count?: number; placed?: boolean }> = [
  { id: 'group/all', words: 'samtliga|alla' },
  { id: 'group/both', words: 'båda|bägge', count: 2 },
  { id: 'group/these', words: 'dessa' },
  { id: 'group/counted', words: 'de\\s+(?:två|tre|fyra|fem|sex)' },
  { id: 'group/placed', words: 'ovanstående|nedanstående|följande', placed: true },
];
const quantifiers = (all: boolean) => GROUP_QUANTIFIERS.filter((q) => all || !q.placed).map((q) => q.words).join('|');
/** The list's nouns ('åtgärder', 'aktiviteterna'), and their definite forms, which name the section's items without a quantifier. */
const GROUP_ITEMS = 'åtgärd(?:er|erna)|aktivitet(?:er|erna)|insats(?:er|erna)|uppdrag(?:en)?|punkt(?:er|erna)';
const GROUP_DEFINITE = 'åtgärderna|aktiviteterna|insatserna|uppdragen|punkterna';
/** 'samtliga åtgärder', 'alla insatser', 'spårets samtliga aktiviteter', 'åtgärderna'. */
const GROUP = `(?:(?:\\p{L}+s\\s+)?(?:${quantifiers(true)})\\s+(?:${GROUP_ITEMS})|${GROUP_DEFINITE})`;
/** 'båda aktiviteterna', 'de tre insatserna ovan', 'samtliga': a quantifier that points at the items read, the noun perhaps, 'ovan' perhaps. */
const GROUP_READ = `(?:${quantifiers(false)})(?:\\s+(?:${GROUP_ITEMS}))?(?:\\s+ovan)?`;
/** Where the group stands ('i spåret', 'under strategi 3', 'inom området', 'nedan'): a few words, no colon or clause. */
const GROUP_SCOPE = '(?:\\s+(?:i|inom|under|nedan|ovan|på|av)\\b[^:;()]{0,60}?)?';
/** The value a group field names: a unit (perhaps with a partner) or a time, up to its full stop; a sentence after it ('… X. Förvaltningen samverkar med …') is no part of it. */
const GROUP_VALUE = '(\\p{L}[^;:]{0,80}?|\\d[^;:]{0,40}?)\\s*(?:\\.?\\s*|\\.\\s+\\p{Lu}[^:]*)';
const GROUP_LABEL = `(${labelWords(['owner', 'time'])})`;

/**
 * A field given once to a group of items, on a line of its own, in one of two shapes.
 *
 * `patterns`, a field stated for the section's actions, before or after them: 'Ansvarig för samtliga
 * åtgärder i spåret: Fritidsenheten.', 'Ansvar för aktiviteterna under strategi 3 är KFF.', 'Tid för
 * alla insatser nedan – 2027', 'Ansvarig (gäller alla aktiviteter): VA-enheten', 'För samtliga
 * insatser inom området ansvarar Gatuenheten.' Group 1 is the label, group 2 the value.
 *
 * `after` and `before`, a field line that names the items read before it ('Ansvar för båda
 * aktiviteterna: X. Tid: 2027.', 'Tid för samtliga åtgärder ovan: 2027', 'För de tre insatserna
 * gäller: Ansvar: X'): 'för' or 'gäller' and the group; `after` follows a field's label before its
 * colon, `before` opens the line, the field line after its colon. `counts` gives how many items a
 * quantifier names.
 */
export const GROUP_FIELD = {
  id: 'field/group',
  quantifiers: GROUP_QUANTIFIERS,
  patterns: [
    sv(`^${GROUP_LABEL}\\s+för\\s+${GROUP}${GROUP_SCOPE}\\s*(?::|\\s[–—-]|\\s+är)\\s+${GROUP_VALUE}$`, 'iu'),
    sv(`^${GROUP_LABEL}\\s*\\((?:gäller\\s+)?${GROUP}${GROUP_SCOPE}\\)\\s*:\\s*${GROUP_VALUE}$`, 'iu'),
    sv(`^för\\s+${GROUP}${GROUP_SCOPE}\\s+(ansvarar)\\s+${GROUP_VALUE}$`, 'iu'),
  ],
  after: sv(`(?<=\\p{L})\\s+(?:för|gäller)\\s+${GROUP_READ}(?=\\s*:)`, 'iu'),
  /** The field's label that ends the text before `after` ('… Ansvar' before ' för båda aktiviteterna:'). */
  labelBefore: sv(`(?<=^|\\s)${GROUP_LABEL}$`, 'iu'),
  before: sv(`^\\s*(?:för|gäller)\\s+${GROUP_READ}(?:\\s+gäller)?\\s*[:–-]\\s*`, 'iu'),
  counts: Object.fromEntries(GROUP_QUANTIFIERS.flatMap((q) => (q.count ? q.words.split('|').map((w) => [w, q.count]) : []))) as Record<string, number>,
};
