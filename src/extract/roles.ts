import type { ActivityRow, FocusAreaRow, Message, Status } from '../core/types.js';
import { UNCERTAIN_BELOW } from '../core/quality.js';
import { ACTION_HEADING, FRAME_HEADINGS, READER_ADDRESS } from '../lang/sections.js';
import { REPORTED_SPEECH } from '../lang/list-content.js';
import { actionKind, statesObligation } from './constructions/action-item.js';
import { reportsPast } from '../lang/morphology.js';
import { judgeList, type ListVerdict } from './constructions/list-content.js';
import { cellKind } from '../clean/cell-kinds.js';
import { matchSectionLabel } from './constructions/section-label.js';
import { goalKey } from './constructions/flat-table.js';
import type { Entry, Heading, Outline, Section } from './outline/types.js';
import { GROUP_FIELD } from '../lang/fields.js';
import { PLAN_OWNER_RULE } from './constructions/plan-owner.js';
import { activityFields, timeInSentence, type PictureLookup } from './activity-fields.js';
import { yearsIn } from './rules/years.js';
import type { Legend } from './constructions/legend.js';
import { ASSESSMENT_TRACKS, SYMBOL_TRACKS } from '../lang/status.js';
import { DONE_BY_AFTER_DASH } from '../lang/timeline.js';
import type { OwnerDefinition } from './rules/owners.js';
import { statesPrinciples } from './principles.js';

export type Outcome = 'plan' | 'partial' | 'none';

export interface Structure {
  focusAreas: FocusAreaRow[];
  activities: ActivityRow[];
  ownerNames: OwnerDefinition[];
  messages: Message[];
  outcome: Outcome;
}

/** Confidence of an activity by the strongest evidence for it; documented in README (Extraction). */
const EVIDENCE = {
  tableNamed: 0.95,
  fields: 0.9,
  numberedAction: 0.9,
  leadIn: 0.85,
  clause: 0.8,
  tableInferred: 0.75,
  verb: 0.7,
  siblings: 0.6,
} as const;

interface Candidate {
  entry: Entry;
  section: Section;
  confidence: number;
  rules: string[];
}

const NOT_ACTIONS = new Set<ListVerdict>(['goal', 'indicator', 'report', 'instruction']);

const isFrame = (s: Section) => !!s.heading && FRAME_HEADINGS.test(s.heading.title) && !s.heading.label;

/** The strongest evidence that an entry is an activity, or null for an entry that is none. */
function evidence(entry: Entry, section: Section, actionSiblings: boolean): { confidence: number; rule: string } | null {
  const kind = actionKind(entry.text);
  const lead = entry.leadIn ?? section.heading?.leadIn ?? null;
  // 'Mål 4 gäller även skolorna': a reference to a section, not an item of a list.
  if (matchSectionLabel(entry.text, true)?.number) return null;
  if (lead && (lead.kind === 'non-action' || lead.kind === 'focus-list' || lead.kind === 'owners')) return null;
  if (entry.kind === 'row') return { confidence: entry.table!.named ? EVIDENCE.tableNamed : EVIDENCE.tableInferred, rule: 'activity/table-row' };
  if (entry.kind === 'numbered-action') return { confidence: EVIDENCE.numberedAction, rule: 'activity/numbered-action' };
  // A news page's quotation, set with a dash as an item after the list ('– Blommorna gör skillnad, säger Anna Berg.'), is speech, whatever it opens with.
  if (entry.kind === 'item' && !entry.fields.some((f) => !SHARED_FIELD_RULES.has(f.rule)) && REPORTED_SPEECH.pattern.test(entry.text)) return null;
  if (hasField(entry)) return { confidence: EVIDENCE.fields, rule: 'activity/item-with-fields' };
  // Under a heading or lead-in that speaks to the reader ('Så kan du …'), a list gives residents advice: no one in the organisation is to do it.
  if ((section.heading && !section.heading.label && READER_ADDRESS.test(section.heading.title)) || (lead && READER_ADDRESS.test(lead.text))) return null;
  if (kind === 'goal' && lead?.kind !== 'shall') return null;
  // A lone word in a list ('Gul', 'Öppenhet') is a label or a value, not what someone will do, unless it names an action ('Utbildningssamordning').
  if (!/\S\s+\S/.test(entry.text) && kind !== 'noun') return null;
  // Under a heading that names actions, a line is one when it reads as one: prose about the list is not.
  if (lead?.heading && kind === 'none' && !statesObligation(entry.text)) return null;
  if (lead && (lead.kind === 'action' || lead.kind === 'shall') && (!lead.resumed || kind === 'verb')) return { confidence: EVIDENCE.leadIn, rule: `activity/lead-in-${lead.kind}` };
  if (section.heading?.tier === 'clause') return { confidence: EVIDENCE.clause, rule: 'activity/under-clause' };
  // Under a heading labelled as a part of a plan ('Fokusområde 2', 'Tema 1', 'Delmål 1.2'), an infinitive states an action.
  if (kind === 'verb' && section.heading?.label) return { confidence: EVIDENCE.clause, rule: 'activity/under-labelled-section' };
  if (kind === 'verb') return { confidence: EVIDENCE.verb, rule: 'activity/action-like' };
  if (actionSiblings && kind === 'noun') return { confidence: EVIDENCE.siblings, rule: 'activity/action-noun' };
  return null;
}

