import { isFiniteVerb } from '../../lang/morphology.js';
import { WHERE_CLAUSE } from '../../lang/sections.js';
import { makeHeading } from '../outline/heading.js';
import type { Proposal } from '../resolve/proposal.js';
import { defineConstruction } from './define.js';
import { cleanTitle, isLabelledGoal } from './section-label.js';

/**
 * An outline number at the start of a heading: '3.1.2 Title', '2. Title', or
 * run into its title ('6.1Vägtrafik och gator': a word processor saving a
 * numbered heading as HTML drops the tab after the number, and a browser
 * prints it so).
 */
export const OUTLINE_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?(?:\s+(?=\S)|(?=\p{Lu}\p{Ll}))/u;
/** A word and a number before a colon at the start of a heading: the shape of a section label. */
const LABEL_SHAPE = /^\p{L}+\s+(\d{1,2}(?:\.\d{1,2})*)\s*[:–]\s+(?=\S)/u;

/** Type this much larger than the body is a title's. */
const DISPLAY_SIZE = 1.3;

/** Words enough that a line of sentences is a paragraph, not a title with a full stop in it. */
const MIN_PROSE_WORDS = 12;
/**
 * Two sentences or more, ended by a full stop, or one as long whose verb is finite past its
 * first word ('Ett gott bemötande gör att …'): prose. A title names; it says nothing of its subject.
 */
function isProseLine(t: string): boolean {
  if (!/[.!?]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < MIN_PROSE_WORDS) return false;
  return /[.!?]\s+\p{Lu}/u.test(t) || words.slice(1, -1).some((w) => /^\p{Ll}+$/u.test(w) && isFiniteVerb(w));
}

/** Words a numbered title holds at most; more, and the numbered line is a paragraph of its own. */
const MAX_SEQUEL_WORDS = 10;

/**
 * A short numbered line read as a paragraph ('5.3 Säkrare miljöer' at the top
 * of a page) whose number comes next after a numbered heading's ('5.2') set in
 * the same type size: the outline's next heading, which the reading of its
 * page did not show as one. The number and its match, or null.
 */
function continuesOutline(t: string, size: number | undefined, numbered: Map<string, number | undefined>): RegExpExecArray | null {
  const num = OUTLINE_NUMBER.exec(t);
  if (!num || !num[1].includes('.')) return null;
  const title = t.slice(num[0].length);
  if (title.split(/\s+/).length > MAX_SEQUEL_WORDS || /[.:;!?]$/.test(title) || isFiniteVerb(title.split(/\s+/)[1] ?? '')) return null;
  const parts = num[1].split('.');
  const last = Number(parts.pop());
  const before = [...parts, String(last - 1)].join('.');
  if (last < 2 || !numbered.has(before)) return null;
  const sized = numbered.get(before);
  return sized !== undefined && size !== undefined && Math.abs(sized - size) <= 0.05 ? num : null;
}

