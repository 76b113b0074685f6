import { SECTION_LABELS, SHALL_WORD, WHERE_CLAUSE, type SectionLabel, SECTION_LABEL_WORDS } from '../../lang/sections.js';
import { sv } from '../../lang/pattern.js';
import { makeHeading } from '../outline/heading.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { classifyLeadIn } from './lead-in.js';
import { titleLength } from './title.js';
import { defineConstruction } from './define.js';

/** A section label and its number with nothing after them ('Mål 3', 'Tema 2:'). */
export const BARE_LABEL = /^\p{L}+(?:\s+\p{L}+)?\s+\d{1,2}(?:\.\d{1,2})*\s*[:.]?$/u;

export const sectionLabel = defineConstruction({
  id: 'section/labelled',
  description: "A heading, band row or line that opens with a section label ('Fokusområde 2:', 'Målområde 1', 'Tema 3 –', 'Delmål 1.2'), in any of the genre's Swedish forms.",
  positive: [
    { doc: '## Målområde 1: Service\n- Införa en digital felanmälan\n## Målområde 2: Mark\n- Köpa in mark för industri', focusAreas: ['Service', 'Mark'], activities: ['Införa en digital felanmälan', 'Köpa in mark för industri'] },
    { doc: 'Tema 1 Dialog\n- Genomföra dialogmöten\nTema 2 Kompetens\n- Starta en yrkesutbildning', focusAreas: ['Dialog', 'Kompetens'] },
    // A year after a label is no section number: 'Mål 2030 –' states the area's goal, it opens no section '20'.
    { doc: '## Fokusområde 1 – Energi\nMål 2030 – Energianvändningen i kommunens lokaler ska minska med 20 procent.\n- Byta belysningen i skolorna till LED\n## Fokusområde 2 – Transporter\nMål 2030 – Kommunens fordon ska vara fossilfria.\n- Bygga laddplatser vid kommunhuset', focusAreas: ['Energi', 'Transporter'], activities: ['Byta belysningen i skolorna till LED', 'Bygga laddplatser vid kommunhuset'] },
    { doc: '# Strategiskt område 1 – Attraktiv plats\n## Delmål 1.1 Stadskärnan\n- Utveckla stadskärnan\n## Delmål 1.2 Besöksnäring\n- Rusta upp gästhamnen\n# Strategiskt område 2 – Kompetens\n- Starta ett lärlingsprogram', focusAreas: ['Attraktiv plats', 'Kompetens'], subAreas: ['Stadskärnan', 'Besöksnäring'] },
    // A label line that a lost line break ran into the field below it: the title ends at the field's label.
    { doc: 'Målområde 1: Förnybar energi Indikator: Andel förnybar el i kommunens lokaler.\nÅtgärd 1: Installera solceller på skolorna\nMålområde 2: Hållbara resor Indikator: Antal laddpunkter.\nÅtgärd 2: Bygga laddplatser vid kommunhuset', focusAreas: ['Förnybar energi', 'Hållbara resor'] },
    { doc: 'Insatsområde 1 – Trygga miljöer Mål 2026 – Andelen som känner sig trygga ska öka\n- Förbättra belysningen i parkerna\nInsatsområde 2 – Tidiga insatser Mål 2026 – Färre unga ska begå brott\n- Anställa fler fältassistenter', focusAreas: ['Trygga miljöer', 'Tidiga insatser'] },
    // 'Nämndmål N:' and 'Spår N –' as Word headings and as lines of a transcript or a plain-text export.
    { doc: '# Nämndmål 1: Fler besökare i biblioteken\n- Förlänga öppettiderna på huvudbiblioteket\n# Nämndmål 2: Ett rikt föreningsliv\n- Sänka hyrorna för föreningar i kommunens lokaler', focusAreas: ['Fler besökare i biblioteken', 'Ett rikt föreningsliv'] },
    { doc: 'Nämndmål 1: Fler besökare i biblioteken\n- Förlänga öppettiderna på huvudbiblioteket\nNämndmål 2: Ett rikt föreningsliv\n- Sänka hyrorna för föreningar i kommunens lokaler', focusAreas: ['Fler besökare i biblioteken', 'Ett rikt föreningsliv'] },
    { doc: '# Spår 1 – Cirkulär ekonomi\n- Öppna en återbruksbutik vid återvinningscentralen\n# Spår 2 – Mindre matsvinn\n- Väga matsvinnet i skolköken', focusAreas: ['Cirkulär ekonomi', 'Mindre matsvinn'] },
    { doc: 'Spår 1 – Cirkulär ekonomi\n- Öppna en återbruksbutik vid återvinningscentralen\nSpår 2 – Mindre matsvinn\n- Väga matsvinnet i skolköken', focusAreas: ['Cirkulär ekonomi', 'Mindre matsvinn'] },
    // 'Område' alone is the label too, as minutes set a plan's parts in a decision ('Område 2 – X').
    { doc: 'Område 1 – Levande centrum\n- Rusta upp torget med nya bänkar\nOmråde 2 – Trygga parker\n- Belysa parkstråken i Norrby', focusAreas: ['Levande centrum', 'Trygga parker'], activities: ['Rusta upp torget med nya bänkar', 'Belysa parkstråken i Norrby'] },
    // A goal set as a heading under its area, its label without a number ('Mål:', 'Inriktning –'), states what shall be: no section of its own.
    { doc: '# Målområde 1: Trygg trafik\n## Mål: Antalet skadade i trafiken ska halveras till 2030\n- Bygga om korsningen vid skolan\n# Målområde 2: Gröna stråk\n## Inriktning – Alla invånare ska ha nära till en park\n- Plantera träd längs Storgatan', focusAreas: ['Trygg trafik', 'Gröna stråk'], subAreas: [], activities: ['Bygga om korsningen vid skolan', 'Plantera träd längs Storgatan'] },
    // Mål → Delmål → Åtgärd, the action's id carrying the goal's and sub-goal's numbers.
    { doc: '# Mål 1 Minskade utsläpp\n## Delmål 1.1 Fossilfria transporter\nÅtgärd 1.1.1: Byta till elbilar i hemtjänsten. Ansvar: VOF Tid: 2025\n## Delmål 1.2 Energieffektiva lokaler\nÅtgärd 1.2.1: Byta till LED i skolorna. Ansvar: FAST Tid: 2025\n# Mål 2 Ren natur\n## Delmål 2.1 Rena sjöar\nÅtgärd 2.1.1: Åtgärda enskilda avlopp vid sjön. Ansvar: MBF Tid: 2027', focusAreas: ['Minskade utsläpp', 'Ren natur'], subAreas: ['Fossilfria transporter', 'Energieffektiva lokaler', 'Rena sjöar'], activities: ['Byta till elbilar i hemtjänsten.', 'Byta till LED i skolorna.', 'Åtgärda enskilda avlopp vid sjön.'] },
  ],
  negative: [
    // A goal written after a label is a sentence, not a section title.
    { doc: 'Inriktning: Kommunen ska vara en plats där alla känner sig trygga, dygnet runt och i alla delar av kommunen.', focusAreas: [], activities: [] },
    // 'Området …' opening a sentence names no section either.
    { doc: 'Området kring stationen ska rustas upp under 2027.\n- Rusta upp torget med nya bänkar', focusAreas: [] },
    // A label word opening a sentence ('Målen är …', 'Spåren visar …') names no section.
    { doc: 'Målen är satta av fullmäktige.\nSpåren visar hur arbetet ska gå till.\n- Väga matsvinnet i skolköken', focusAreas: [] },
  ],
  propose: (view) => view.blocks.flatMap((b, i) => (b.kind === 'row' ? [] : proposeLabel(view, i))),
});

