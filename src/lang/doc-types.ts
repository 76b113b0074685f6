import { sv } from './pattern.js';
import type { DocType } from '../core/types.js';

export interface DocTypePattern {
  id: string;
  docType: DocType;
  /** Matched against a title or a self-reference ('Denna handlingsplan …'). */
  pattern: RegExp;
}

/**
 * Document-type words. In a title the first word found decides, so
 * 'Uppföljning näringslivsstrategi och handlingsplan' is a follow-up.
 */
export const DOC_TYPE_PATTERNS: DocTypePattern[] = [
  { id: 'doctype/uppfoljning', docType: 'uppfoljning', pattern: sv(/\b(?:\w*uppföljning|lägesrapport|statusrapport|delrapport|delårsrapport|årsbokslut|årsredovisning|verksamhetsberättelse|årsrapport|måluppföljning|tertialrapport)\w*/i) },
  { id: 'doctype/aktivitetsplan', docType: 'aktivitetsplan', pattern: sv(/\b(?:\w*aktivitetsplan|\w*aktivitetslista)\w*/i) },
  { id: 'doctype/handlingsplan', docType: 'handlingsplan', pattern: sv(/\b\w*(?:handlingsplan|åtgärdsplan|åtgärdsprogram)\w*/i) },
  { id: 'doctype/strategi', docType: 'strategi', pattern: sv(/\b\w*strategi(?:n|er|erna|ns)?\b/i) },
  { id: 'doctype/program', docType: 'program', pattern: sv(/\b\w*program(?:met|mets)?\b/i) },
  { id: 'doctype/policy', docType: 'policy', pattern: sv(/\b\w*(?:policy|policyn|riktlinje|riktlinjen|riktlinjer|riktlinjerna)\b/i) },
  { id: 'doctype/plan', docType: 'handlingsplan', pattern: sv(/\b\w+plan(?:en)?\b/i) },
];

/** Signs of a news page: a 'Nyheter' breadcrumb, 'Pressmeddelande'. */
export const NEWS_MARKERS: RegExp[] = [/^\s*(?:nyheter|nyhet|pressmeddelande|aktuellt)\s*$/i, sv('^\\s*publicerad:?\\s+(?:\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d)\\s*$', 'i')];

/**
 * Parts of a news page's masthead line, among others split by '·' or a breadcrumb's '›' ('Nyhet · Publicerad 2025-06-03',
 * 'Start › Trafik › Nyheter › Ny plan …'): a label of the page itself, and the section a breadcrumb ends in.
 * A site's menu lists 'Nyheter' among its sections too; only a breadcrumb's last steps name the page's.
 */
export const NEWS_LABEL = /^\s*(?:nyhet|pressmeddelande)\s*$/i;
export const NEWS_SECTION = /^\s*(?:nyheter|aktuellt|pressmeddelanden)\s*$/i;

/**
 * Words that date a page or a report: 'Publicerad 16 maj 2024', 'Sidan
 * uppdaterades 30 januari 2025', 'Rapport till kommunstyrelsen 2024-02-13',
 * 'Reviderad med uppföljning 2025-09-30' (a plan revised with its follow-up is dated by the revision),
 * 'Utskriven 2025-05-02' (a planning system's report is dated by its print),
 * 'Rapport skapad 2024-04-03 10:12', 'Lägesrapport till nämnden 2024-05-06', 'Datum: 2024-03-11',
 * 'Rapportdatum 2026-10-12', 'Dokumentdatum: 2025-02-01',
 * 'Uppföljning per 2024-06-30', 'status per den 31 augusti 2024' (a follow-up is dated by the day it
 * reports on, where it names no later day of its own).
 * The date follows within a few words. A report to come ('nästa lägesrapport per 2026-02-28') dates another document.
 */
export const DATING_WORDS = sv(/(?<!\b(?:nästa|kommande)\s+)\b(?:publicerad|publicerades|uppdaterad|uppdaterades|senast\s+(?:uppdaterad|ändrad|granskad)|\w*rapport(?:\s+till\s+\w+|\s+skapad)?|skapad|tjänsteskrivelse|daterad|upprättad|reviderad(?:es)?(?:\s+med\s+\w+)?|utskriven|utskriftsdatum|(?:rapport|dokument)datum|(?:\w*uppföljning|status|läget)\s+per)\b|\bdatum\s*:/i);

/** 'Denna handlingsplan …', 'det här programmet': a document naming its own type; group 1 is the type word. */
export const SELF_REFERENCE = sv(/\b(?:denna|detta|den\s+här|det\s+här|föreliggande)\s+(\w+)/gi);

/** The date of the meeting that minutes record ('Sammanträdesdatum 2025-10-16', 'Datum för sammanträdet: 12 mars 2025'): the minutes' own date. */
/** The label of a decision's date in a document's table of facts ('Beslutad av | X', 'Datum | 2026-06-10'), between the body and its date. */
export const DECISION_DATE_LABEL = { id: 'date/decision-label', words: '(?:besluts)?datum' };

export const MEETING_DATE = { id: 'date/meeting', pattern: sv(/\b(?:sammanträdesdatum|sammanträdet?|mötesdatum|datum\s+för\s+sammanträdet)\s*:?\s*(?:den\s+)?/iu) };

/** The formula by which minutes record a body's decision to adopt ('Kommunstyrelsen beslutar att anta …', '… beslutar 1. att anta …', 'Kommunstyrelsen antar …'): the words after the body's name. */
export const MINUTES_ADOPTION = { id: 'adoption/minutes-decision', words: '(?:(?:beslutar|beslutade)\\s*:?\\s*(?:(?:\\d{1,2}[.)]|[-•–])\\s*)?att\\s+(?:anta|godkänna|fastställa)|antar|godkänner|fastställer)\\b', verbs: /beslut(?:ar|ade)|antar|godkänner|fastställer/giu };

/** The number of a paragraph of minutes before the matter's title ('§ 112 Handlingsplan för …', '§ 45. Plan …'): no part of the title. */
export const MINUTES_PARAGRAPH = { id: 'title/minutes-paragraph', pattern: /^§\s*\d{1,4}\s*[.:–-]?\s+(?=\S)/u };
