import type { FieldRole } from '../../lang/fields.js';
import { closingFields, fieldLine, type Field } from '../outline/fields.js';
import { actionKind, statesObligation } from './action-item.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { defineConstruction } from './define.js';
import { actionStart } from './fielded-paragraph.js';
import { groupFields } from './group-field.js';

/** The fields that close a box: who and when, how far it has come. */
const RECORD_ROLES: FieldRole[] = ['owner', 'time', 'status', 'progress'];
/** A box's title is short; a longer line is the description itself. */
const MAX_TITLE_WORDS = 16;
/** A box describes its activity in a paragraph or a few; more is a page of prose with a masthead. */
const MAX_DESCRIPTION_BLOCKS = 3;
/** A title wraps over a line or two at most. */
const MAX_TITLE_LINES = 3;

export const boxedRecord = defineConstruction({
  id: 'activity/boxed-record',
  description:
    "A layout program's or a web page's activity box: a short title, a description of a paragraph or two, then the activity's fields a line each ('Ansvar …', 'När …'), or run into the description's end ('… Ansvarig: X. Tidplan: 2027.'). The title is the activity and the description its text; the document must repeat the shape.",
  positive: [
    {
      doc: '# Tema 1\nMötesplatser för kultur\nKommunen vill att fler ska delta i kulturlivet.\n### Öppna en kulturscen i varje kommundel\nScenerna drivs tillsammans med studieförbunden och föreningarna.\nAnsvar Kultur- och fritidsförvaltningen\nNär 2025–2026\n### Erbjuda lovaktiviteter på biblioteken\nVarje lov får ett program med teater, film och skrivarverkstad.\nAnsvar Biblioteksenheten\nNär Löpande',
      activities: ['Öppna en kulturscen i varje kommundel', 'Erbjuda lovaktiviteter på biblioteken'],
    },
    {
      doc: '# Hållbar konsumtion\n### Inrätta en fritidsbank\nUtrustning lånas ut gratis.\nMer om fritidsbanken finns på webben.\nAnsvarig: Fritidsförvaltningen\nTidplan: 2026\n### Ordna bytesdagar för barnkläder\nBytesdagarna hålls på öppna förskolan.\nAnsvarig: Familjecentralen\nTidplan: VT 2025',
      activities: ['Inrätta en fritidsbank', 'Ordna bytesdagar för barnkläder'],
    },
    {
      // One box lacks its time: a box still, where the others use its owner's label.
      doc: '# Trafiksäkerhet\n### Sänka hastigheten vid skolorna\nSkyltningen ändras till 30 km/h under skoltid.\nAnsvarig: Gatuenheten\nTidplan: 2026\n### Bygga en gångbro över Storgatan\nBron ersätter dagens obevakade övergång.\nAnsvarig: Gatuenheten\n### Ordna skolskjuts för elever i Berga\nSkjutsen gäller alla elever i årskurs 1–3.\nAnsvarig: Skolskjutsenheten\nTidplan: HT 2026',
      activities: ['Sänka hastigheten vid skolorna', 'Bygga en gångbro över Storgatan', 'Ordna skolskjuts för elever i Berga'],
    },
    {
      // Titles that keep their outline numbers, glued to the words where a conversion lost the tab ('2.1.2Ordna …').
      doc: '# 2.1 Cykelvägar\n### 2.1.1 Bygga en cykelväg till Berga\nVägen ansluter till det regionala cykelnätet.\nAnsvarig: Gatuenheten\nTidplan: 2027\n### 2.1.2Ordna cykelparkering vid stationen\nParkeringen får tak och laddplatser.\nAnsvarig: Gatuenheten\nTidplan: 2026',
      activities: ['Bygga en cykelväg till Berga', 'Ordna cykelparkering vid stationen'],
    },
    {
      // Titles a browser's print gave as items of their outline numbers.
      doc: '# 2.1 Cykelvägar\n2.1.1 Bygga en cykelväg till Berga\nVägen ansluter till det regionala cykelnätet.\nAnsvarig: Gatuenheten\nTidplan: 2027\n2.1.2 Ordna cykelparkering vid stationen\nParkeringen får tak och laddplatser.\nAnsvarig: Gatuenheten\nTidplan: 2026',
      activities: ['Bygga en cykelväg till Berga', 'Ordna cykelparkering vid stationen'],
    },
    {
      // A Word author types the fields at the end of the description, each heading the activity's title.
      doc: '# Idrott\n### Bygga en konstgräsplan i Västerby\nDen gamla grusplanen används sällan under vintern. Ansvarig: Fritidsförvaltningen. Tidplan: 2027.\n### Rusta upp motionsspåret\nSpåret har fått många klagomål på belysningen. Ansvarig: Tekniska förvaltningen. Tidplan: 2026.',
      activities: ['Bygga en konstgräsplan i Västerby', 'Rusta upp motionsspåret'],
    },
    {
      // One box gives its owner alone (no time): among boxes that give both, titled alike, it is a box too.
      doc: '# Vatten\n### Provta dricksvattnet i alla byar\nProverna tas vår och höst.\nAnsvarig: VA-enheten\nTidplan: 2026\n### Informera om egna brunnar\nInformationen skickas med fakturan.\nAnsvarig: Miljöenheten\n### Laga läckorna i Storgatans ledning\nArbetet görs nattetid.\nAnsvarig: VA-enheten\nTidplan: 2027',
      activities: ['Provta dricksvattnet i alla byar', 'Informera om egna brunnar', 'Laga läckorna i Storgatans ledning'],
    },
  ],
  negative: [
    // Headings over prose, each with one line naming who answers for it and no box with its fields beside them: chapters.
    { doc: '# Äldreomsorg\n### Hemtjänst\nAllt fler vill bo kvar hemma.\nAnsvar: Vård- och omsorgsnämnden\n### Särskilt boende\nKön till boendena har minskat.\nAnsvar: Vård- och omsorgsnämnden', activities: [] },
    // A paragraph that states what the municipality shall do, its fields run into it, is that action: the heading above is its area, no box's title.
    // A paragraph that states an owned action is that action (activity/fielded-paragraph): the heading above it is no box's title.
    { doc: '# Idrott\n### Konstgräs\nKommunen ska bygga en konstgräsplan i Västerby. Ansvarig: Fritidsförvaltningen. Tidplan: 2027.\n### Motionsspår\nKommunen ska rusta upp motionsspåret. Ansvarig: Tekniska förvaltningen. Tidplan: 2026.', activities: ['Kommunen ska bygga en konstgräsplan i Västerby.', 'Kommunen ska rusta upp motionsspåret.'] },
    // Labelled actions with their fields under a labelled goal: the labels read them, the goal is no box's title.
    { doc: '# Fokusområde 1: Vatten\n## Delmål 1.1: Rent vatten i sjöarna\nÅtgärd 1: Kartlägga enskilda avlopp runt sjön.\nAnsvarig: Miljöenheten\nTidplan: 2025\n## Delmål 1.2: Tryggt dricksvatten\nÅtgärd 2: Bygga en reservvattentäkt.\nAnsvarig: VA-bolaget\nTidplan: 2027', activities: ['Kartlägga enskilda avlopp runt sjön', 'Bygga en reservvattentäkt'] },
    // A chapter whose heading is followed by prose and a line saying who answers for it, once, is a section.
    { doc: '# Äldreomsorg\n### Bakgrund\nAndelen invånare över 80 år ökar kraftigt fram till 2035.\nAnsvar Vård- och omsorgsnämnden\n### Syfte\nPlanen visar hur nämnden möter behoven.', activities: [] },
    // Headings over prose with one field each, where no box has two, are chapters that name who answers for them.
    { doc: '# Äldreomsorg\n### Hemtjänst\nHemtjänsten ges dygnet runt i hela kommunen.\nAnsvarig: Hemtjänstchefen\n### Särskilt boende\nKommunen har fyra särskilda boenden.\nAnsvarig: Boendechefen', activities: [] },
    // Numbered headings over paragraphs that state what shall be done, each with its fields: sections over actions, no boxes.
    {
      doc: '# 4 Åtgärder\n## 4.1 Förebygga skador\nKommunen ska erbjuda halkskydd till alla över 75 år.\nAnsvar: Äldreomsorgen\nTidplan: 2026\n## 4.2 Upptäcka risker\nHemtjänsten ska göra en riskbedömning hos varje ny brukare.\nAnsvar: Hemtjänsten\nTidplan: 2027',
      focusAreas: ['Förebygga skador', 'Upptäcka risker'],
      activities: ['Kommunen ska erbjuda halkskydd till alla över 75 år.', 'Hemtjänsten ska göra en riskbedömning hos varje ny brukare.'],
    },
    // Headings over prose with no fields after it are chapters, however many.
    { doc: '# Kultur\n### Biblioteken\nBiblioteken har fler besökare än någonsin.\n### Kulturskolan\nKulturskolan har långa köer till flera ämnen.', activities: [] },
  ],
  propose: proposeBoxes,
});

