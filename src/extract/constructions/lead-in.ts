import { OWNER_LIST_INTRO } from '../../lang/structure.js';
import { ACTION_LEAD_IN, ACTOR_SHALL, COPULA_LEAD_IN, GENERIC_ACTOR, FOCUS_AREA_LIST_INTRO, INFINITIVE_LEAD_IN, NON_ACTION_CONTEXT } from '../../lang/sections.js';
import type { LeadIn } from '../outline/types.js';
import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { defineConstruction } from './define.js';
import { judgeList, readListContent } from './list-content.js';
import { REPORTED_TENSE } from '../../lang/morphology.js';

export const leadIn = defineConstruction({
  id: 'lead-in/list',
  description: "A line ending in ':' that opens a list. Its words are weak evidence ('Vi ska:', 'Åtgärder:' for actions; goals, measures, documents, recipients for none); the items decide when most of them agree: actions or entries with fields, measures (indicators), goal statements, reports in the past tense (list-content.ts).",
  positive: [
    { doc: '# Trygga skolor\nVi ska:\n- ge varje elev en vuxen att vända sig till\n- korta tiden till första samtal\n# Trygg fritid\nVi ska:\n- hålla fritidsgårdarna öppna på helger', focusAreas: ['Trygga skolor', 'Trygg fritid'], activities: ['ge varje elev en vuxen att vända sig till', 'korta tiden till första samtal', 'hålla fritidsgårdarna öppna på helger'] },
    { doc: '# Friluftsliv\nÅtgärder:\n- Skyltning av vandringslederna\n- Ny badplats vid sjön', activities: ['Skyltning av vandringslederna', 'Ny badplats vid sjön'] },
    { doc: 'Mål 1: Fler fysiskt aktiva äldre\nAktiviteter:\n- Erbjuda seniorgympa i alla kommundelar\n- Genomföra en årlig hälsovecka\nMål 2: Minskad ensamhet\nAktiviteter:\n- Starta träffpunkter i biblioteken\n# Indikatorer\n- Antal deltagare i seniorgympan', focusAreas: ['Fler fysiskt aktiva äldre', 'Minskad ensamhet'], activities: ['Erbjuda seniorgympa i alla kommundelar', 'Genomföra en årlig hälsovecka', 'Starta träffpunkter i biblioteken'] },
    // A period after the list's name, the modal before its subject, a goal named in the lead-in: still actions.
    { doc: '# Avfall\nÅtgärder 2025–2026:\n- Öppna en återbruksbutik\n- Införa matavfallsinsamling i villor', activities: ['Öppna en återbruksbutik', 'Införa matavfallsinsamling i villor'] },
    { doc: '# Klimat\nUnder 2025 ska kommunen:\n- byta till elbilar i hemtjänsten\n- installera solceller på skolorna', activities: ['byta till elbilar i hemtjänsten', 'installera solceller på skolorna'] },
    { doc: '# Kultur\nAktiviteter för att nå målen:\n- Starta bokcirklar på fritidsgårdar\n- Digitalisera hembygdsarkivet', activities: ['Starta bokcirklar på fritidsgårdar', 'Digitalisera hembygdsarkivet'] },
    // The lead-in names steps, the items carry an activity's fields: the items decide.
    { doc: '# Kulturarv\nFöljande steg tas under 2025:\n- Inventera samlingarna i länsmuseet. Ansvar: Kulturförvaltningen\n- Digitalisera fotoarkivet. Ansvar: Kulturförvaltningen', activities: ['Inventera samlingarna i länsmuseet.', 'Digitalisera fotoarkivet.'] },
    // A lead-in that stops at its copula, its colon lost.
    { doc: '# Kulturarv\nÅtgärderna under 2025 är\n- Inventera samlingarna i länsmuseet\n- Digitalisera fotoarkivet', activities: ['Inventera samlingarna i länsmuseet', 'Digitalisera fotoarkivet'] },
  ],
  negative: [
    { doc: '# Uppföljning\nPlanen följs upp med följande mått:\n- Antal besök i simhallen\n- Nöjdhet enligt brukarenkät', activities: [] },
    { doc: '# Protokoll\nExpedieras till:\n- Ekonomichefen\n- Tekniska förvaltningen', activities: [] },
    // A heading set as a paragraph without a colon names the documents under it, though a plan's clauses stand in the same section.
    { doc: 'Inom temat Levande bibliotek föreslås att öppna ett meröppet bibliotek i Norrby (KUF, 2026); starta läsombud i förskolan (BUF, HT 2026).\nBilagor\n- Utredning om meröppna bibliotek\n- Sammanställning av remissvar', activities: ['öppna ett meröppet bibliotek i Norrby', 'starta läsombud i förskolan'] },
    { doc: '# Mål\nProgrammets mål till 2035:\n- Utveckla fler gröna stråk\n- Öka antalet parker', activities: [] },
    // An action lead-in over measures: the items make it an indicator list.
    { doc: '# Folkhälsa\nVi ska följa:\n- Andel elever som röker, 5 %\n- Antal besök på fritidsgårdarna per vecka', activities: [] },
    // Goal statements under a lead-in that names nothing.
    { doc: '# Trygghet\nTill 2027 gäller:\n- Fler invånare känner sig trygga i centrum\n- Minskad skadegörelse på skolorna', activities: [] },
    // A routine's steps for the reader, verbs first and one an imperative no plan writes ('Skriv'), none with a field: instructions, not actions.
    { doc: '# Rutin vid tillbud i skolan\nNär en elev skadas ska personalen agera direkt. Gör så här:\n1. Kontakta vårdnadshavaren samma dag.\n2. Skriv en tillbudsrapport i systemet.\n3. Informera rektor om händelsen.', activities: [] },
    // The areas a strategy names, under an intro that stops at its copula: areas, not actions.
    { doc: '# Folkhälsa\nKommunens prioriterade områden är\n- ställa om skolmåltiderna till mer vegetarisk kost\n- bygga ut spontanidrottsplatser i alla kommundelar\n- utveckla mötesplatser för äldre', activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    view.blocks.forEach((b, i) => {
      const t = view.trimmed(i);
      // A list item that ends in a colon introduces the items after it, as a paragraph would.
      if (b.kind === 'item' && !b.marker && /:\s*$/.test(t)) {
        const intro = judgeLeadIn(classifyLeadIn(t), itemsAfter(view, i));
        if (intro && intro.kind !== 'plain') out.push({ block: i, construction: 'lead-in/list', rule: 'lead-in/item', role: 'lead-in', evidence: [{ id: `lead-in-${intro.kind}`, weight: 0.8 }], acts: [{ op: 'lead-in', leadIn: intro }] });
      }
      if (b.kind !== 'paragraph') return;
      const items = itemsAfter(view, i);
      // A list's intro that stops at its copula lost its colon, as a designed page sets the list beside it ('Fokusområdena är' over bullets).
      const intro = judgeLeadIn(classifyLeadIn(items.length && COPULA_LEAD_IN.test(t) ? `${t}:` : t) ?? namingLine(t, view, i), items);
      if (intro) out.push({ block: i, construction: 'lead-in/list', rule: 'lead-in/paragraph', role: 'lead-in', evidence: [{ id: `lead-in-${intro.kind}`, weight: intro.kind === 'plain' ? 0.3 : 0.8 }], acts: [{ op: 'lead-in', leadIn: intro }] });
    });
    return out;
  },
});

/** The most words of a line set as a heading without a colon ('Beslutsunderlag', 'Bilagor') that names the list under it. */
const MAX_NAMING_WORDS = 3;

/**
 * A short line without a colon or a sentence's end, set as a paragraph right over a list, whose
 * words name documents, recipients or members (minutes set their headings so: 'Beslutsunderlag',
 * 'Bilagor'): the list under it is none of actions, though a plan stands in the same section.
 */
function namingLine(text: string, view: DocView, i: number): LeadIn | null {
  if (/[.!?:]$/.test(text) || text.split(/\s+/).length > MAX_NAMING_WORDS || view.blocks[i + 1]?.kind !== 'item') return null;
  return NON_ACTION_CONTEXT.test(text) ? { kind: 'non-action', actor: null, text } : null;
}

/** The items a lead-in opens: the items after it, up to the next line that is no item or is a lead-in itself. */
export function itemsAfter(view: DocView, i: number): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < view.blocks.length && out.length < 40; j++) {
    const t = view.trimmed(j);
    if (view.blocks[j].kind !== 'item' || /:\s*$/.test(t)) break;
    out.push(t);
  }
  return out;
}

