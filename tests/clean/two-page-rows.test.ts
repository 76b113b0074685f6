import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

const read = (text: string) => readText(new TextEncoder().encode(text));

// Subject and layout of their own: a road-safety plan of two pages, one table per area, each page closed by the PDF's footer 'N (2)'.
const PLAN = [
  'Trafiksäkerhetsplan 2027–2030 Exempelby kommun',
  '',
  'Transkript:',
  '',
  'Exempelby kommun · Trafiksäkerhetsplan 2027–2030 · Tekniska nämnden Trafiksäkerhetsplan 2027–2030 Planen antogs av tekniska nämnden i mars. Förkortningar: TF = Tekniska förvaltningen, BUF = Barn- och utbildningsförvaltningen. Insatsområde 1: Säkra skolvägar Nr Åtgärd Ansvarig Samverkan Tid Status 1.1 Bygga en upphöjd korsning vid Norrskolan TF BUF 2027 Klar 1.2 Sänka hastigheten till 30 km/h på gator nära skolor TF Polisen HT 2028 Försenad 1 (2)',
  '',
  'Exempelby kommun · Trafiksäkerhetsplan 2027–2030 · Tekniska nämnden Insatsområde 2: Cykel Nr Åtgärd Ansvarig Samverkan Tid Status 2.1 Belysa gång- och cykelvägen längs ån TF Elbolaget 2029 Ej påbörjad 2.2 Kartlägga olycksplatser för cyklister TF Polisen Löpande Pågår 2 (2)',
].join('\n');

describe('a two-page transcript whose footers close its pages', () => {
  it('cuts the head both pages open with, so the last row of the first page keeps its status', () => {
    const doc = read(PLAN);
    const furniture = doc.blocks.filter((b) => b.kind === 'furniture').map((b) => doc.text.slice(b.start, b.end));
    expect(furniture.filter((f) => f === 'Exempelby kommun · Trafiksäkerhetsplan 2027–2030 · Tekniska nämnden')).toHaveLength(2);
    const x = extract(doc);
    expect(x.activities.map((a) => a.status)).toEqual(['done', 'ongoing', 'not_started', 'ongoing']);
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Säkra skolvägar', 'Cykel']);
  });
});

describe('two pages that open with the same words up to a label\'s number', () => {
  it('cuts nothing there: the words both pages share run into each page\'s numbered title', () => {
    const text = [
      'Uppföljning fritidsplan 2027 Exempelby kommun',
      '',
      'Transkript:',
      '',
      'Exempelby kommun Uppföljning 2027 Målområde 1 Ökad trygghet Fritidsgårdarna har haft öppet fler kvällar än förra året. 1 (2)',
      '',
      'Exempelby kommun Uppföljning 2027 Målområde 2 Ökad delaktighet Ungdomsrådet har träffats sex gånger under året. 2 (2)',
    ].join('\n');
    const doc = read(text);
    expect(doc.text).toContain('Målområde 1 Ökad trygghet');
    expect(doc.text).toContain('Målområde 2 Ökad delaktighet');
    expect(doc.blocks.some((b) => b.kind === 'furniture' && doc.text.slice(b.start, b.end).includes('Målområde'))).toBe(false);
  });
});
