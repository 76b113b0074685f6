import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { readPlanMarks } from '../../src/extract/plan-marks.js';

const docOf = (text: string) => buildDoc('text', exampleBlocks(text), { pageCount: null });

describe('a plan read in part says so', () => {
  // A follow-up whose items ran together into one paragraph: the marks are there, the rows are not.
  const runTogether =
    '# Uppföljning av klimatplanen\nLäget per december: 1.1 Byta till fossilfria bilar i hemtjänsten Ansvar: Vård och omsorg Status: Pågår 1.2 Installera solceller på skolorna Ansvar: Fastighet Status: Klar 1.3 Ta fram en laddplan för kommunens parkeringar Ansvar: Teknik Status: Ej påbörjad 2.1 Minska matsvinnet i skolköken Ansvar: Kost Status: Pågår';

  it('counts the marks a reader would count: ids that count up before actions, owner and status labels', () => {
    const m = readPlanMarks(docOf(runTogether));
    expect(m.ids.map((i) => i.id)).toEqual(['1.1', '1.2', '1.3', '2.1']);
    expect([m.ownerLabels, m.statusLabels]).toEqual([4, 4]);
  });

  it("gives 'partial', not 'none', and names the items it did not read", () => {
    const x = extract(docOf(runTogether));
    expect(x.outcome).toBe('partial');
    const message = x.messages.find((m) => m.ruleId === 'extract/plan-read-in-part');
    expect(message?.reason).toMatch(/not read: 1\.1, 1\.2, 1\.3, 2\.1/);
    expect(x.messages.map((m) => m.ruleId)).not.toContain('extract/no-plan');
  });

  it('leaves a plan read whole as a plan', () => {
    const x = extract(docOf('# Klimat\n1.1 Byta till fossilfria bilar i hemtjänsten\nAnsvar: Vård och omsorg\n1.2 Installera solceller på skolorna\nAnsvar: Fastighet\n1.3 Ta fram en laddplan\nAnsvar: Teknik\n# Avfall\n2.1 Minska matsvinnet i skolköken\nAnsvar: Kost'));
    expect(x.activities.length).toBe(4);
    expect(x.messages.map((m) => m.ruleId)).not.toContain('extract/plan-read-in-part');
  });

  it('takes numbered chapters of a report for no plan', () => {
    const x = extract(docOf('# Risk- och sårbarhetsanalys\n2.1 Bakgrund och metod\nAnalysen bygger på workshoppar.\n2.2 Samhällsviktig verksamhet\nKommunen har identifierat tolv funktioner.\n2.3 Identifierade risker\nStörst risk är elavbrott.'));
    expect(x.outcome).toBe('none');
  });

  it("takes a table's header run into a transcript for a plan's mark, and one word of it in prose for none", () => {
    // A page of a library plan's table, flattened by a sharing site, whose rows the reading did not find.
    const flattened = '# Biblioteksplan 2026–2027\nTranskript 2 Åtgärd Ansvarig Tidplan Status Läsfrämjande för förskolebarn i samarbete med BVC Kulturförvaltningen 2026 Pågår Bokbuss till byarna Kulturförvaltningen HT 2026 Ej påbörjad';
    const m = readPlanMarks(docOf(flattened));
    expect(m.headerRuns).toBe(1);
    expect(extract(docOf(flattened)).outcome).toBe('partial');
    const prose = readPlanMarks(docOf('# Bakgrund\nKulturchefen är ansvarig för planen. Status och tidplan redovisas i årsredovisningen.'));
    expect(prose.headerRuns).toBe(0);
  });
});