/**
 * A lead-in's words are weak evidence; its items decide when they agree with
 * each other: entries with fields open actions whatever the lead-in says, most
 * of them actions open actions under a lead-in that names nothing ('Aktiviteter
 * för att nå målen:') and reports nothing; measures make an indicator list
 * whatever the lead-in says, goal statements and reports of what was done
 * make no actions under a lead-in that names nothing.
 */
export function judgeLeadIn(intro: LeadIn | null, items: string[]): LeadIn | null {
  if (!intro || intro.kind === 'owners' || intro.kind === 'focus-list') return intro;
  const verdict = judgeList(items);
  if (verdict === 'action' && (intro.kind === 'plain' || intro.kind === 'non-action')) {
    // Fields are a plan's own marks and outweigh any words. Infinitives alone do not outweigh a lead-in that names
    // something else, nor one that reports in the perfect tense ('Nämnden har arbetat med följande uppdrag:').
    const marked = readListContent(items).fields >= 0.5;
    // A lead-in that names its list is short ('Aktiviteter för att nå målen:'); a sentence ('Kommunerna kan välja mellan följande:') says more than its items.
    const naming = intro.kind === 'plain' && intro.text.split(/\s+/).length <= 8 && !REPORTED_TENSE.test(intro.text.toLowerCase());
    if (marked || naming) return { ...intro, kind: 'action' };
    return intro;
  }
  if (verdict === 'indicator') return { ...intro, kind: 'non-action', actor: null };
  if ((verdict === 'goal' || verdict === 'report' || verdict === 'instruction') && intro.kind === 'plain') return { ...intro, kind: 'non-action' };
  return intro;
}

