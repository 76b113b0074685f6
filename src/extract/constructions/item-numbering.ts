import { LABEL_VALUE } from '../../lang/structure.js';
import { ACTION_NUMBER } from '../../lang/sections.js';
import { isInfinitive } from '../../lang/morphology.js';
import { cellKind } from '../../clean/cell-kinds.js';
import { splitFields } from '../outline/fields.js';
import type { DocView } from '../view/document-view.js';
import type { Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';

export const itemNumbering = defineConstruction({
  id: 'activity/item-numbering',
  description: "Items numbered as plans number them: outline numbers ('1.1', '2.3'), ids ('A1', 'B2'), and labelled numbers at the start of a paragraph ('Åtgärd 3:', 'Aktivitet 2.'), each with its fields.",
  positive: [
    { doc: 'Spår 1: Året runt\nA1 Ta fram ett evenemangsprogram. (ansvarig: Destinationsbolaget, klart: Q2 2025)\nA2 Utveckla cykelleder i byn. (ansvarig: Samhällsbyggnad, klart: 2025)', focusAreas: ['Året runt'], activities: ['Ta fram ett evenemangsprogram.', 'Utveckla cykelleder i byn.'] },
    { doc: 'Insatsområde 1 Vatten\nÅtgärd 1: Kartlägga enskilda avlopp. Kartan visar var risken är störst. Ansvar: MBF Tid: 2024\nÅtgärd 2: Korta handläggningstiden för avloppstillstånd. Ansvar: MBF Tid: 2025', activities: ['Kartlägga enskilda avlopp', 'Korta handläggningstiden för avloppstillstånd.'] },
    // Numbered by hand in paragraphs, each with its labelled lines.
    { doc: '# Spår 1: Hållbar mobilitet\n## Delmål 1.1 Fler resor med cykel\n1.1.1 Bygga cykelparkeringar vid stationen\nAnsvarig: Tekniska kontoret\nGenomförs: 2025\n1.1.2 Märka ut cykelleder mellan tätorterna\nAnsvarig: Tekniska kontoret\nGenomförs: 2026', activities: ['Bygga cykelparkeringar vid stationen', 'Märka ut cykelleder mellan tätorterna'] },
    { doc: '1. Ett tryggt boende för äldre\nRegionen bidrar med hemsjukvård.\n1.1 Montera trygghetslarm i alla lägenheter\n1.2 Utbilda personalen i fallprevention\n1.3 Byta till halkfria golv i entréerna', focusAreas: [], activities: ['Montera trygghetslarm i alla lägenheter', 'Utbilda personalen i fallprevention', 'Byta till halkfria golv i entréerna'] },
  ],
  negative: [
    // Decisions in minutes are numbered too; they are no actions of a plan.
    { doc: 'Kommunstyrelsens beslut\n1. Planen godkänns.\n2. Stadsdirektören får i uppdrag att återrapportera i december.', activities: [] },
    // A numbered paragraph of a report's chapters, with prose after it, is no item.
    { doc: '# Kulturplan\n2.1 Bakgrund och syfte\nKulturplanen beskriver hur kommunen stöttar kulturlivet.', activities: [] },
    // A note under a table keyed to a row's number says how that action fares; it is no action of its own.
    { doc: '| Nr | Åtgärd | Ansvar |\n| 4 | Bygga en ny återvinningscentral | Renhållningen |\nÅtgärd 4: Bygglovet har överklagats.', activities: ['Bygga en ny återvinningscentral'] },
    // A note under a follow-up's table on a row of it, by the row's id: a comment, no second action.
    { doc: '| Nr | Åtgärd | Ansvar | Status |\n| 1.1 | Rusta upp badplatsen i Norrby | KFF | Pågår |\n| 1.2 | Bygga en ny brygga vid Storsjön | TF | Ej påbörjad |\nÅtgärd 1.2: Bygglovet är överklagat.', activities: ['Rusta upp badplatsen i Norrby', 'Bygga en ny brygga vid Storsjön'] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    let ids: Set<string> | null = null;
    view.blocks.forEach((b, i) => {
      const t = view.trimmed(i);
      const action = b.kind === 'paragraph' ? ACTION_NUMBER.exec(t) : null;
      if (action && !isInfinitive(t.slice(action[0].length).split(/\s+/)[0] ?? '') && (ids ??= rowIds(view)).has(action[1])) return;
      if (!action) {
        // '1.2.3 Ta fram …' as a paragraph (a Word file numbered by hand) with label–value lines under it: an item of a numbered plan.
        const id = b.kind === 'paragraph' ? OUTLINE_ID.exec(t) : null;
        const next = view.blocks[i + 1];
        if (id && next?.kind === 'paragraph' && LABEL_VALUE.test(view.trimmed(i + 1))) out.push({ block: i, construction: 'activity/item-numbering', rule: 'activity/numbered-paragraph', role: 'activity', evidence: [{ id: 'outline-id', weight: 0.6 }, { id: 'labelled-lines-after', weight: 0.3 }], acts: [{ op: 'entry', kind: 'item', start: view.begin(i) + id[0].length, text: t.slice(id[0].length), rules: ['activity/numbered-paragraph'], marker: id[1] }] });
        return;
      }
      const rest = t.slice(action[0].length);
      // The action's title is its first sentence; the description after it is left to the document text.
      const first = /^(.{3,}?[^\s.]{2})\.(?:\s+\p{Lu}|$)/u.exec(rest.slice(0, splitFields(rest).bodyEnd));
      out.push({ block: i, construction: 'activity/item-numbering', rule: 'activity/numbered-action', role: 'activity', evidence: [{ id: 'labelled-number', weight: 0.9 }], acts: [{ op: 'entry', kind: 'numbered-action', start: view.begin(i) + action[0].length, text: rest, rules: ['activity/numbered-action'], marker: action[1], ...(first ? { title: first[1] } : {}) }] });
    });
    return out;
  },
});

/**
 * The ids the document's table rows carry in a cell of their own ('3.2' in a
 * Nr column): a labelled number that repeats one and states no action
 * ('Åtgärd 3.2: Rekryteringen har inte gett några sökande.') is a note on that row.
 */
function rowIds(view: DocView): Set<string> {
  const ids = new Set<string>();
  view.blocks.forEach((b, i) => {
    if (b.kind !== 'row') return;
    for (const c of view.cells(i)) if (cellKind(c) === 'id') ids.add(c.trim().replace(/\.$/, ''));
  });
  return ids;
}

/** An outline id of two to four levels before a capital: '1.2 Införa', '2.1.3 Ta fram'. */
const OUTLINE_ID = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=[\p{Lu}"”])/u;

export { ACTION_NUMBER };
