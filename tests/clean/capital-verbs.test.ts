import { describe, expect, it } from 'vitest';
import { transcript } from '../../scripts/forms/derive.js';
import { splitCapitalVerbs } from '../../src/clean/capital-verbs.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

const paragraph = (text: string) => splitCapitalVerbs([{ kind: 'paragraph', text, page: 1, source: 10 }]);
const plan = (text: string) => extract(readText(new TextEncoder().encode(text)));

/**
 * A folkhälsa programme that states its actions as lines opening with an
 * infinitive in capitals, each with a bullet describing it, as its pages run
 * into one line each. The two orders differ in where the describing bullet
 * stands: after the action's line (one reader), or before it, the action's
 * line then ending at its sentence (another).
 */
const ACTIONS = [
  'ERBJUDA simundervisning till alla elever i lågstadiet',
  'SPRIDA kunskap om matvanor genom skolhälsovården',
  'INRÄTTA en mötesplats för äldre i varje kommundel',
  'MINSKA andelen unga som börjar röka',
];
const COVER = 'Folkhälsoprogram för Västra Bygden 2025–2028 Antaget av kommunfullmäktige 2024-11-18. Programmet beskriver hur kommunen arbetar för en god och jämlik hälsa.';
const pagesAfter = [
  COVER,
  `Inom området Goda levnadsvanor vill vi särskilt: ${ACTIONS[0]} • Simkunnighet räddar liv och ger barn tillgång till friluftslivet. ${ACTIONS[1]} • Goda matvanor grundläggs tidigt.`,
  `Inom området Social gemenskap vill vi särskilt: ${ACTIONS[2]} • Ensamhet är en risk för hälsan, och mötesplatser bryter den. ${ACTIONS[3]} • Tobak är den största enskilda orsaken till förtida död.`,
];
const pagesBefore = [
  COVER,
  `Inom området Goda levnadsvanor vill vi särskilt: ${ACTIONS[0]}. • Simkunnighet räddar liv och ger barn tillgång till friluftslivet. ${ACTIONS[1]}. • Goda matvanor grundläggs tidigt.`,
  `Inom området Social gemenskap vill vi särskilt: ${ACTIONS[2]}. • Ensamhet är en risk för hälsan, och mötesplatser bryter den. ${ACTIONS[3]}. • Tobak är den största enskilda orsaken till förtida död.`,
];

describe('actions in capitals run into a transcript line', () => {
  it('cuts each action to a line of its own, ending at the bullet that describes it, with its source offset', () => {
    const text = `Vi vill: ${ACTIONS[0]} • Simkunnighet räddar liv. ${ACTIONS[1]} • Matvanor grundläggs tidigt. ${ACTIONS[2]} • Mötesplatser bryter ensamhet.`;
    const blocks = paragraph(text);
    expect(blocks.map((b) => b.text)).toEqual(['Vi vill:', ACTIONS[0], '• Simkunnighet räddar liv.', ACTIONS[1], '• Matvanor grundläggs tidigt.', ACTIONS[2], '• Mötesplatser bryter ensamhet.']);
    expect(blocks.every((b) => text.slice(b.source! - 10, b.source! - 10 + b.text.length) === b.text)).toBe(true);
  });

  for (const shape of ['seed', 'bare'] as const) {
    for (const [order, pages] of [['description after', pagesAfter], ['sentence end', pagesBefore]] as const) {
      it(`reads the actions of both pages in the ${shape} form (${order})`, () => {
        const x = plan(transcript([...pages], shape));
        expect(x.activities.map((a) => a.text.replace(/\.$/, ''))).toEqual(ACTIONS);
      });
    }
  }

  it('leaves a single word in capitals as emphasis', () => {
    const text = 'Vi vill: ERBJUDA simundervisning till alla elever • Simkunnighet räddar liv. Alla skolor deltar.';
    expect(paragraph(text)).toHaveLength(1);
  });

  it('cuts at no abbreviation, no capitals inside a sentence and no title set all in capitals', () => {
    const text = 'Ansvar: KLF och SBF. Arbetet leds av VA-enheten. PLANERA OCH BYGGA FÖR ALLA. Vi ska UTVECKLA skolan, BYGGA om hallen och RUSTA upp spåren. Samverkan: POLISEN i området.';
    expect(paragraph(text)).toHaveLength(1);
  });

  it('gives no activity from a risk analysis that names a few verbs in capitals in its prose', () => {
    const pages = ['Risk- och sårbarhetsanalys 2024 Metod: IDENTIFIERA risker i verksamheterna. Bedömningen görs i en matris. Sannolikhet och konsekvens vägs samman.', 'Resultat: Kommunens förmåga bedöms som god. Elförsörjningen är den mest kritiska beroendet.'];
    for (const shape of ['seed', 'bare'] as const) expect(plan(transcript(pages, shape)).activities).toEqual([]);
  });
});
