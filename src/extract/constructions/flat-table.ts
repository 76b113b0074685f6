import { labelWords } from '../../lang/fields.js';
import { escapeRegExp, sv } from '../../lang/pattern.js';
import { ASSESSMENT_WORDS, LIGHT_SYMBOLS } from '../../lang/status.js';
import { actionKind } from './action-item.js';
import { REPORTED_TENSE } from '../../lang/morphology.js';
import { defineConstruction } from './define.js';

export const flatTable = defineConstruction({
  id: 'table/flattened-body',
  description: "An activity table whose body the reading gave as lines (a report tool's export): after its header, each activity is followed by 'Kommentar:' and its comment; a line that repeats a goal of the goal list above ('Nämndmål Bedömning …') heads the activities under it.",
  positive: [
    {
      doc: '## 04 Hav och marina resurser\nNämndmål Bedömning Verka för kunskapsspridning om havsmiljön.\n| Aktivitet | Status | Färdiggrad |\nVerka för kunskapsspridning om havsmiljön.\nFöreläsningar för medborgare och medarbetare.\nKommentar:\nBiblioteket har haft föredrag om fiskar.\nSkapa verksamhet om hotade kulturmiljöer.\nKommentar:\nFyra föredrag hölls under hösten.',
      subAreas: ['Verka för kunskapsspridning om havsmiljön.'],
      activities: ['Föreläsningar för medborgare och medarbetare.', 'Skapa verksamhet om hotade kulturmiljöer.'],
    },
  ],
  negative: [
    { doc: '## Ekonomi\n| Aktivitet | Status | Färdiggrad |\nKommentar:\nBudgeten hölls.', activities: [] },
  ],
});

const COMMENT_WORDS = labelWords(['comment']);
/** 'Kommentar:' alone on its line: the comment of the activity above follows. */
export const COMMENT_LABEL = sv(`^(?:${COMMENT_WORDS})\\s*:\\s*$`, 'i');
/**
 * A goal table's header run into its first goal: a goal column's label and an assessment
 * or status column's label, capitalised as headers are, then the goal ('Nämndmål Bedömning X',
 * 'Effektmål Status X'). The label words are the field labels' own.
 */
const GOAL_TABLE_HEADER = sv(`^(${labelWords(['goal'])})\\s+(${labelWords(['track', 'status'])})\\s+(.+)$`, 'iu');

/** The goal after a goal table's run-in header, or null; both labels and the goal start in capitals (/i cannot say so). */
export function goalTableStart(text: string): { goal: string } | null {
  const m = GOAL_TABLE_HEADER.exec(text);
  if (!m || ![m[1], m[2], m[3]].every((w) => /^\p{Lu}/u.test(w))) return null;
  return { goal: m[3] };
}
/** 'Landsbygdsbibblan: Undersöka …': an activity named before a colon. */
const NAMED = /^\p{Lu}[^:.]{2,60}:\s+\S/u;

/** Whether a line after a comment starts the next activity: it is named, or reads as an action and reports nothing. */
export function startsActivity(text: string): boolean {
  if (NAMED.test(text) && !COMMENT_LABEL.test(text)) return true;
  const kind = actionKind(text);
  const first = text.split(/(?<=[.!?])\s/)[0];
  return (kind === 'verb' || kind === 'noun') && !REPORTED_TENSE.test(first);
}

/** Text folded for comparing a goal with its repetition as a band ('… ska öka.' = '… ska öka'). */
export function goalKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Two folded texts with mostly the same words (Jaccard at least 0.75): one goal, read twice. */
export function sameWords(a: string, b: string): boolean {
  const x = new Set(a.split(' '));
  const y = new Set(b.split(' '));
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared) >= 0.75;
}

const SYMBOLS = LIGHT_SYMBOLS.map(escapeRegExp).join('|');
/** Where one goal of a goal list ends and the next begins: after a sentence and its assessment, before a capital. */
const GOAL_BREAK = new RegExp(`(?<=[.!?](?:\\s*(?:${SYMBOLS}|${ASSESSMENT_WORDS}))*)\\s+(?=\\p{Lu})(?!${ASSESSMENT_WORDS})`, 'gu');
const ASSESSMENT_IN = new RegExp(`(${SYMBOLS})|(?<=[.!?]\\s*)(${ASSESSMENT_WORDS})\\s*$`, 'u');

export interface ListedGoal {
  /** Offsets in the text given. */
  start: number;
  end: number;
  /** The goal with its assessment taken out. */
  title: string;
  assessment?: { raw: string; start: number; end: number };
}

/**
 * The goals of a goal list's text, each with its assessment: words after it
 * ('Delvis uppfyllt') or a light symbol a reader wrote for the picture beside
 * it, which may stand inside the goal where the picture stood beside its first
 * line ('… möjligheterna i ✅ kulturarvet …').
 */
export function splitGoals(text: string): ListedGoal[] {
  const out: ListedGoal[] = [];
  let from = 0;
  for (const cut of [...text.matchAll(GOAL_BREAK), null]) {
    const to = cut ? cut.index! : text.length;
    const part = text.slice(from, to);
    const lead = part.length - part.trimStart().length;
    const m = ASSESSMENT_IN.exec(part);
    const raw = m ? (m[1] ?? m[2]) : undefined;
    const at = m ? m.index + m[0].indexOf(raw!) : -1;
    const title = (m ? part.slice(0, at) + part.slice(at + raw!.length) : part).replace(/\s+/g, ' ').trim();
    if (title.length > 8 && /\p{L}{3}/u.test(title)) {
      // An assessment after the goal is not part of it; one inside it (a symbol beside its first line) stays in its span.
      const closing = raw !== undefined && part.slice(at + raw.length).trim() === '';
      const end = from + (closing ? part.slice(0, at).trimEnd().length : part.trimEnd().length);
      out.push({ start: from + lead, end, title, ...(raw ? { assessment: { raw, start: from + at, end: from + at + raw.length } } : {}) });
    }
    from = cut ? cut.index! + cut[0].length : text.length;
  }
  return out;
}
