import { DEFINITE_FORM_ENDINGS } from './language.js';
import { ROLE_HEADS } from './units.js';
import { sv } from './pattern.js';
/**
 * Words that name the parts of a plan: focus areas, intervention areas,
 * activity lists, and the columns of activity tables.
 */

/** Bullet glyphs and list markers at the start of a line. '' is a Symbol-font bullet from Word. */
/**
 * The glyphs that mark a bullet run into a line ('Kommunen ska: ▪ utveckla … ▪ erbjuda …'): the
 * bullets of fonts and symbol fonts (a Symbol or Wingdings glyph lands in the private use area
 * U+F020–U+F0FF when a PDF is read as text). Filled and hollow circles are left out: they are
 * status symbols in a follow-up ('60 % ● Mediantiden …').
 */
export const INLINE_BULLET_GLYPHS = '•▪▫■□◦➢►‣∙❖\\uF020-\\uF0FF';
export const BULLET = sv(/^\s*([•◦▪▫●○■□◆◇♦➢►‣⁃∙·\-–—*✓✔❖➔→]|o(?=\s)|\uF0B7|\uF0A7|\uF0D8|\uF076|[»«°¢](?=\s))\s+/u);
/**
 * The glyphs a web page's accordion prints beside a section's title, to open or
 * close its panel: triangles and chevrons pointing right or down (or up),
 * before or after the title, and a plus or minus sign after it (before a line, a
 * sign may be a list's bullet). Not the dashes a table leaves in an empty cell.
 */