interface Box {
  /** The box's number set alone above its title ('1.2'), if any. */
  number: number | null;
  title: number;
  /** Further lines of a title wrapped onto them. */
  titleLines: number[];
  descriptions: number[];
  /** The fields the last description closes with, where they are run into it rather than set a line each. */
  closing: Field[] | null;
  /** Closed by one field alone ('Ansvarig: …' with no time): a box only where the document's other boxes, titled alike, have their fields. */
  single: boolean;
}

/** A heading, a paragraph, or an item the reading gave no marker (a line set in from the box's edge). */
function isLine(view: DocView, i: number): boolean {
  const b = view.blocks[i];
  return b !== undefined && (b.kind === 'heading' || b.kind === 'paragraph' || (b.kind === 'item' && !b.marker));
}

/** Whether block i is a line of fields; its fields, else null. */
function fieldsAt(view: DocView, i: number): Field[] | null {
  return isLine(view, i) ? fieldLine(view.text(i)) : null;
}

/** An item numbered by an outline number ('3.1.2'): a heading a browser's print of a saved page gave as a list item. */
const isOutlineItem = (view: DocView, i: number) => view.blocks[i]?.kind === 'item' && /^\d{1,2}(?:\.\d{1,2})+\.?$/.test(view.blocks[i].marker ?? '');

