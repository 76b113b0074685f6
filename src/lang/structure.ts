import { sv } from './pattern.js';
/**
 * Words that name the parts of a plan: focus areas, intervention areas,
 * activity lists, and the columns of activity tables.
 */

/** A heading or band row naming a focus area: 'Fokusområde 1: …', 'Strategiskt fokusområde …'. */
export const FOCUS_AREA_LABELS: Array<{ id: string; pattern: RegExp }> = [
  // 'Fokustområde 5' is how one Södertälje plan spells it.
  { id: 'focus-area/label-numbered', pattern: sv(/^(?:strategiskt\s+)?fokus\w{0,2}område\s+(\d+)\s*[:.–-]\s*/i) },
  { id: 'focus-area/label-band', pattern: sv(/^(?:strategiskt\s+)?fokusområde\s+(?!\d)/i) },
  { id: 'focus-area/label-prioriterat', pattern: sv(/^(?:prioriterat|strategiskt)\s+område\s*(\d+)?\s*[:.–-]\s*/i) },
];

/** The clause that closes a focus-area heading and opens its intervention areas. */
export const WHERE_CLAUSE = sv(/,?\s*där\s+kommunen\s*:?\s*$/i);

/** Sentences that introduce a list of focus areas ('… fem strategiska fokusområden är:'). */
export const FOCUS_AREA_LIST_INTRO = sv(/\b(?:fokusområden|prioriterade\s+områden|strategiska\s+områden|insatsområden)\b[^.]*:\s*$/i);

/** Goal headings that a single-word focus area stands before ('Inflytande Inriktning: …'). */
export const GOAL_LABEL = sv(/(^|[.!?]\s+|\s{2,})([A-ZÅÄÖ][a-zåäö]+(?:\s+(?:och\s+)?[a-zåäö]+){0,3})\s+(?:Inriktning|Inriktningsmål|Övergripande mål|Mål)\s*:/g);

/** A numbered paragraph whose examples follow ('1. Stimulera tillväxt … Exempel på insatser:'). */
export const EXAMPLES_INTRO = sv(/\b(?:exempel\s+på\s+(?:insatser|aktiviteter|åtgärder)|insatser|aktiviteter|åtgärder)\s*:\s*$/i);

/** The actor line that opens a list of actions: 'Förvaltningen ska:', 'Den kommunala upphandlingen ska:'. */
export const ACTOR_SHALL = sv(/(?:^|[.!?:]\s+)((?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*)(?:\s+[\wåäöÅÄÖ-]+){0,3})\s+(?:ska|skall)\s*:\s*$/);

export type ColumnRole = 'number' | 'focus-area' | 'activity' | 'owner' | 'year' | 'status' | 'time' | 'track';

/** Header cells of activity tables, to the role of their column. */
export const COLUMN_ROLES: Array<{ id: string; role: ColumnRole; pattern: RegExp }> = [
  { id: 'column/nr', role: 'number', pattern: sv(/^\s*(?:nr|nummer|#|id)\.?\s*$/i) },
  // A column naming each row's focus area, usually one cell merged down all its rows.
  { id: 'column/fokusomrade', role: 'focus-area', pattern: sv(/^\s*(?:strategiskt\s+)?(?:fokusområden?|målområden?|strategiskt\s+område|prioriterat\s+område)\s*$/i) },
  { id: 'column/aktivitet', role: 'activity', pattern: sv(/^\s*(?:aktiviteter|aktivitet|åtgärder|åtgärd|insatser|insats|uppdrag|beskrivning)\b/i) },
  { id: 'column/ansvarig', role: 'owner', pattern: sv(/^\s*(?:ansvarig|ansvar|huvudansvarig|ansvarsfördelning|förvaltning\/bolag)\b/i) },
  { id: 'column/ar', role: 'year', pattern: sv(/^\s*(?:år\s*)?(?:19|20)\d\d\s*$/i) },
  { id: 'column/status', role: 'status', pattern: sv(/^\s*(?:status|läge|lägesbeskrivning|kommentar|utfall)\b/i) },
  { id: 'column/tid', role: 'time', pattern: sv(/^\s*(?:(?:tid|tidplan|tidsplan|när|klart\s+när|period)\b|år\s*$)/i) },
  { id: 'column/bedomning', role: 'track', pattern: sv(/^\s*(?:bedömning|trafikljus|färg)\b/i) },
];

/** A cell that marks a year as planned ('X', '✓'). */
export const YEAR_MARK = sv(/^\s*(?:x|✓|✔|•|ja)\s*$/i);

/** Bullet glyphs and list markers at the start of a line. '' is a Symbol-font bullet from Word. */
export const BULLET = sv(/^\s*([•◦▪▫●○■□➢►‣⁃∙·\-–—*]|o(?=\s)|\uF0B7|\uF0A7|\uF0D8|\uF076|[»«°¢](?=\s))\s+/u);
/** '1.', '2)', 'a)', and outline numbers without a period before a capital ('1.1 Tilläggsisolera'). */
export const NUMBERED = sv(/^\s*(\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+(?=\s+[\p{Lu}"”“])|[a-z][.)])\s+(?=\S)/u);

/** Words that name an organisational unit, for lists of owners. */
export const UNIT_WORDS = sv(/(?:kontor(?:et)?|förvaltning(?:en)?|enhet(?:en)?|avdelning(?:en)?|nämnd(?:en)?|styrelse(?:n)?|kommunstyrelsen|bolag(?:et)?|utbildning|sektor(?:n)?|verksamhet(?:en)?|funktion(?:en)?|staben?|ledning(?:en)?|kansli(?:et)?|center|centrum)$/i);

/** Sentences that introduce the list of responsible units. */
export const OWNER_LIST_INTRO = sv(/\b(?:särskilt\s+ansvar|ansvar(?:ar)?\s+för|ansvariga\s+(?:verksamheter|enheter|förvaltningar))\b[^.]*:\s*$/i);

/** Sentences that give one owner for all activities ('Kommunens nämnder och … ansvarar för hur insatserna …'). */
export const OWNER_FOR_ALL = sv(/^(.+?)\s+ansvarar\s+för\s+(?:hur\s+)?(?:insatserna|aktiviteterna|åtgärderna|genomförandet)/i);

/** Bodies that adopt documents, as written in Swedish decisions. */
export const ADOPTING_BODIES = [
  'kommunfullmäktige', 'kommunstyrelsen', 'kommunstyrelsens arbetsutskott', 'regionfullmäktige',
  'gymnasie- och näringslivsnämnden', 'näringslivsnämnden', 'kommunstyrelsens ledningsutskott',
  'koncernchefsgruppen', 'nämnden', 'styrelsen',
];

/** Headings of a document-sharing page that are not the document. */
export const TRANSCRIPT_MARKERS = {
  relatedList: /^\s*relevanta\s+dokument\s*$/i,
  transcriptStart: /^\s*transkript\s*:\s*/i,
};

/** A masthead field, 'Ersätter: …', 'Antagen av: …': a label and its value, never a title. */
export const LABEL_VALUE = sv(/^\s*\p{L}[\p{L} ]{1,30}:\s+\S/u);

/** A cover title is set at least this much larger than the body text. */
export const COVER_TITLE_MIN_SIZE = 1.4;
