import { GOAL_CLAUSE, isGovernedInfinitive } from '../../lang/morphology.js';
import { AREA_OWNER_SENTENCE, AREA_TIME_SENTENCE, CLAUSE_JOIN, LIST_AFTER_MODAL, MODAL_AND_REST, SUBJECT_MODAL_LEAD } from '../../lang/sections.js';
import { sv } from '../../lang/pattern.js';
import { timeInSentence } from '../activity-fields.js';
import { isOwnerPart, type Field } from '../outline/fields.js';
import type { Act, OutlineContext, Proposal } from '../resolve/proposal.js';
import { actionKind } from './action-item.js';
import { defineConstruction } from './define.js';
import { runInTitle } from './labelled-clauses.js';
import { sentences } from './owned-sentence.js';
import { areaOf, clauseActs, type Clause } from './proposed-clauses.js';

export const areaOwner = defineConstruction({
  id: 'activity/area-owner',
  description:
    "A plan in prose may name the owner once for a whole area, in a sentence that closes it ('Parkenheten ansvarar för åtgärderna.', 'Ansvarig är gatuenheten.'), perhaps with the time ('… och arbetet ska vara klart senast 2028.'): the sentences before it in its paragraph that say what someone shall do ('Kommunen ska …', 'Vi ska också …'), or the list after a modal and its colon ('Inom området X ska kommunen: a, b och c.'), are the area's actions, the paragraph's run-in title (closed by a full stop, or a colon before a sentence) its area, and a sentence that joins actions each dated on its own gives each; a paragraph that is only such a sentence gives its unit to the actions read before it in the area that have none.",
  positive: [
    {
      // A news page on a library plan: a heading per area, one paragraph of 'ska' sentences closed by the owner's sentence.
      doc: '# Öppna bibliotek\nKommunen ska hålla biblioteket i Ryd öppet på söndagar under 2027. Vi ska också införa meröppet i Åby senast 2028. Kulturenheten ansvarar för åtgärderna.\n# Läsning för barn\nKommunen ska dela ut en bok till varje sexåring under 2027. Biblioteket ansvarar för området och arbetet ska vara klart senast 2028.',
      focusAreas: ['Öppna bibliotek', 'Läsning för barn'],
      activities: ['hålla biblioteket i Ryd öppet på söndagar under 2027', 'införa meröppet i Åby senast 2028', 'dela ut en bok till varje sexåring under 2027'],
    },
    {
      // A road plan's news page: each area a paragraph opening with its title run in, its owner named last.
      doc: 'Kommunen har antagit en trafikplan.\nSäkra övergångar. Vi ska bygga om tre övergångsställen vid skolorna under 2027. Vi ska också belysa passagen vid stationen senast 2028. Ansvarig är gatuenheten.\nLugnare gator. Kommunen ska sänka hastigheten i Norrby under hösten 2027. Ansvarig är trafikenheten.',
      focusAreas: ['Säkra övergångar', 'Lugnare gator'],
      activities: ['bygga om tre övergångsställen vid skolorna under 2027', 'belysa passagen vid stationen senast 2028', 'sänka hastigheten i Norrby under hösten 2027'],
    },
    {
      // An officer's report on water: the area named in the sentence whose modal ends in a colon, the actions listed inside it.
      doc: '# Ärendet\nInom området Rent dricksvatten ska kommunen: byta de äldsta ledningarna i Ryd, bygga en reservvattentäkt vid Åsjön och provta brunnarna i Norrby och Åby varje år. VA-enheten ansvarar för området och arbetet ska vara klart senast 2029.',
      focusAreas: ['Rent dricksvatten'],
      activities: ['byta de äldsta ledningarna i Ryd', 'bygga en reservvattentäkt vid Åsjön', 'provta brunnarna i Norrby och Åby varje år'],
    },
    {
      // Minutes on school premises: the unit the subject of a sentence of numbered actions, the time in a sentence closing the area.
      doc: '# Skolgårdar\nFastighetsenheten ska (1) byta ut gungorna vid Ekskolan, (2) bygga ett tak över cykelstället och (3) plantera träd vid förskolan. Åtgärderna ska vara genomförda under 2028.',
      activities: ['byta ut gungorna vid Ekskolan', 'bygga ett tak över cykelstället', 'plantera träd vid förskolan'],
    },
    {
      // A news page on playgrounds: titles closed by a colon, two actions each dated in one sentence, the owner in a short closing sentence.
      doc: 'Kommunen antog i går en plan för lek och idrott.\nLekplatser: Kommunen ska bygga om lekplatsen i Ekbacken under 2027 och rusta upp gungorna i Norrparken senast i maj 2028. Parkenheten ansvarar.\nIdrott: Vi ska lägga konstgräs på Sjövallen under 2028. Fritidsenheten ansvarar.',
      focusAreas: ['Lekplatser', 'Idrott'],
      activities: ['bygga om lekplatsen i Ekbacken under 2027', 'rusta upp gungorna i Norrparken senast i maj 2028', 'lägga konstgräs på Sjövallen under 2028'],
    },
  ],
  negative: [
    // A time for the area's work with no unit to do it (the municipality itself as subject) names no owner: prose.
    { doc: '# Skolgårdar\nKommunen ska (1) byta ut gungorna, (2) bygga ett tak över cykelstället. Åtgärderna ska vara genomförda under 2028.', activities: [] },
    // A list of what was done, after a colon in the past tense, is a report, whoever is named after it.
    { doc: '# Arbetsresor\nUnder 2024 genomförde kommunen: en resvaneundersökning, två prova-på-veckor samt en ny cykelparkering. Fritidsenheten ansvarar för området.', activities: [] },
    // Goals with 'ska' before an owner's sentence are no actions.
    { doc: '# Miljö\nUtsläppen ska minska med hälften till 2030. Andelen förnybar energi ska öka. Miljöenheten ansvarar för arbetet.', activities: [] },
    // 'ska' sentences with no owner's sentence after them are prose: an event's practical notes.
    { doc: '# Marknaden\nBussarna ska gå via Västra vägen under kvällen. Kommunen ska ställa ut extra toaletter på torget.', activities: [] },
    // A unit that is responsible for something else names no owner of actions.
    { doc: '# Om planen\nKommunen ska följa upp planen varje år. Socialnämnden ansvarar för att planen följs upp i bokslutet.', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph') return;
      const text = view.text(i);
      const next = view.blocks[i + 1];
      // A printed page may set the owner's sentence apart when it opens a line of its own: the paragraph goes on in it.
      const ownerNext = next?.kind === 'paragraph' && readOwnedArea(view.text(i + 1))?.clauses.length === 0;
      const read = readOwnedArea(text) ?? (ownerNext ? readOwnedArea(view.doc.text.slice(b.start, next.end).replace(/\s/gu, ' ')) : null);
      if (!read) return;
      if (read.clauses.length === 0) {
        out.push({ block: i, construction: 'activity/area-owner', rule: 'field/area-owner', role: 'field', evidence: [{ id: 'area-owner-sentence', weight: 0.7 }], acts: [{ op: 'area-fields', fields: read.fields, rule: 'field/area-owner' }] });
        return;
      }
      const acts: Act[] = clauseActs(b, read.area, read.clauses, 'section/area-owner-title', 'activity/area-owner-sentence');
      const when = read.area ? undefined : (ctx: OutlineContext) => ctx.current.heading !== null;
      out.push({ block: i, construction: 'activity/area-owner', rule: 'activity/area-owner', role: 'activity', evidence: [{ id: 'area-owner-sentence', weight: 0.7 }], ...(when ? { when } : {}), acts });
    });
    return out;
  },
});