/** Sections of one parent and tier, one of which has an action lead-in: their lists are of one kind. */
function hasActionSibling(section: Section): boolean {
  const parent = section.parent;
  if (!parent || !section.heading) return false;
  return parent.children.some((s) => s.heading?.tier === section.heading!.tier && (s.heading?.leadIn?.kind === 'action' || s.heading?.leadIn?.kind === 'shall'));
}

function collect(section: Section, out: Candidate[]): void {
  // Lists are judged as groups: the entries under one lead-in in one section.
  const groups = new Map<unknown, Entry[]>();
  for (const e of section.entries) {
    const key = e.leadIn ?? section.heading?.leadIn ?? 'none';
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const siblings = hasActionSibling(section);
  for (const entries of groups.values()) {
    const judged = entries.map((entry) => ({ entry, ev: evidence(entry, section, siblings) }));
    const withEvidence = new Set(judged.filter((j) => j.ev).map((j) => j.entry));
    // A table whose header names owners, times or statuses is a plan's mark, though it names no activity column.
    const strong = judged.some((j) => j.ev && (j.ev.confidence >= EVIDENCE.clause || j.entry.kind === 'row'));
    const verbs = entries.filter((e) => actionKind(e.text) === 'verb').length;
    // Without a plan's marks (a lead-in, fields, a table), only a list of two or more items, two in three of them
    // infinitives, reads as actions; a lone infinitive (a function described in a risk analysis) does not.
    // A list each of whose items says when its work is done ('… – klar våren 2027') is a plan's list, verbs or not.
    const dated = entries.length >= 2 && entries.every(closesDoneBy);
    if (!strong && !dated && (verbs < 2 || verbs * 3 < entries.length * 2)) continue;
    if (!strong && isFrame(section)) continue;
    // Without a plan's marks, a list whose items are goals, measures or reports of what was done is none of actions.
    if (!strong && NOT_ACTIONS.has(judgeList(entries.map((e) => e.text)))) continue;
    for (const { entry, ev } of judged) {
      if (!ev) {
        // In a list of actions, an item of its own kind without a verb ('Företagsbesök …') is one too.
        if (actionKind(entry.text) === 'noun' && /^\p{Lu}/u.test(entry.text) && listOf(entry, section.entries).some((e) => withEvidence.has(e))) out.push({ entry, section, confidence: EVIDENCE.siblings, rules: [...entry.rules, 'activity/action-noun'] });
        else if (inFieldedList(entry, section.entries)) out.push({ entry, section, confidence: EVIDENCE.siblings, rules: [...entry.rules, 'activity/in-list-with-fields'] });
        continue;
      }
      out.push({ entry, section, confidence: ev.confidence, rules: [...new Set([...entry.rules, ev.rule])] });
    }
  }
  for (const child of section.children) collect(child, out);
}

/** The items of the list an entry stands in: those read before and after it with no heading, lead-in or prose between. */
function listOf(entry: Entry, entries: Entry[]): Entry[] {
  let first = entry;
  while (first.follows) first = first.follows;
  const run = [first];
  for (const e of entries) if (e.follows && e.follows === run[run.length - 1]) run.push(e);
  return run;
}

/** A list's marker as its items share it: a glyph, or a number or letter that counts on. */
const markerKind = (marker: string) => (/^[\p{L}\d]/u.test(marker) ? 'counted' : marker);

/** A time in parentheses closing an item ('… under sommarlovet (sommaren 2027).'): when the work is done, though no owner is named beside it. */
const CLOSING_TIME = /\(([^()]{2,40})\)[.!]?\s*$/u;
/**
 * An entry's own owner, time or status: a field its section states for all its actions, or the plan's owner named once in
 * the prose around it, says nothing of whether this item is one (a list of related news under the same section is none).
 */
const hasField = (e: Entry) => e.fields.some((f) => (f.role === 'owner' || f.role === 'time' || f.role === 'status') && !SHARED_FIELD_RULES.has(f.rule));
const SHARED_FIELD_RULES = new Set([GROUP_FIELD.id, PLAN_OWNER_RULE]);
/** The time in parentheses that closes an item, with its years, or null. */
function closingTime(text: string): { timeRaw: string; years: number[] } | null {
  const m = CLOSING_TIME.exec(text);
  const time = m?.[1].trim();
  return time && cellKind(time) === 'time' ? { timeRaw: time, years: yearsIn(time) } : null;
}
const closesWithTime = (e: Entry) => closingTime(e.text) !== null || closesDoneBy(e);
/** An item closing with when its work is done, after a dash ('… – klar sommaren 2027'): a time field written into the sentence. */
function closesDoneBy(e: Entry): boolean {
  const time = DONE_BY_AFTER_DASH.pattern.exec(e.text)?.[1].trim();
  return !!time && cellKind(time) === 'time';
}

/**
 * An item of a short list whose other items carry a plan's fields (a news
 * page's '… (från hösten 2026) – ansvar: X.', '… (2026–2027).'): where most of
 * the list names an owner or a time, and one item a field, the list is the
 * plan's, so an item of it written as a statement ('Skolskjuts ordnas även …')
 * is an activity too; a goal is not, nor a lone word.
 */
function inFieldedList(entry: Entry, entries: Entry[]): boolean {
  // One sentence, as the fielded items are: a quotation or a paragraph set as an item says more than one thing.
  if (entry.kind !== 'item' || !/^\p{Lu}\S*\s+\S+\s+\S/u.test(entry.text) || /[.!?]\s+\p{Lu}/u.test(entry.text) || actionKind(entry.text) === 'goal') return false;
  // What was done, in the past tense, is a comment's report ('Två coacher anställdes …'), not a plan's item.
  if (!entry.marker || reportsPast(entry.text.toLowerCase())) return false;
  // The list is the items set with the same marker: a record's title before a bulleted comment is not of it.
  const run = listOf(entry, entries).filter((e) => e.kind === 'item' && e.marker !== null && markerKind(e.marker) === markerKind(entry.marker!));
  // A list whose every item closes with when its work is done carries that field in each sentence.
  if (run.length < 2 || !(run.some(hasField) || run.every(closesDoneBy))) return false;
  return run.filter((e) => hasField(e) || closesWithTime(e)).length * 2 > run.length;
}

/** Goals read from a goal list are part of a plan's structure, with or without activities under them. */
const isGoal = (s: Section) => s.heading?.rule === 'section/goal-list';

function holds(section: Section, set: Set<Section>): boolean {
  return set.has(section) || isGoal(section) || section.children.some((c) => holds(c, set));
}

/**
 * The focus-area level: going down from the top, the first level at which two
 * or more sections hold activities, or one labelled as a focus area does. A
 * single unlabelled section that holds every activity is a chapter around the
 * plan ('3 Insatser') and is passed through.
 */
function focusLevel(node: Section, bearing: Set<Section>): Section[] {
  const holding = planChapters(node.children.filter((c) => holds(c, bearing)), bearing);
  if (holding.length === 0) return [];
  if (holding.length === 1) {
    const only = holding[0];
    // A section whose parts are its own goals or clauses is the one area of its document; where sections of another kind hold activities beside its goals, they are the areas.
    const parts = only.children.filter((c) => holds(c, bearing));
    const isPart = (c: Section) => isGoal(c) || c.heading?.tier === 'clause';
    const subLevel = parts.some(isPart) && parts.filter((c) => !isPart(c)).length < 2;
    const labelled = (only.heading?.label && only.heading.label.rank < 2) || subLevel;
    if (!labelled && only.children.some((c) => holds(c, bearing))) return focusLevel(only, bearing);
    // Under a page's title, the one section its whole list stands under ('Kontaktcenter – en väg in' over 'Under 2027 ska kommunen:') is its one area, unless its title only names actions or frames the plan.
    // A page: its title at the top of the document, the section unnumbered; a long report's numbered chapter ('4.3 Riskbedömning') is none.
    const oneArea = node.heading !== null && node.parent?.parent === null && only.heading?.tier === 'heading' && only.heading.number === null && !ACTION_HEADING.test(only.heading.title) && !isFrame(only);
    if (!labelled && !oneArea) return [];
    return [only];
  }
  // A chapter that only names the plan's actions ('8. Åtgärder') is no area: its own sections are.
  const flattened = holding.flatMap((h) => (h.heading && ACTION_HEADING.test(h.heading.title) && h.children.some((c) => holds(c, bearing)) ? h.children.filter((c) => holds(c, bearing)) : [h]));
  if (flattened.length !== holding.length) return flattened;
  // Sections of the same kind between the first and the last that hold activities are focus areas too (an area with goals only).
  const first = node.children.indexOf(holding[0]);
  const last = node.children.indexOf(holding[holding.length - 1]);
  const same = (s: Section) => s.heading && holding[0].heading && s.heading.tier === holding[0].heading.tier && s.heading.level === holding[0].heading.level && (s.heading.label?.id ?? null) === (holding[0].heading.label?.id ?? null);
  return node.children.slice(first, last + 1).filter((s) => holds(s, bearing) || (same(s) && !isFrame(s)));
}

/** Whether any section in s's tree holds an activity (goals read from a goal list are not counted). */
function bearsActivities(s: Section, bearing: Set<Section>): boolean {
  return bearing.has(s) || s.children.some((c) => bearsActivities(c, bearing));
}

/**
 * A long programme sets its goals in a chapter of their own ('4 Mål och
 * indikatorer', a goal table) and its plan in another ('6 Handlingsplan'): the
 * goal chapter is a frame around the plan, not one of its areas beside the plan
 * chapter. A chapter named as a frame that holds goals alone is set aside where
 * another chapter beside it holds the activities; a goal-only area that is no
 * frame ('Fokusområde 3', an area with goals and no actions yet) stays.
 */
function planChapters(holding: Section[], bearing: Set<Section>): Section[] {
  const goalFrames = holding.filter((s) => isFrame(s) && !bearsActivities(s, bearing));
  if (goalFrames.length === 0 || goalFrames.length === holding.length) return holding;
  return holding.filter((s) => !goalFrames.includes(s));
}

/**
 * The areas of a document that plans no actions: the first level at which two
 * or more sections side by side are labelled, numbered, as the top level of a
 * plan ('Målområde 1: …', 'Fokusområde 2 …'). A strategy that sets out goals
 * and indicators under such areas, and leaves the actions to each office, has
 * its areas all the same.
 */
function labelledAreas(node: Section): Section[] {
  const labelled = node.children.filter((c) => c.heading?.tier === 'heading' && c.heading.label && c.heading.label.rank < 1.5 && c.heading.number !== null);
  const first = labelled[0]?.heading?.label?.id;
  const same = labelled.filter((c) => c.heading!.label!.id === first);
  if (same.length >= 2) return same;
  for (const c of node.children) {
    const deeper = labelledAreas(c);
    if (deeper.length > 0) return deeper;
  }
  return [];
}

/**
 * Reads the roles of a document's outline: focus areas, intervention areas and activities.
 * `docType` is the kind the document names itself ('policy' for a policy or a guideline), null where unknown.
 */
export function assignRoles(outline: Outline, legend: Legend, pictures: PictureLookup = () => undefined, docType: string | null = null): Structure {
  const root = outline.root;
  const candidates: Candidate[] = [];
  collect(root, candidates);
  const messages: Message[] = [...outline.messages];

  // Where the document has activities by strong evidence, lone infinitive lists elsewhere are prose lists, not its plan.
  const strong = candidates.filter((c) => c.confidence >= EVIDENCE.clause);
  const strongSections = new Set(strong.map((c) => c.section));
  const strongSignatures = new Set([...strongSections].map(signature));
  let kept = strong.length >= 3 ? candidates.filter((c) => c.confidence >= EVIDENCE.clause || strongSections.has(c.section) || (c.section.heading !== null && strongSignatures.has(signature(c.section)))) : candidates;
  // A guideline's principles and a policy's commitments read like actions but are none: they are reported, not made activities.
  // A plan's kind (handlingsplan, program) keeps its lists without fields: its kind says they are actions.
  if (docType === 'policy' && statesPrinciples(kept.map((c) => c.entry))) {
    for (const c of kept) messages.push({ severity: 'info', reason: 'Unexpected item read as an action among items of which none has an owner, time or status and few name a thing to deliver, expected a plan\'s actions; read as a principle or commitment and kept out of the activities', ruleId: 'extract/principles', start: c.entry.start, end: c.entry.end });
    kept = [];
  }

  const bearing = new Set(kept.map((c) => c.section));
  const planned = focusLevel(root, bearing);
  const focus = planned.length === 0 && kept.length === 0 ? labelledAreas(root) : planned;
  const focusAreas: FocusAreaRow[] = [];
  // Ordinals count rows under each parent; counted as rows are made, not by scanning them.
  const areaCounts = new Map<number | null, number>();
  const activityCounts = new Map<number | null, number>();
  const count = (m: Map<number | null, number>, key: number | null): number => {
    const n = m.get(key) ?? 0;
    m.set(key, n + 1);
    return n;
  };
  const areaOf = new Map<Section, FocusAreaRow>();
  const add = (s: Section, parent: FocusAreaRow | null): FocusAreaRow => {
    const siblings = count(areaCounts, parent?.key ?? null);
    const h = s.heading!;
    const row: FocusAreaRow = {
      key: focusAreas.length,
      parentKey: parent?.key ?? null,
      ordinal: siblings + 1,
      title: h.title,
      rule: h.rule,
      page: h.page,
      start: h.start,
      end: h.end,
      confidence: h.label ? 0.9 : h.tier === 'band' || h.tier === 'column' ? 0.85 : 0.7,
      ...assessmentTrack(h.assessment, legend, pictures),
    };
    focusAreas.push(row);
    return row;
  };
  const recurring = recurringParts(focus, bearing);
  for (const f of focus) {
    const row = add(f, null);
    mark(f, row);
    for (const child of f.children) {
      if (!holds(child, bearing) && child.heading?.tier !== 'clause') continue;
      if (recurring.has(child)) continue;
      const sub = add(child, row);
      mark(child, sub);
    }
  }
  function mark(s: Section, row: FocusAreaRow): void {
    areaOf.set(s, row);
    for (const c of s.children) if (!areaOf.has(c)) mark(c, row);
  }

  const activities: ActivityRow[] = [];
  for (const c of kept) {
    const area = areaOf.get(c.section) ?? null;
    const ordinal = count(activityCounts, area?.key ?? null) + 1;
    const fields = activityFields(c.entry, legend, pictures);
    const lead = c.entry.leadIn ?? c.section.heading?.leadIn ?? null;
    if (!fields.ownerRaw && lead?.kind === 'shall' && lead.actor) {
      fields.ownerRaw = lead.actor;
      fields.owners = [lead.actor];
    }
    const rules = [...c.rules];
    // A time given once for many (a group's line, the plan's sentence) yields to one the item's own words give ('… under våren 2026').
    const ownTime = c.entry.fields.some((f) => f.role === 'time' && !SHARED_FIELD_RULES.has(f.rule)) ? fields.timeRaw : null;
    const said = ownTime ? null : timeInSentence(c.entry.text);
    const closing = ownTime || said || !rules.includes('activity/in-list-with-fields') ? null : closingTime(c.entry.text);
    // A lead-in's time ('Under 2027 ska kommunen:', 'Under 2026–2027 ska förvaltningen:') is each item's it governs that names none.
    const led = ownTime || said || closing || !(lead?.kind === 'action' || lead?.kind === 'shall') ? null : timeInSentence(lead.text);
    if (said) {
      Object.assign(fields, said);
      rules.push('field/time-in-sentence');
    } else if (closing) {
      Object.assign(fields, closing);
      rules.push('field/closing-time');
    } else if (led) {
      Object.assign(fields, led);
      rules.push('field/lead-in-time');
    }
    activities.push({
      focusAreaKey: area?.key ?? null,
      ordinal,
      text: c.entry.text,
      ownerKey: null,
      rule: rules.join('+'),
      page: c.entry.page,
      start: c.entry.start,
      end: c.entry.end,
      confidence: c.confidence,
      ...fields,
    });
  }

  const ownerNames = ownerLists(root);
  const withoutArea = activities.filter((a) => a.focusAreaKey === null).length;
  if (focusAreas.length > 0 && withoutArea > 0) messages.push({ severity: 'warning', reason: `Unexpected ${withoutArea} activities outside every focus area, expected each under one; they are kept without a focus area`, ruleId: 'extract/activities-without-focus-area' });
  const outcome: Outcome = activities.length >= 3 && focusAreas.length > 0 ? 'plan' : activities.length > 0 || focusAreas.length > 0 ? 'partial' : 'none';
  if (outcome === 'none') messages.push({ severity: 'info', reason: 'Unexpected document without plan structure, expected focus areas or activities (headings over lists of actions, an activity table, labelled fields); no rows written', ruleId: 'extract/no-plan' });
  if (outcome === 'partial') messages.push({ severity: 'warning', reason: `Unexpected partial plan structure: ${focusAreas.filter((f) => f.parentKey === null).length} focus areas and ${activities.length} activities, expected focus areas with activities under them`, ruleId: 'extract/partial-plan' });
  const uncertain = activities.filter((a) => (a.confidence ?? 1) < UNCERTAIN_BELOW).length;
  if (uncertain > 0) messages.push({ severity: 'info', reason: `${uncertain} activities read with confidence below ${UNCERTAIN_BELOW}`, ruleId: 'extract/uncertain-activities' });
  for (const f of focusAreas) if (!f.title) messages.push({ severity: 'warning', reason: 'Unexpected empty section title, expected words', ruleId: 'extract/empty-title', start: f.start, end: f.end });
  return { focusAreas, activities, ownerNames, messages, outcome };
}

/**
 * Sub-sections that are each focus area's only one holding activities and
 * carry one title under two or more areas ('Så här gör vi', 'Aktiviteter'
 * under every chapter): the document's recurring heading over each area's
 * list, not an intervention level, which would split an area into parts of
 * their own names. Their activities stay with the focus area.
 */
function recurringParts(focus: Section[], bearing: Set<Section>): Set<Section> {
  const only = focus.map((f) => f.children.filter((c) => holds(c, bearing) || c.heading?.tier === 'clause'));
  const lone = only.filter((parts) => parts.length === 1 && parts[0].heading && parts[0].heading.tier !== 'clause').map((parts) => parts[0]);
  const titles = new Map<string, Section[]>();
  for (const s of lone) {
    const key = goalKey(s.heading!.title);
    titles.set(key, [...(titles.get(key) ?? []), s]);
  }
  return new Set([...titles.values()].filter((group) => group.length >= 2).flat());
}

/** How a section's heading is set, and under what: sections set alike are parts of one list (a sibling area whose list lacks the lead-in). */
function signature(s: Section): string {
  return s.heading ? `${s.heading.tier}|${s.heading.level}|${s.heading.size}|${s.heading.label?.id ?? ''}|${s.parent?.heading?.title ?? ''}` : 'root';
}

/** Units listed as responsible ('De verksamheter som har särskilt ansvar … är:' and its items). */
function ownerLists(root: Section): OwnerDefinition[] {
  const out: OwnerDefinition[] = [];
  const walk = (s: Section) => {
    for (const e of s.entries) if (e.leadIn?.kind === 'owners') out.push({ abbr: null, name: e.text, rule: 'owner/unit-list', start: e.start, end: e.end });
    s.children.forEach(walk);
  };
  walk(root);
  return out;
}


/** A goal's assessment as a traffic light: a symbol (what the legend says of it, or its colour) or words ('Delvis uppfyllt'). */
function assessmentTrack(assessment: Heading['assessment'], legend: Legend, pictures: PictureLookup): Pick<FocusAreaRow, 'track' | 'trackRaw' | 'trackRule'> {
  if (!assessment) return {};
  const picture = pictures(assessment.start, assessment.end);
  const raw = picture?.hex ? `${assessment.raw} ${picture.hex}` : assessment.raw;
  const fromLegend = legend.get(assessment.raw)?.track;
  if (fromLegend) return { track: fromLegend, trackRaw: raw, trackRule: 'track/legend' };
  const symbol = SYMBOL_TRACKS.find((t) => t.symbols.includes(assessment.raw));
  if (symbol) return { track: symbol.track, trackRaw: raw, trackRule: picture ? symbol.id.replace('track/symbol', 'track/icon') : symbol.id };
  const words = ASSESSMENT_TRACKS.find((t) => t.pattern.test(assessment.raw));
  return words ? { track: words.track, trackRaw: raw, trackRule: words.id } : { track: null, trackRaw: raw, trackRule: null };
}
