import { defineConstruction } from './define.js';

export const titleWithDescription = defineConstruction({
  id: 'section/title-description',
  description: "A section line that runs its title into a description ('Kompetensförsörjning Företagen ska kunna …', '1. Stimulera tillväxt. Exempel på insatser:'): the title is the words before the description's first sentence.",
  positive: [
    { doc: '1. Ett bra företagsklimat Företagarna ska mötas av en tydlig kommun. Insatser under perioden:\n  - Utveckla företagslotsen\n2. Kompetensförsörjning Företagen ska kunna rekrytera. Insatser under perioden:\n  - Bredda samarbetet med högskolan', focusAreas: ['Ett bra företagsklimat', 'Kompetensförsörjning'] },
  ],
  negative: [
    { doc: '1. Handlingsplanen antas.\n2. Kommundirektören får i uppdrag att redovisa genomförandet.', focusAreas: [], activities: [] },
  ],
});

/**
 * The title at the start of a section line: up to its first sentence end, or
 * up to the first capitalised word after it that opens a sentence with a
 * verb ('… Företagen ska …'). A title that is the whole line stays whole.
 */
export function titleLength(text: string): number {
  const sentence = /^(.{3,}?[^\s.]{2})[.!?](?:\s|$)/u.exec(text);
  let end = sentence ? sentence[1].length : text.length;
  const words = /\s(\p{Lu}[\p{Ll}\p{Lu}-]+)(?=\s+\S+)/gu;
  for (let m = words.exec(text); m && m.index < end; m = words.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    // The capitalised word opens a clause: a finite verb follows within a few words.
    if (/^(?:\s+\S+){0,4}?\s+(?:ska|skall|är|har|kan|behöver|måste|gör|finns|blir|får|vill|\p{Ll}+(?:ar|er|ir|or))\b/u.test(after)) {
      end = m.index;
      break;
    }
  }
  return end;
}