/** What a line ending in ':' opens, or null for a line that is no lead-in. */
export function classifyLeadIn(text: string): LeadIn | null {
  const t = text.trim();
  if (!/:\s*$/.test(t)) return null;
  // The last sentence of the paragraph is the lead-in: 'Företagen ska … Vi ska:'.
  const last = t.split(/(?<=[.!?])\s+(?=[\p{Lu}])/u).pop() ?? t;
  const shall = ACTOR_SHALL.exec(last);
  if (ACTION_LEAD_IN.test(last) && !NON_ACTION_CONTEXT.test(last)) {
    if (shall && !GENERIC_ACTOR.test(shall[1])) return { kind: 'shall', actor: shall[1], text: last };
    return { kind: shall ? 'shall' : 'action', actor: null, text: last };
  }
  // '… skapar vi förflyttning mot visionen – med särskilt fokus på att:': the clause that ends in 'att:' decides.
  const clause = last.split(/\s[–—-]\s|[,;]\s/).pop() ?? last;
  if (INFINITIVE_LEAD_IN.test(clause) && !NON_ACTION_CONTEXT.test(clause)) return { kind: 'action', actor: null, text: last };
  if (OWNER_LIST_INTRO.test(last)) return { kind: 'owners', actor: null, text: last };
  if (FOCUS_AREA_LIST_INTRO.test(last)) return { kind: 'focus-list', actor: null, text: last };
  if (NON_ACTION_CONTEXT.test(last)) return { kind: 'non-action', actor: null, text: last };
  return { kind: 'plain', actor: null, text: last };
}
