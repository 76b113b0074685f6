import { closingFields, isFieldLine, type Field } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import type { FieldRole } from '../../lang/fields.js';
import { actionKind, statesObligation } from './action-item.js';
import { defineConstruction } from './define.js';

/** The fields that, run into a paragraph's end, make it a record's close: who and when, how far it has come. */
const CLOSING_ROLES: FieldRole[] = ['owner', 'time', 'status', 'progress'];

export const description = defineConstruction({
  id: 'trap/description',
  description: "Text set under an activity that describes it: items under an emphasised action, lines under an outline item ('2.1 …') without a glyph of their own or repeating its number, and a paragraph between an item and the field lines that are its own, or that closes with them ('… Ansvar: X. Tid: 2026.').",
  positive: [
    { doc: '# Trygghet\nKARTLÄGGA otrygga platser tillsammans med invånarna\n- trygghetsvandringar i varje stadsdel\nFÖRBÄTTRA belysningen längs gång- och cykelvägar\n- särskilt vid skolor och hållplatser\nUTVECKLA samarbetet med polisen i medborgarlöften\n- följa upp medborgarlöftet årligen', activities: ['KARTLÄGGA otrygga platser tillsammans med invånarna', 'FÖRBÄTTRA belysningen längs gång- och cykelvägar', 'UTVECKLA samarbetet med polisen i medborgarlöften'] },
    // A paragraph of prose between an item and its field lines describes the item, which keeps its fields.
    { doc: '# Friluftsliv\n1.1 Rusta upp vandringslederna runt Stora sjön\nLederna har inte underhållits sedan 2015 och skyltarna saknas.\nAnsvarig: Fritidsförvaltningen\nTidplan: 2026\n1.2 Anlägga en badplats vid Norrviken\nAnsvarig: Tekniska förvaltningen\nTidplan: 2027', activities: ['Rusta upp vandringslederna runt Stora sjön', 'Anlägga en badplats vid Norrviken'] },
    // The fields run into the end of the describing paragraph, as a Word author types them, are the item's too.
    { doc: '# Bibliotek\n3.1 Förlänga öppettiderna i Norrby\nFilialen är i dag stängd på lördagar. Ansvarig: Kulturförvaltningen. Tidplan: 2026.\n3.2 Köpa in fler ljudböcker\nEfterfrågan har fördubblats sedan 2022. Ansvarig: Biblioteket. Tidplan: Löpande', activities: ['Förlänga öppettiderna i Norrby', 'Köpa in fler ljudböcker'] },
  ],
  negative: [
    // A paragraph that states an action of its own before field lines describes no item: the fields are not the item's.
    { doc: '# Friluftsliv\n1.1 Rusta upp vandringslederna runt Stora sjön\nSkylta om lederna i naturreservatet vid sjön.\nAnsvarig: Fritidsförvaltningen\nTidplan: 2026', activities: [] },
    { doc: '# Trygghet\nSTÄRKA tryggheten i centrum\n- Ordna nattvandringar med föreningar\n- Förbättra belysningen i parker', activities: ['Ordna nattvandringar med föreningar', 'Förbättra belysningen i parker'] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      const closing = b.kind === 'paragraph' ? closingDescription(view, i) : null;
      if (b.kind === 'paragraph' && (closing || describesBeforeFields(view, i))) {
        out.push({
          block: i,
          construction: 'trap/description',
          rule: 'trap/description',
          role: 'trap',
          evidence: [{ id: 'between-item-and-fields', weight: 0.6 }],
          // Only an outline-numbered item ('2.1.3') still waiting for its fields: after them, a paragraph is prose again,
          // and under a bullet the paragraph may as well be a report's prose with fields of its own.
          when: (ctx) => ctx.lastEntry !== null && ctx.lastEntry.kind === 'item' && /^\d+\.\d+/.test(ctx.lastEntry.marker ?? '') && ctx.lastEntry.fields.length === 0 && ctx.lastEntry.block.end <= b.start,
          acts: [
            ...(closing ? [{ op: 'fields' as const, fields: closing, rule: 'trap/description' }] : []),
            { op: 'describe', reason: 'Unexpected paragraph between an item and its field lines, expected a field; read as that item’s description' },
          ],
        });
      }
      if (b.kind !== 'item') return;
      const base = { block: i, construction: 'trap/description', rule: 'trap/description', role: 'trap' as const, acts: [{ op: 'skip' as const }] };
      out.push({ ...base, evidence: [{ id: 'under-emphasised-action', weight: 0.6 }], when: (ctx) => ctx.describing });
      if (isFieldLine(view.trimmed(i))) return;
      out.push({
        ...base,
        acts: [{ op: 'describe', reason: 'Unexpected line without a number of its own under an outline-numbered item, expected an item; read as that item’s description' }],
        evidence: [{ id: 'under-outline-item', weight: 0.6 }],
        when: (ctx) => {
          const previous = ctx.current.entries[ctx.current.entries.length - 1]?.marker ?? '';
          return /^\d+\.\d+/.test(previous) && (b.marker === '' || b.marker === previous);
        },
      });
    });
    return out;
  },
});

/** A paragraph right after an item and right before field lines, that states no action of its own. */
function describesBeforeFields(view: DocView, i: number): boolean {
  if (view.blocks[i - 1]?.kind !== 'item' || i + 1 >= view.blocks.length) return false;
  const text = view.trimmed(i);
  return !isFieldLine(text) && isFieldLine(view.trimmed(i + 1)) && actionKind(text) !== 'verb';
}

/** The fields a paragraph right after an item closes with, when it describes that item rather than stating an action of its own. */
function closingDescription(view: DocView, i: number): Field[] | null {
  if (view.blocks[i - 1]?.kind !== 'item') return null;
  const text = view.trimmed(i);
  if (actionKind(text) === 'verb' || statesObligation(text)) return null;
  return closingFields(view.text(i), CLOSING_ROLES);
}