/**
 * What a paragraph closed by an area's owner sentence holds: its run-in title, its
 * sentences of what someone shall do (each without its subject and modal, with the
 * owner's and the time's fields), and those fields; null where the last sentence names
 * no area's owner or a sentence before it is no such action.
 */
export function readOwnedArea(text: string): { area: Parameters<typeof clauseActs>[1]; clauses: Clause[]; fields: Field[] } | null {
  const runIn = runInTitle(text, true, true);
  const body = runIn?.body ?? 0;
  const all = sentences(text.slice(body)).map((s) => ({ start: s.start + body, text: s.text }));
  const last = all.at(-1);
  const m = last && AREA_OWNER_SENTENCE.pattern.exec(last.text.trim());
  const t = last && !m ? AREA_TIME_SENTENCE.pattern.exec(last.text.trim()) : null;
  if (!last || (!m && !t)) return null;
  const fields = m ? ownerFields(last.start, last.text, m) : [fieldAt('time', last.start, last.text, t![1])];
  const clauses: Clause[] = [];
  let area: Parameters<typeof clauseActs>[1] = runIn ? { title: runIn.title, start: 0, label: null } : null;
  for (const s of all.slice(0, -1)) {
    const listed = listAfterModal(s.text);
    if (listed) {
      area ??= listed.area && { ...listed.area, start: s.start + listed.area.start };
      clauses.push(...listed.items.map((it) => ({ start: s.start + it.start, text: it.text, fields })));
      continue;
    }
    const lead = SUBJECT_MODAL_LEAD.exec(s.text);
    if (!lead || GOAL_CLAUSE.test(s.text)) return null;
    // Where the closing sentence gives only the time, the unit that shall do the work is the sentence's subject.
    const subject = lead[0].replace(MODAL_AND_REST, '');
    const own = m ? fields : isOwnerPart(subject) ? [...fields, fieldAt('owner', s.start, s.text, subject)] : null;
    if (!own) return null;
    const rest = s.text.slice(lead[0].length).replace(/[.!]\s*$/u, '');
    const items = markedItems(rest) ?? datedItems(rest) ?? [{ start: 0, text: rest }];
    if (!items.every((it) => isVerbal(it.text))) return null;
    clauses.push(...items.map((it) => ({ start: s.start + lead[0].length + it.start, text: it.text, fields: own })));
  }
  if (runIn && clauses.length === 0) return null;
  return { area, clauses, fields };
}

