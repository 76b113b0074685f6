import type { DocType } from '../../core/types.js';
import { memoize } from '../../core/memo.js';
import { defineRule } from '../rule.js';
import { DOC_TYPE_PATTERNS, SELF_REFERENCE } from '../../lang/doc-types.js';

export interface DocTypeHit {
  docType: DocType;
  rule: string;
  index: number;
  length: number;
}

/**
 * The document-type word that comes first in a title decides, except that a
 * title naming a follow-up is one wherever it names it: 'Handlingsplan för
 * näringslivet, uppföljning 2025' reports on the plan, it is not the plan.
 */
export const docTypeOfTitle: (title: string) => Readonly<DocTypeHit> | null = memoize((title) => {
  // Kept per text, and frozen as callers share it: a report repeats its title as every page's running header, and each is asked whether it is the title.
  const hit = readTypeOfTitle(title);
  return hit && Object.freeze(hit);
}, 4096);

function readTypeOfTitle(title: string): DocTypeHit | null {
  let best: DocTypeHit | null = null;
  const rank = (h: DocTypeHit) => (h.docType === 'uppfoljning' ? -1 : h.index);
  for (const p of DOC_TYPE_PATTERNS) {
    const m = p.pattern.exec(title);
    const hit = m ? { docType: p.docType, rule: p.id, index: m.index, length: m[0].length } : null;
    if (hit && (!best || rank(hit) < rank(best))) best = hit;
  }
  return best;
}

/** 'Denna handlingsplan utgår från …': a document naming its own type. */
export function docTypeOfSelfReference(text: string): (DocTypeHit & { word: string }) | null {
  for (const m of text.matchAll(SELF_REFERENCE)) {
    const hit = docTypeOfTitle(m[1]);
    if (hit) return { ...hit, index: m.index! + m[0].length - m[1].length, length: m[1].length, word: m[1], rule: `${hit.rule}-self` };
  }
  return null;
}

export const docTypeRule = defineRule<DocType | null>({
  id: 'doctype/title',
  version: 2,
  description: 'Document type from the first document-type word of a title.',
  examples: [
    { input: 'Uppföljning näringslivsstrategi och handlingsplan', output: 'uppfoljning' },
    { input: 'Handlingsplan Utvecklingskraft i Södertälje', output: 'handlingsplan' },
    { input: 'Förklaringsdokument till näringslivsstrategi för Lerums kommun', output: 'strategi' },
    { input: 'Aktivitetsplan för näringslivsarbetet i Österåker 2018', output: 'aktivitetsplan' },
    { input: 'Näringslivsprogram Hylte kommun', output: 'program' },
    { input: 'Årsbokslut 2025 Kultur- och fritidsnämnden', output: 'uppfoljning' },
    { input: 'Åtgärdsplan för klimat och energi', output: 'handlingsplan' },
    { input: 'Handlingsplan för näringslivet 2024–2026, uppföljning 2025', output: 'uppfoljning' },
    { input: 'Handlingsplan för folkhälsa 2025 – delårsuppföljning', output: 'uppfoljning' },
    { input: 'Riktlinje för hantering av allmänna handlingar i skolan', output: 'policy' },
    { input: 'Riktlinjerna för bidrag till studieförbund', output: 'policy' },
    { input: 'Strategisk samhällsutveckling', output: null },
    { input: 'Riktlinjeutbildning för chefer', output: null },
  ],
  apply: (text) => docTypeOfTitle(text)?.docType ?? null,
});
