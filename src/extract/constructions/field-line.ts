import { defineConstruction } from './define.js';
import { emptyFieldLine, fieldLine } from '../outline/fields.js';
import type { Proposal } from '../resolve/proposal.js';
import { unitTableFields } from '../../clean/unit-tables.js';
import { SECTION_LABEL_WORDS } from '../../lang/sections.js';
import { FIELD_LABELS } from '../../lang/fields.js';
import { sv } from '../../lang/pattern.js';
import { isLegendText } from './legend.js';

/** A label of a word or two, its colon and a value ('Utfört: 40 %'), the label no section's. */
const LABEL_AND_VALUE = /^\p{L}[\p{L}-]*(?:\s\p{L}+)?\s*:\s*\S/u;
/** A label some list names: a section's, or a field's of any role ('Aktivitet:' opens the next record). */
const KNOWN_LABEL = sv(`^(?:${SECTION_LABEL_WORDS}|${FIELD_LABELS.map((f) => f.words).join('|')})\\b`, 'i');
const isUnknownField = (text: string) => LABEL_AND_VALUE.test(text) && !KNOWN_LABEL.test(text);

export const fieldLines = defineConstruction({
  id: 'field/following-line',
  description: "Fields on the lines after an item belong to it ('Ansvarig: Socialförvaltningen', 'Tidplan: 2025'), however many lines they take, and a line of their shape between them whose label no list names keeps them together.",
  positive: [
    // A browser's print sets each label in bold larger type, so the reader gives the field lines as headings.
    { doc: '# Förebygga avfall\n1. Införa pantsystem för engångsmuggar på stadens evenemang\n### Ansvarig: Kulturförvaltningen\n### Tidplan: 2026\n2. Minska matsvinnet i skolköken\n### Ansvarig: Skolförvaltningen\n# Öka återbruket\n3. Öppna en återbruksbutik vid återvinningscentralen\n### Status: Pågår', focusAreas: ['Förebygga avfall', 'Öka återbruket'], activities: ['Införa pantsystem för engångsmuggar på stadens evenemang', 'Minska matsvinnet i skolköken', 'Öppna en återbruksbutik vid återvinningscentralen'] },
    // An export's labels without a colon: the comment, any text, continues the record after its other fields.
    { doc: '# Simhallen\n### Förlänga öppettiderna på helger\nAnsvarig Fritidsförvaltningen\nStatus Pågår\nKommentar Öppet till 20 sedan mars.\n### Erbjuda simskola för vuxna\nAnsvarig Badmästare\nStatus Ej påbörjad\nKommentar Avvaktar personal.', activities: ['Förlänga öppettiderna på helger', 'Erbjuda simskola för vuxna'] },
    // A field the export left empty ('Status:') keeps the record's later fields with it.
    { doc: '# Idrottsplatser\n1. Byta konstgräs på Norrvallen\nAnsvarig: Fritidsförvaltningen\nStatus:\nKommentar: Upphandlingen startar i vår.\n2. Bygga omklädningsrum vid Södervallen\nAnsvarig: Fastighetsavdelningen\nStatus: Pågår', activities: ['Byta konstgräs på Norrvallen', 'Bygga omklädningsrum vid Södervallen'] },
    { doc: '# Trygghet\n1. Ordna nattvandringar med föreningar\nAnsvarig: Fritidsförvaltningen\nTidplan: 2025\n2. Förbättra belysningen i parker\nAnsvarig: Tekniska förvaltningen', activities: ['Ordna nattvandringar med föreningar', 'Förbättra belysningen i parker'] },
    // A field whose label no list names ('Utfört: 40 %') among the record's lines keeps the record open for the fields after it.
    { doc: '# Simhallen\nAktivitet: Förlänga öppettiderna på helger\nAnsvarig: Fritidsförvaltningen\nUtfört: 40 %\nTidplan: 2026\nAktivitet: Erbjuda simskola för vuxna\nAnsvarig: Badmästare\nUtfört: 0 %\nTidplan: 2027', activities: ['Förlänga öppettiderna på helger', 'Erbjuda simskola för vuxna'] },
    // A table of units, people and deadlines under each action, run onto one line row by row or column by column (unit-tables.ts).
    { doc: '# Läsning\n1. Låna ut läsplattor till äldreboenden\nFörvaltning Ansvarig Tidsplan Socialförv. Enhetschef 30 juni 2025 Kulturförv.\n2. Starta bokcirklar på träffpunkterna\nFörvaltning Socialförv. Kulturförv. Ansvarig Bibliotekschef Tidsplan 31 dec 2026', activities: ['Låna ut läsplattor till äldreboenden', 'Starta bokcirklar på träffpunkterna'] },
  ],
  negative: [
    { doc: 'Ansvarig: Kulturchefen\nTidplan: 2025', activities: [] },
    // Prose that names the unit, the one responsible and a time plan is no table of them.
    { doc: '# Läsning\n1. Läsplattor på äldreboenden\nFörvaltningen och den ansvarige chefen tar fram en tidsplan som gäller till 2026.\n2. Bokcirklar på träffpunkterna\nCirklarna leds av bibliotekarier hela 2026.', activities: [] },
    // A comment's label opening a sentence is no field where no line of fields goes before it.
    { doc: '# Bad och friluftsliv\n1. Rusta upp badplatsen vid sjön\nKommentar Badplatsen fick nya bryggor i juni.\n2. Märka ut en vandringsled runt sjön', activities: ['Rusta upp badplatsen vid sjön', 'Märka ut en vandringsled runt sjön'] },
    // A legend under the table that opens on the column's label explains the column: the last row keeps its own light.
    { doc: '# Fokusområde 1: Gröna stråk\n| Nr | Åtgärd | Ansvar | Bedömning |\n| 1 | Plantera alléträd längs Storgatan | Parkenheten | Röd |\n\nBedömning: grön = enligt plan, gul = risk för försening, röd = avvikelse.', activities: ['Plantera alléträd längs Storgatan'] },
    // The same legend with its lines run together, as a transcript gives it: each light's word opens its entry after a space.
    { doc: '# Tema 2: Trygga skolvägar\n| Nr | Åtgärd | Ansvar | Signal |\n| 1 | Måla övergångsställen vid Ekskolan | Gatuenheten | Gul |\n\nSignal: Grön – följer planen Gul – risk för försening Röd – stoppad', activities: ['Måla övergångsställen vid Ekskolan'] },
    // A heading that names an area with a label is a section, not a field of the item above it.
    { doc: '1. Rusta upp elljusspåret vid Hemberget\nAnsvarig: Fritidsförvaltningen\n## Fokusområde: Vatten\n2. Anlägga en badbrygga vid sjön', focusAreas: ['Vatten'], activities: ['Rusta upp elljusspåret vid Hemberget', 'Anlägga en badbrygga vid sjön'] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    let after = -2;
    view.blocks.forEach((b, i) => {
      // An item the reading gave no marker (a line set in) is a line like any other.
      if (b.kind !== 'paragraph' && b.kind !== 'heading' && !(b.kind === 'item' && !b.marker)) return;
      // Right after a line of fields, a field of free text continues the record ('Kommentar Arbetet har startat').
      // A label left empty among the record's lines ('Status:') is a field of the record too, not a lead-in to what follows.
      const read = fieldLine(view.text(i), after === i - 1) ?? (after === i - 1 ? emptyFieldLine(view.text(i)) : null) ?? (b.kind === 'paragraph' ? unitTableFields(view.text(i)) : null);
      // A legend under a table that opens on its column's label ('Signal: grön = …, gul = …') explains the column; it is no row's field.
      const fields = read && read.some((f) => f.role === 'track' || f.role === 'status') && isLegendText(view.text(i)) ? null : read;
      // Between two lines of a record's fields, a line of their shape whose label no list names ('Utfört: 40 %') is one more of them:
      // it keeps the record open and gives nothing.
      if (!fields && b.kind === 'paragraph' && after === i - 1 && isUnknownField(view.trimmed(i)) && i + 1 < view.blocks.length && fieldLine(view.text(i + 1))) {
        out.push({ block: i, construction: 'field/following-line', rule: 'field/following-line', role: 'field', evidence: [{ id: 'label-colon-value-among-fields', weight: 0.6 }], when: (ctx) => ctx.lastEntry !== null, acts: [{ op: 'fields', fields: [], rule: 'field/following-line' }] });
        after = i;
        return;
      }
      if (fields) after = i;
      // A heading is a field line only when its labels name an activity's fields, never an area or the activity itself.
      if (fields && b.kind === 'heading' && fields.some((f) => f.role === 'focus-area' || f.role === 'activity')) return;
      if (fields) out.push({ block: i, construction: 'field/following-line', rule: 'field/following-line', role: 'field', evidence: [{ id: 'label-colon-value', weight: 0.9 }], when: (ctx) => ctx.lastEntry !== null, acts: [{ op: 'fields', fields, rule: 'field/following-line' }] });
    });
    return out;
  },
});
