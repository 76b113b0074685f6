/**
 * Which reading of a block wins when several constructions propose one: the
 * first in this table whose conditions hold on the outline read so far.
 * Every reading a construction can propose is named here once; the reasons
 * say why it stands where it does. Tests check that the table and the
 * constructions agree (tests/extract/resolve.test.ts).
 */
export interface Precedence {
  rule: string;
  /** A goal list read from lines goes on across this reading (other readings end it). */
  continuesGoalList?: boolean;
  why: string;
}

export const PRECEDENCE: Precedence[] = [
  { rule: 'trap/table-of-contents', continuesGoalList: true, why: 'A contents line repeats a heading; it is never the heading itself.' },
  { rule: 'section/goal-list', continuesGoalList: true, why: "A goal list's header line opens goals whatever its words look like." },
  { rule: 'section/goal-list-line', continuesGoalList: true, why: 'Inside a goal list, a sentence with its assessment is the next goal, a comment label its comment.' },
  { rule: 'section/goal-list-comment', continuesGoalList: true, why: "A goal's comment is prose about the goal." },
  { rule: 'field/list-owner', why: "A paragraph right after a list whose first sentence names the list's one unit ('Arbetet leds av fritidsenheten.') gives that owner to the list's items; the area's owner, read before it, says it for the whole area. It stands before a group's field: 'Ansvarig för insatserna är X.' right after a list of statements names the list's owner, and read as a group's field, given once the outline is read, it would leave the statements no owner to make them actions." },
  { rule: 'field/group', why: "A field given once to a group of items ('Ansvar för båda aktiviteterna: X', 'Ansvarig för samtliga åtgärder i spåret: X') belongs to each of them that names none, before it could read as prose, whatever else its words could be." },
  { rule: 'field/following-line', why: 'A line of fields belongs to the entry before it, before it could read as anything else.' },
  { rule: 'trap/small-type', why: 'Footnotes and captions are read as nothing, whatever they say.' },
  { rule: 'trap/caption', why: "A caption of a numbered series ('Tabell 2.') names its table, though its format or place makes it look like a title." },
  { rule: 'activity/emphasised-verb', why: 'A line opening with an infinitive in capitals states an action.' },
  { rule: 'section/action-heading-reference', why: "'Åtgärder, mål 2' names the goal whose list follows: that goal, read earlier, takes it." },
  { rule: 'section/action-heading', why: "A heading naming actions ('Åtgärder') governs the list under it before it could be a section title." },
  { rule: 'activity/action-heading-line', why: 'Under a heading naming actions, a heading that states an action is one.' },
  { rule: 'activity/labelled-record', why: "'Aktivitet: …' with field lines under it, a label that repeats so per record, is an export's activity, though a heading's format or the activity label's words could make it a section." },
  { rule: 'section/bare-label', why: "'Mål 3' alone takes its title from the next line." },
  { rule: 'activity/labelled-proposal-clauses', why: "A labelled area's title before a proposal whose clauses are owned actions ('Tema 2, X: Inom området föreslås att a) … (TF, 2027), b) …') opens the area and holds the actions, where a labelled section would take the paragraph for its title alone." },
  { rule: 'activity/labelled-clauses', why: "A paragraph opening with an area's label and title whose clauses are owned, timed actions ('Strategi 1, X: utöka … (FG, VT 2027); öppna … (FG, 2028).') opens the area and holds the actions, where a labelled section would take the paragraph for its title alone." },
  { rule: 'section/labelled', why: 'A label word with a number or separator is the strongest mark of a section.' },
  { rule: 'section/label-sequence', why: "A noun of the document's own repeated with the numbers 1, 2, 3 before short titles labels its sections, as a known label word would." },
  { rule: 'activity/titled-heading', why: "A heading over two or more of an activity's field lines, in a document that repeats that shape, is the activity's title though its format makes it a heading." },
  { rule: 'activity/boxed-title', why: "A short title over a description and an activity's field lines, a shape the document repeats, is a box's activity though its format makes it a heading." },
  { rule: 'activity/box-part', why: "The rest of a box (its number alone above the title, the title's wrapped lines, the description between title and fields) belongs to the box's activity, though type size could make any of them a heading." },
  { rule: 'lead-in/open-sentence', why: "A line that opens a sentence its items go on ('Nämnden ska under 2027' over 'a) …, b) … samt c) ….') is their lead-in, though its format makes it a heading." },
  { rule: 'section/heading', why: "A heading by its format is a section, whatever it holds." },
  { rule: 'section/display-line', why: 'A line in display type is a title though the reading took it for an item.' },
  { rule: 'section/list-item', why: 'An item with items nested under it heads them.' },
  { rule: 'section/where-clause', why: "After '…, där kommunen:', a clause in lower case opens an intervention area." },
  { rule: 'activity/continued-line', why: "A line that lost its item's glyph goes on the item it continues." },
  { rule: 'lead-in/item', why: 'An item ending in a colon that says what follows is a lead-in, not an item.' },
  { rule: 'trap/description', why: 'Text set under an emphasised or outline-numbered action describes it.' },
  { rule: 'activity/item-before-clause', why: 'An item that swallowed the next clause in a transcript is cut before it.' },
  { rule: 'activity/list-item', why: 'Any other item is a candidate activity; the roles judge its list.' },
  { rule: 'activity/numbered-action', why: "'Åtgärd 3:' at the start of a paragraph is an action." },
  { rule: 'activity/numbered-paragraph', why: "An outline id ('1.2.3') before a paragraph with labelled lines under it is a numbered item the reading gave as a paragraph." },
  { rule: 'activity/under-action-heading', why: 'Under a heading naming actions, a paragraph that reads as one is one.' },
  { rule: 'activity/titled-record', why: "A paragraph over two or more of an activity's field lines, in a document that repeats that shape, is the activity's title, when no mark of its own made it one." },
  { rule: 'section/table-title', why: 'A short line above an activity table titles the table: one table per area.' },
  { rule: 'field/plan-time-lead-in', why: "A sentence that gives the plan's work one time and leads into its sections, not a list ('Det här ska göras under 2027:' over headings), gives that time to every action under it that names none; a lead-in reading would end at the next heading and give nothing." },
  { rule: 'lead-in/list-owner', why: "A paragraph whose last sentence names the one unit responsible for the list after it ('Kulturenheten ansvarar för lovaktiviteterna:') leads into that list and gives it its owner, more than a plain lead-in says." },
  { rule: 'lead-in/paragraph', why: "A paragraph ending in ':' says what the list after it holds." },
  { rule: 'activity/proposed-clauses', why: "A proposal paragraph whose clauses open with infinitives and are mostly owned actions, closed by their owner or time in parentheses, holds that many actions, under the area its lead-in names." },
  { rule: 'activity/owned-clauses', why: "A paragraph whose labels or colon open runs of owned, timed actions holds them; a proposal's lead, read before it, knows its area better." },
  { rule: 'activity/area-owner', why: "A paragraph of 'ska' sentences closed by a sentence naming the area's owner ('Parkenheten ansvarar för åtgärderna.') holds that many actions, the owner theirs." },
  { rule: 'field/area-owner', why: "A paragraph that only names the area's owner ('Kulturenheten ansvarar för insatserna inom området.') gives that owner to the area's actions read before it." },
  { rule: 'activity/owned-sentence', why: "A paragraph whose sentences end by naming a unit in parentheses holds that many actions; the sentences around them stay prose." },
  { rule: 'activity/owner-subject', why: "A paragraph whose sentences have a unit for subject and a verb of work after the modal holds that many actions; a unit named in parentheses or at the area's close, read before it, says more." },
  { rule: 'activity/fielded-paragraph', why: "A paragraph that opens with an action and closes with its labelled fields ('Erbjuda … . Ansvar: X. Tid: 2027.') is one activity, where no reading of its clauses or sentences said more." },
  { rule: 'activity/owned-paragraph', why: "A paragraph that opens with an action and closes with a sentence naming its unit ('Arbetet leds av X och ska vara klart under 2028.') is one activity, where no labelled field or reading of its clauses said more." },
  { rule: 'field/plan-owner', why: "A paragraph naming the unit that carries out the whole plan ('Arbetet leds av X.', 'X ansvarar för att planen genomförs.') gives it to every action of its section that names none; last before prose, so a paragraph any other construction reads as actions or as a list's or an area's owner is read so." },
  { rule: 'frame/prose', why: 'Anything else is prose.' },
];

const RANK = new Map(PRECEDENCE.map((p, i) => [p.rule, i]));

/** The rank of a reading (0 is first); a reading the table does not name is a programmer's error. */
export function rankOf(rule: string): number {
  const rank = RANK.get(rule);
  if (rank === undefined) throw new Error(`Reading ${rule} has no place in the precedence table`);
  return rank;
}

export function continuesGoalList(rule: string): boolean {
  return PRECEDENCE[rankOf(rule)].continuesGoalList === true;
}