const ruleOf = (l: SectionLabel) => l.id.replace('label/', 'section/label-');

/** 'Mål 3' alone with its title on the next line, or a label before a title on one line. */
function proposeLabel(view: DocView, i: number): Proposal[] {
  const b = view.blocks[i];
  const text = view.text(i);
  const trimmed = view.trimmed(i);
  const base = { block: i, construction: 'section/labelled', role: 'area' as const };
  const bare = BARE_LABEL.test(trimmed) ? matchSectionLabel(`${trimmed} X`, true) : null;
  if (bare) {
    const next = view.blocks[i + 1];
    const nextText = next && next.kind !== 'row' ? view.trimmed(i + 1) : '';
    const useNext = nextText.length > 0 && nextText.length <= 250 && !BARE_LABEL.test(nextText) && matchSectionLabel(nextText, false) === null;
    const extra = { label: bare.label, number: bare.number, level: b.kind === 'heading' ? (b.level ?? null) : null, size: b.size ?? null };
    const heading = useNext ? makeHeading(next, view.begin(i + 1), nextText.replace(/[.:]$/, ''), 'heading', ruleOf(bare.label), extra) : makeHeading(b, view.begin(i), trimmed, 'heading', ruleOf(bare.label), extra);
    return [{ ...base, rule: 'section/bare-label', evidence: [{ id: 'label-and-number', weight: 0.9 }], acts: [{ op: 'open', heading, ...(useNext ? { consumes: i + 1 } : {}) }] }];
  }
  const label = trimmed.length < 400 ? matchSectionLabel(text, b.kind === 'heading') : null;
  if (!label || !isTitleLine(text.slice(label.offset), b.kind === 'heading', label.number !== null || b.kind === 'item')) return [];
  const rest = text.slice(label.offset);
  const where = WHERE_CLAUSE.test(rest);
  const len = b.kind === 'heading' || where ? rest.length : titleLength(rest);
  const heading = makeHeading(b, b.start + label.offset, cleanTitle(rest.slice(0, len)), 'heading', ruleOf(label.label), { label: label.label, number: label.number, where, leadIn: classifyLeadIn(rest) });
  return [{ ...base, rule: 'section/labelled', evidence: [{ id: label.marked ? 'label-marked' : 'label-in-heading', weight: label.marked ? 0.9 : 0.7 }], acts: [{ op: 'open', heading }] }];
}