const isVerbal = (piece: string) => actionKind(piece) === 'verb' || isGovernedInfinitive(piece.split(/\s+/u)[0]);
/** Where a list inside a sentence may go on to its next item: a comma, or the join word before the last. */
const LIST_BREAK = sv(`,\\s+|\\s+(?:${CLAUSE_JOIN.words.join('|')})\\s+`, 'giu');

/**
 * The actions listed after a modal and its colon inside one sentence ('Inom området X ska
 * kommunen: städa …, sätta upp … och låna ut ….'), two at least, with the area the words before
 * the modal name; null where the list's first item is no action. A comma or 'och' whose next
 * words are no infinitive stays inside its item ('… i Grebbestads och Fjällbackas hamnar').
 */
function listAfterModal(sentence: string): { area: Parameters<typeof clauseActs>[1]; items: Array<{ start: number; text: string }> } | null {
  const m = LIST_AFTER_MODAL.exec(sentence);
  if (!m) return null;
  const items = verbalItems(sentence.slice(m[0].length).replace(/[.!]\s*$/u, '')).map((it) => ({ ...it, start: m[0].length + it.start }));
  if (items.length < 2 || !items.every((it) => isVerbal(it.text))) return null;
  return { area: areaOf(m[1]), items };
}

/** The pieces of a list of infinitives in one sentence's body, cut at each comma or join word whose next words are an infinitive. */
function verbalItems(body: string): Array<{ start: number; text: string }> {
  const items: Array<{ start: number; text: string }> = [];
  let from = 0;
  for (const b of body.matchAll(LIST_BREAK)) {
    const next = body.slice(b.index! + b[0].length);
    if (!isVerbal(next)) continue;
    items.push({ start: from, text: body.slice(from, b.index) });
    from = b.index! + b[0].length;
  }
  items.push({ start: from, text: body.slice(from) });
  return items;
}

/**
 * The actions of one 'ska' sentence that joins several, each dated on its own ('röja leden under
 * våren 2027 och märka en ny slinga senast i oktober 2027'), or null: two verbs that share one time
 * or none ('inventera träden och lägga in dem i ett register under 2027') are one action.
 */
function datedItems(body: string): Array<{ start: number; text: string }> | null {
  const items = verbalItems(body);
  return items.length >= 2 && items.every((it) => timeInSentence(it.text)) ? items : null;
}

/** The mark of an item numbered inside a sentence ('(1) byta …, (2) installera … och (3) släcka …'), with the comma or join word before it. */
const ITEM_MARK = sv(`(?:,|\\s+(?:${CLAUSE_JOIN.words.join('|')}))?\\s*\\(\\d{1,2}\\)\\s*`, 'giu');

/** The items of a sentence's body numbered '(1) …, (2) … och (3) …', counting on from 1, two at least; else null. */
function markedItems(body: string): Array<{ start: number; text: string }> | null {
  const marks = [...body.matchAll(ITEM_MARK)];
  if (marks.length < 2 || marks[0].index !== 0 || marks.some((mk, k) => !mk[0].includes(`(${k + 1})`))) return null;
  return marks.map((mk, k) => ({ start: mk.index! + mk[0].length, text: body.slice(mk.index! + mk[0].length, marks[k + 1]?.index ?? body.length).trim() }));
}

/** A field read from a value found in a sentence at `at` in the paragraph. */
function fieldAt(role: 'owner' | 'time', at: number, sentence: string, value: string): Field {
  const v = at + sentence.lastIndexOf(value);
  return { role, label: '', value, start: v, end: v + value.length, rule: 'field/area-owner' };
}

/** The owner's field and, where the sentence gives one, the time's, at their offsets in the paragraph. */
function ownerFields(at: number, sentence: string, m: RegExpExecArray): Field[] {
  const unit = m[1] ?? m[3];
  const fields: Field[] = [];
  const u = at + sentence.indexOf(unit);
  fields.push({ role: 'owner', label: '', value: unit, start: u, end: u + unit.length, rule: 'field/area-owner' });
  if (m[2]) {
    const t = at + sentence.lastIndexOf(m[2]);
    fields.push({ role: 'time', label: '', value: m[2], start: t, end: t + m[2].length, rule: 'field/area-owner' });
  }
  return fields;
}