/** A line of a title: short, not a sentence, no label of its own. */
function isTitleLine(view: DocView, i: number): boolean {
  if (!isLine(view, i) && !isOutlineItem(view, i)) return false;
  const t = view.trimmed(i);
  // A line of fields stated for the actions above it ('Ansvar för båda insatserna: … · Tid: 2027') closes them; it heads no box.
  return t.length > 0 && t.split(/\s+/).length <= MAX_TITLE_WORDS && !/[.:;!?]$/.test(t) && !ID_ALONE.test(t) && !LABELLED.test(t) && !fieldsAt(view, i) && !groupFields(view.text(i));
}

/** A line that opens with a label, a number perhaps, and a colon ('Delmål 1.2: …', 'Åtgärd 3: …'): read by the labels' constructions, never a box's title or description. */
const LABELLED = /^\p{L}[\p{L}-]*(?:\s+[\p{L}\d.]+)?\s*:\s/u;

/** A sentence of the description: a line that ends one. */
const isDescription = (view: DocView, i: number) => isLine(view, i) && !fieldsAt(view, i) && /[.!?]$/.test(view.trimmed(i)) && !LABELLED.test(view.trimmed(i));
/**
 * The outline number a title opens with, spaced or glued to it ('2.1.2 Ordna cykelparkering', '2.1.2Ordna cykelparkering': a heading's number
 * that a conversion ran into its words), in characters; 0 where it has none.
 */
const outlineNumberLength = (t: string) => OUTLINE_NUMBER.exec(t)?.[0].length ?? 0;
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\.?\s*(?=\p{Lu})/u;
/** An item's number alone on its line ('1.2', '3'). */
const ID_ALONE = /^\d{1,2}(?:\.\d{1,2}){0,2}\.?$/;
const sameType = (view: DocView, a: number, b: number) => view.blocks[a].kind === view.blocks[b].kind && view.blocks[a].level === view.blocks[b].level && Math.abs((view.blocks[a].size ?? 1) - (view.blocks[b].size ?? 1)) < 0.05;

/**
 * The fields a description closes with ('… i norr. Ansvar: Kulturenheten. Tid: 2026.'), when what
 * goes before them describes rather than states an action of its own: a paragraph that is itself an
 * owned action under an area's heading ('Kommunen ska …. Ansvar: …') is that action, not a box.
 */
function closingAt(view: DocView, i: number): Field[] | null {
  if (!isLine(view, i) || fieldsAt(view, i)) return null;
  const text = view.trimmed(i);
  if (LABELLED.test(text) || actionKind(text) === 'verb' || statesObligation(text)) return null;
  // So is a paragraph whose action follows a run-in name ('Skyltning: Märka ut … . Ansvar: …'): the name is no box's title.
  if (actionStart(text) !== null) return null;
  return closingFields(view.text(i), RECORD_ROLES);
}

/**
 * Boxes, read back from each run of field lines (one of them an owner, time
 * or status; a single field is marked, see `standingBoxes`), or from a description that closes with such
 * fields run into it: the description above them (one to three lines that end
 * sentences), the title above that (one to three short lines set alike, the
 * first with a capital), and a number alone above the title.
 */