/** A section title: short, no sentence of its own (a labelled line that is a sentence is a goal, not a heading). */
function isTitleLine(rest: string, isHeading: boolean, numbered: boolean): boolean {
  const t = rest.trim();
  if (!t) return false;
  if (isHeading) return t.length < 200 && (numbered || !statesGoal(t));
  const len = titleLength(t);
  const title = t.slice(0, len);
  if (title.split(/\s+/).length > 14 || SHALL_WORD.test(title)) return false;
  // Without a number the label must stand before a title alone: 'Mål: Företagen kan …' is a goal.
  return numbered || (len === t.length && !/[.!?]$/.test(t) && t.split(/\s+/).length <= 12);
}

/** A title that states what shall be ('Resultatet ska uppgå till …'): a goal's words, not a section's name. */
const statesGoal = (title: string) => SHALL_WORD.test(title.slice(0, titleLength(title)));

/**
 * A heading whose label has no number and whose words state what shall be
 * ('Mål: Resultatet ska uppgå till minst 2 procent', 'Inriktning: Alla ska
 * känna sig trygga'): a goal set as a heading, as a planning system's export
 * sets the goal line under its area, not a section of its own.
 */
export function isLabelledGoal(text: string): boolean {
  const label = matchSectionLabel(text, true);
  return label !== null && label.number === null && statesGoal(text.slice(label.offset).trim());
}

const labelPattern = (l: SectionLabel) => sv(`^(${l.pattern})\\b(?:\\s+(\\d{1,2}(?:\\.\\d{1,2})*(?!\\d)|[A-ZÅÄÖ](?=[\\s:.–-])))?\\s*(?:[:.–—-]\\s*)?`, 'i');
const compiled = SECTION_LABELS.map((l) => ({ label: l, pattern: labelPattern(l) }));
/** Any label at the start, as each label's pattern opens: most blocks open with none, and one test then says so for all of them. */
const ANY_LABEL = sv(`^(?:${SECTION_LABEL_WORDS})\\b`, 'i');

export interface LabelMatch {
  label: SectionLabel;
  number: string | null;
  /** Where the title begins in the text. */
  offset: number;
  /** A separator (':', '–', a number) followed the label: 'Tema 1 X', 'Målområde: X'. */
  marked: boolean;
}

/** A bare number set before a title, as a layout program's numbered box is read ('1  Insatsområde 1 …'). */
const BADGE = /^(\d{1,2})\s+(?=\p{Lu})/u;

/**
 * The section label at the start of a text. Without a number or separator
 * ('Tema och inriktning') a label counts only in a heading or band, where
 * `loose` is set.
 */
export function matchSectionLabel(text: string, loose: boolean): LabelMatch | null {
  const trimmed = text.trimStart();
  const lead = text.length - trimmed.length;
  // A badge before the label that repeats its number ('1  Insatsområde 1 Tidig upptäckt', a layout's numbered box):
  // the label is the title's; a number that is another ('2 Insatsområde 1') is no badge of it.
  const badge = BADGE.exec(trimmed);
  if (badge) {
    const inner = matchSectionLabel(trimmed.slice(badge[0].length), loose);
    if (inner?.number === badge[1]) return { ...inner, offset: lead + badge[0].length + inner.offset };
  }
  if (!ANY_LABEL.test(trimmed)) return null;
  for (const { label, pattern } of compiled) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const marked = m[2] !== undefined || /[:.–—-]\s*$/.test(m[0]);
    if (!marked && !loose) continue;
    const rest = trimmed.slice(m[0].length);
    // 'Målen är …', 'Temat för …': the label word was the start of a sentence.
    if (!/^[\p{Lu}\d"”“]/u.test(rest) && !(loose && marked)) continue;
    if (!rest.trim()) continue;
    return { label, number: m[2] ?? null, offset: lead + m[0].length, marked };
  }
  return null;
}

/** A section title: its where-clause, trailing colon and spaces cut. */
export function cleanTitle(text: string): string {
  return text.replace(WHERE_CLAUSE, '').replace(/[\s,;:–-]+$/, '').trim();
}