export const plainHeading = defineConstruction({
  id: 'section/heading',
  description: "A heading by its format (a heading style, an outline number '2.3', display type) opens a section whatever its words; 'Område 3: X' by its shape; a short numbered paragraph whose number comes next after a numbered heading's in the same type ('5.3' after '5.2') by that sequence. Whether it is a focus area is decided by what it holds.",
  positive: [
    { doc: '# Klimatanpassning\n## Skyfall\n- Kartlägga lågpunkter i tätorten\n- Bygga dagvattenmagasin i centrum\n## Värmeböljor\n- Plantera träd på skolgårdar\n- Ta fram en plan för svala lokaler', focusAreas: ['Skyfall', 'Värmeböljor'] },
    // Numbers a saved web page ran into their titles: the number still places the heading, the title is what follows it.
    { doc: '# 4Insatser\nInsatserna är ordnade i två områden.\n## 4.1Föräldraskapsstöd\n- Erbjuda föräldrakurser i alla stadsdelar\n- Starta en öppen förskola i Norrby\n## 4.2Fritid för unga\n- Öppna fritidsgården även på lördagar\n- Anställa fler fältassistenter', focusAreas: ['Föräldraskapsstöd', 'Fritid för unga'] },
  ],
  negative: [
    { doc: '# Bakgrund\nKommunen har arbetat med klimatfrågor sedan 2010.\n# Syfte\nPlanen ska samla arbetet.', focusAreas: [], activities: [] },
    // Figures that belong to a title's words are no outline number: the title keeps them.
    { doc: '# Handlingsplan\n## 3D-skrivare i biblioteken\n- Köpa in två 3D-skrivare\n- Utbilda personalen i att skriva ut\n## 2030-målen\n- Ta fram en klimatbudget\n- Följa upp utsläppen varje år', focusAreas: ['3D-skrivare i biblioteken', '2030-målen'] },
    // A theme's introduction set in display type, as a brochure sets it, is no section of its own.
    { doc: '# Tema 1: Lässtimulans\n## Ett bibliotek som är öppet när barnen har tid gör att fler lånar böcker på fritiden.\n- Förlänga öppettiderna på lördagar\n- Starta en bokcirkel för mellanstadiet\n# Tema 2: Scenkonst\n- Bjuda in skolklasser till teatern\n- Ordna en sommarscen i parken', focusAreas: ['Lässtimulans', 'Scenkonst'], subAreas: [] },
    { doc: '# Fokusområde 1: Friluftsliv\n## Fler ska hitta ut i naturen. Kommunen vill göra leder och badplatser kända och lätta att nå för alla.\n- Märka upp vandringsleder runt sjön\n- Bygga en tillgänglig badbrygga\n# Fokusområde 2: Vatten\n- Kartlägga enskilda avlopp\n- Anlägga en våtmark', focusAreas: ['Friluftsliv', 'Vatten'], subAreas: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    /** The numbered headings read so far, by number, with their type size. */
    const numbered = new Map<string, number | undefined>();
    view.blocks.forEach((b, i) => {
      const t = view.trimmed(i);
      const sequel = b.kind === 'paragraph' ? continuesOutline(t, b.size, numbered) : null;
      if (sequel) out.push({ block: i, construction: 'section/heading', rule: 'section/heading', role: 'area', evidence: [{ id: 'outline-sequence', weight: 0.6 }], acts: [{ op: 'open', heading: makeHeading(b, view.begin(i) + sequel[0].length, cleanTitle(t.slice(sequel[0].length)), 'heading', 'section/numbered-heading', { number: sequel[1] }) }] });
      // An introduction set in large type ('… hälsa. Vi vill att …') is prose, whatever its size: a title holds no second sentence.
      if (b.kind === 'heading' && !isProseLine(t) && !isLabelledGoal(t)) {
        const num = OUTLINE_NUMBER.exec(t) ?? LABEL_SHAPE.exec(t);
        if (num && OUTLINE_NUMBER.test(t)) numbered.set(num[1], b.size);
        const heading = makeHeading(b, view.begin(i) + (num ? num[0].length : 0), cleanTitle(num ? t.slice(num[0].length) : t), 'heading', num ? 'section/numbered-heading' : 'section/heading', { number: num?.[1] ?? null, where: WHERE_CLAUSE.test(t) });
        out.push({ block: i, construction: 'section/heading', rule: 'section/heading', role: 'area', evidence: [{ id: 'heading-style', weight: 0.6 }], acts: [{ op: 'open', heading }] });
      }
      // A line in display type that the reading took for an item is a title.
      if (b.kind === 'item' && !b.marker && (b.size ?? 1) >= DISPLAY_SIZE) out.push({ block: i, construction: 'section/heading', rule: 'section/display-line', role: 'area', evidence: [{ id: 'display-type', weight: 0.6 }], acts: [{ op: 'open', heading: makeHeading(b, view.begin(i), cleanTitle(t), 'heading', 'section/display-line') }] });
    });
    return out;
  },
});