function findBoxes(view: DocView): Box[] {
  const out: Box[] = [];
  for (let k = 0; k < view.blocks.length; k++) {
    const closing = closingAt(view, k);
    if (!closing && (!fieldsAt(view, k) || fieldsAt(view, k - 1))) continue;
    const fields: Field[] = [];
    let after = k + 1;
    for (let f = k; !closing && fieldsAt(view, f); f++, after = f) fields.push(...fieldsAt(view, f)!);
    if (!closing && !fields.some((f) => RECORD_ROLES.includes(f.role))) continue;
    // The descriptions are the lines before the fields, the closing line with them.
    const end = closing ? k + 1 : k;
    let d = k;
    // A line that closes a box above with its fields ends that box: it describes no later one.
    while (end - d < MAX_DESCRIPTION_BLOCKS && isDescription(view, d - 1) && !closingAt(view, d - 1)) d--;
    if (!closing && d === k) continue;
    let t = d;
    while (d - t < MAX_TITLE_LINES && isTitleLine(view, t - 1) && (t === d || sameType(view, t - 1, t))) t--;
    const n = t === d ? 0 : outlineNumberLength(view.trimmed(t));
    if (t === d || !/^\p{Lu}/u.test(view.trimmed(t).slice(n))) continue;
    // A numbered heading over a paragraph that states what shall be done ('2.1 Cykelvägar' / 'Kommunen ska bygga …') is a section over that action.
    if ((n > 0 || isOutlineItem(view, t)) && statesObligation(view.trimmed(d))) continue;
    // A numbered title is a box's only where the box is all its section holds: a numbered heading over several
    // described actions ('6.1 Förebyggande arbete' over three paragraphs with their fields) is their area.
    if (n > 0 && after < view.blocks.length && view.blocks[after].kind !== 'heading') continue;
    const number = t > 0 && isLine(view, t - 1) && ID_ALONE.test(view.trimmed(t - 1)) ? t - 1 : null;
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, n) => from + n);
    out.push({ number, title: t, titleLines: range(t + 1, d), descriptions: range(d, end), closing, single: !closing && fields.length < 2 });
  }
  return out;
}

/**
 * The boxes that stand: those closed by two fields or more, and a box closed by one field alone
 * (its time not given) where two boxes or more have theirs and a title set as its own.
 */
function standingBoxes(view: DocView, boxes: Box[]): Box[] {
  const full = boxes.filter((b) => !b.single);
  if (full.length < 2) return full;
  return boxes.filter((b) => !b.single || full.some((f) => sameType(view, f.title, b.title)));
}


function proposeBoxes(view: DocView): Proposal[] {
  const boxes = standingBoxes(view, findBoxes(view));
  // A box is a shape the document repeats; one title over prose and a responsible body is a chapter.
  if (boxes.length < 2) return [];
  const base = { construction: 'activity/boxed-record', role: 'trap' as const };
  return boxes.flatMap((box): Proposal[] => {
    const title = view.trimmed(box.title);
    const n = outlineNumberLength(title);
    const marker = box.number !== null ? view.trimmed(box.number) : n > 0 ? title.slice(0, n).trim() : (view.blocks[box.title].marker ?? null) || null;
    return [
      ...(box.number === null ? [] : [{ ...base, block: box.number, rule: 'activity/box-part', evidence: [{ id: 'number-above-box-title', weight: 0.7 }], acts: [{ op: 'skip' as const }] }]),
      {
        block: box.title,
        construction: 'activity/boxed-record',
        rule: 'activity/boxed-title',
        role: 'activity',
        evidence: [{ id: 'title-description-fields', weight: 0.7 }, { id: 'repeated-box', weight: 0.3 }],
        acts: [{ op: 'entry', kind: 'item', start: view.begin(box.title) + n, text: title.slice(n), rules: ['activity/boxed-record'], ...(marker === null ? {} : { marker }) }],
      },
      ...box.titleLines.map((l): Proposal => ({ ...base, role: 'activity', block: l, rule: 'activity/box-part', evidence: [{ id: 'title-wrapped', weight: 0.7 }], acts: [{ op: 'extend' }] })),
      ...box.descriptions.map(
        (d): Proposal => ({
          ...base,
          block: d,
          rule: 'activity/box-part',
          evidence: [{ id: 'between-title-and-fields', weight: 0.7 }],
          // Only under the box's title read as its activity: a title read as a section (a labelled 'Delmål 1.1 …') leaves
          // the paragraph under it to be read as what it is, an activity with the fields after it.
          when: (ctx) => ctx.lastEntry !== null,
          acts: [
            ...(box.closing && d === box.descriptions[box.descriptions.length - 1] ? [{ op: 'fields' as const, fields: box.closing, rule: 'activity/boxed-record' }] : []),
            { op: 'describe', reason: "Read as the description of the activity box above it: a title, a description, then the box's fields" },
          ],
        }),
      ),
    ];
  });
}