export const TOGGLE_GLYPHS: readonly string[] = ['▸', '▹', '▾', '▿', '▼', '▽', '▲', '△', '▶', '▷', '►', '⌄', '⌃', '˅', '˄', '›', '⏷', '⏵'];
export const TOGGLE_SIGNS: readonly string[] = ['+', '−', '＋', '－'];
/** '1.', '2)', 'a)', outline numbers without a period before a capital ('1.1 Tilläggsisolera') and item ids ('A1', 'B2.1'). */
export const NUMBERED = sv(/^\s*(\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+(?=\s+[\p{Lu}"”“])|[a-z][.)]|\p{Lu}{1,2}\d{1,2}(?:\.\d{1,2})?[.:)]?(?=\s+\p{Lu}))\s+(?=\S)/u);

/** A label word with its number and a colon opening a line: 'Åtgärd 2:', 'Aktivitet 1.3:', 'Mål 4:'. */
export const NUMBERED_LABEL = sv(/^\s*\p{Lu}\p{Ll}{2,20}\s+\d{1,2}(?:\.\d{1,2})*\s*:\s+\S/u);

/**
 * A list's label alone, as a word processor sets it before an item's text: a
 * number, a letter or an id ('3.', '2)', 'b)', 'A4'), a bullet, or a label
 * word with its number ('Åtgärd 3:', 'Steg 2.').
 */
export const LIST_LABEL = sv(/^\s*(?:(?:\p{Lu}\p{Ll}{2,20}\s+)?\d{1,2}(?:\.\d{1,2})*[.:)]?|[a-z][.)]|\p{Lu}{1,2}\d{1,2}(?:\.\d{1,2})?[.:)]?|[•◦▪▫■□➢►‣∙–\-*\uF0B7\uF0A7])\s*$/u);

/**
 * An outline number of two parts or more glued to the title it numbers ('2.1.1Bygga …'): an
 * HTML export that lost the tab after a heading's number, printed to PDF. One part alone
 * ('3D', '5G') is no outline number.
 */
export const GLUED_OUTLINE_NUMBER = sv(/^\s*(\d{1,2}(?:\.\d{1,2})+)(?=\p{Lu}\p{Ll})/u);

/** Sentences that introduce the list of responsible units. */
export const OWNER_LIST_INTRO = sv(/\b(?:särskilt\s+ansvar|ansvar(?:ar)?\s+för|ansvariga\s+(?:verksamheter|enheter|förvaltningar))\b[^.]*:\s*$/i);

/**
 * Bodies that adopt documents, by the shape of their names: the councils and
 * boards of every municipality ('kommunfullmäktige', 'kommunstyrelsen'),
 * a committee of a board ('kommunstyrelsens arbetsutskott'), any
 * nämnd ('gymnasie- och vuxenutbildningsnämnden', 'miljönämnden', one named by
 * an adjective: 'tekniska nämnden', 'sociala nämnden') or utskott, and a
 * municipal company's board.
 */
export const ADOPTING_BODY = '(?:(?:kommun|region)(?:fullmäktige|styrelsen)(?:s\\s+(?:\\p{Ll}+a\\s+)?\\p{L}*utskott)?|(?:\\p{L}+-\\s+och\\s+)?(?:\\p{Ll}+a\\s+)?\\p{L}*nämnden|\\p{L}*utskottet|styrelsen|ledningsgruppen)';

/** Headings of a document-sharing page that are not the document. */
export const TRANSCRIPT_MARKERS = {
  relatedList: /^\s*relevanta\s+dokument\s*$/i,
  /** 'Transkript:' before the text, or 'Transkript' alone on a line before the page-number form ('1 …', '2 …', a paragraph a page). */
  transcriptStart: /^\s*transkript\s*(?::\s*|$)/i,
};

/** A masthead field, 'Ersätter: …', 'Antagen av: …': a label and its value, never a title. */
export const LABEL_VALUE = sv(/^\s*\p{L}[\p{L} ]{1,30}:\s+\S/u);

/** A cover title is set at least this much larger than the body text. */
export const COVER_TITLE_MIN_SIZE = 1.4;

/** Page numbers in words: 'Sida 3 av 9', 'Sid. 3/9', 's. 3 av 9', 'Sida 3 (9)' (as minutes give it); and 'Sida 3' alone. */
export const PAGE_N_OF_M_WORDS = /^\s*(?:sida|sid\.?|s\.)\s*(\d{1,4})\s*(?:(?:av|\/)\s*(\d{1,4})|\(\s*(\d{1,4})\s*\))\s*$/i;
export const PAGE_N_WORDS = /^\s*(?:sida|sid\.?)\s*(\d{1,4})\s*$/i;

/** An action's id, with its label where it has one: '1.2 Ta fram', 'A3 Införa', 'E1.2 Utreda', 'Åtgärd 4: Införa'. */
export const ITEM_ID = /(?<=^|\s)(?:(?:Åtgärd|Aktivitet|Insats)\s+)?((\p{Lu}{1,2})?(\d{1,3}(?:\.\d{1,2}){0,2}))[.:)]?\s+(?=[\p{Lu}"”])/gu;
/** A title led by its id, as an area's cell gives it: 'M1 Färre olyckor', 'D1.1 Fler hushåll …', 'B2: Trygga skolvägar', '2.1 Rent vatten'. */
export const ID_TITLE = /^(?:\p{Lu}{1,2})?\d{1,2}(?:\.\d{1,2}){0,2}[.:)]?\s+(?=\p{Lu})/u;
/** The label of a numbered action ('Åtgärd 4'): with it, a bare number is an item's id even at depth one. */
export const ITEM_ID_LABEL = /^(?:Åtgärd|Aktivitet|Insats)\s/u;

/** The label of a caption before its number ('Tabell 4.', 'Figur 2:', 'Diagram 1'): the title of the table or figure that follows, never one of a table's rows. */
export const CAPTION_LABEL = /^(?:Tabell|Figur|Diagram|Bild|Karta|Bilaga)$/u;

/** A time that runs on to a year after a status ('Uppskjuten till 2026'). */
export const UNTIL_YEAR = /^\s+till\s+(?:19|20)\d\d/;

/** What ties a partner to the owner before it ('KLK i samverkan med Region X'). */
export const PARTNER_JOIN = /\s+i\s+samverkan\s+med(?:\s+|$)|\s+tillsammans\s+med(?:\s+|$)/i;
/** What separates several owners: 'KLF/SBF', 'KLF, SBF', 'SBF (KLF)', 'KLF och SBF'. */
// 'och' joins two units only before a capital, and never after a part cut short ('Hälso- och sjukvårdsenheten', 'Vård och omsorg' are one unit's name);
// in lower case, as minutes write units in prose, only between two nouns in the definite form ('boendestödet och budget- och skuldrådgivningen'),
// or between a unit in the definite form and a post ('Fastighetsenheten och rektor', 'Socialtjänsten och enhetschef').
export const OWNER_SEPARATOR = new RegExp(
  `\\s*(?:\\/|,|;|\\(|\\)|(?<!-)\\s+(?:och|samt|&)\\s+(?=\\p{Lu})|(?<=\\p{Ll}{2}(?:${DEFINITE_FORM_ENDINGS}))\\s+och\\s+(?=\\p{Ll}[\\p{L}-]*(?:\\s+och\\s+\\p{Ll}+)?(?:${DEFINITE_FORM_ENDINGS})(?:\\s|$)|\\p{Ll}*(?:${ROLE_HEADS.words.join('|')})(?:\\s|$)))\\s*`,
  'u',
);

/** Words near a date that make it the document's own ('Publicerad', 'Senast uppdaterad', 'Daterad'). */
export const DATING_HINT = /publicer|uppdater|rapport|skapad|tjänsteskrivelse|daterad|upprättad|senast|revider|utskri|datum\s*:|\sper\s/i;
/** A line that is a date alone, or labelled 'Datum:'. */
export const DATE_LINE = /^\s*(?:datum:?\s*)?((?:19|20)\d\d-\d\d-\d\d)\s*$/i;
