import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/read.js';
import { writeDocx, type DocxSpec, type Table } from '../../scripts/fixtures/docx-writer.js';

const fromText = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null }));
const rowsOf = (x: ReturnType<typeof extract>) => x.activities.map((a) => [a.text, a.ownerRaw ?? null, a.years.join(','), a.status ?? null]);

describe('table columns typed by their cells', () => {
  it('reads owner, time and status from columns whose headers name no role', () => {
    const x = fromText('# Kulturplan\n| Insats | Aktör | Period | Läget nu |\n| Starta en konstrunda i ytterområdena | Kulturförvaltningen | 2025 | Pågår |\n| Digitalisera det lokala bildarkivet | Biblioteksenheten | 2025–2026 | Ej startad |');
    expect(rowsOf(x)).toEqual([
      ['Starta en konstrunda i ytterområdena', 'Kulturförvaltningen', '2025', 'ongoing'],
      ['Digitalisera det lokala bildarkivet', 'Biblioteksenheten', '2025,2026', 'not_started'],
    ]);
  });

  it('lets a comment column of status phrases give the status', () => {
    const x = fromText('# Klimat\n| Åtgärd | Ansvar | Kommentar |\n| Byta till eldrivna arbetsfordon | Tekniska förvaltningen | Pågår |\n| Inventera kommunens oljepannor | Fastighetsavdelningen | Klar |');
    expect(rowsOf(x).map((r) => r[3])).toEqual(['ongoing', 'done']);
  });

  it('reads a table without a header by its cells, its columns typed by position', () => {
    const x = fromText('# Klimatåtgärder 2025\n:| K1 | Byta hemtjänstens bilar mot elbilar | Vård- och omsorgsförvaltningen | 2025 | Pågår |\n:| K2 | Installera solceller på tre förskolor | Fastighetsavdelningen | 2025–2026 | Ej påbörjad |');
    expect(rowsOf(x)).toEqual([
      ['Byta hemtjänstens bilar mot elbilar', 'Vård- och omsorgsförvaltningen', '2025', 'ongoing'],
      ['Installera solceller på tre förskolor', 'Fastighetsavdelningen', '2025,2026', 'not_started'],
    ]);
  });

  it('aligns a continuation on the next page with the table above and types it the same', () => {
    const x = fromText('# Trygghet\n| Åtgärd | Ansvarar | Genomförs | Lägesbedömning |\n| Genomföra trygghetsvandringar i bostadsområden | Socialförvaltningen | VT 2025 | Pågår |\n---\n:| Utöka belysningen längs gång- och cykelvägar | Tekniska förvaltningen | 2026 | Ej påbörjad |');
    expect(rowsOf(x)).toEqual([
      ['Genomföra trygghetsvandringar i bostadsområden', 'Socialförvaltningen', '2025', 'ongoing'],
      ['Utöka belysningen längs gång- och cykelvägar', 'Tekniska förvaltningen', '2026', 'not_started'],
    ]);
  });

  it('reads no row of a budget table, an indicator table or a table of contacts, with a header or without', () => {
    const docs = [
      '# Budget\n| Aktivitet | Ansvarig | Budget (tkr) | Utfall (tkr) |\n| Sommarlovsaktiviteter för unga | Kulturförvaltningen | 450 | 410 |\n| Stöd till studieförbund | Kulturförvaltningen | 1 200 | 1 150 |',
      '# Uppföljning\n| Insats | Indikator | Målvärde |\n| Öka andelen elever som rör sig varje dag | 54 % | 70 % |\n| Minska andelen unga som röker | 8 % | 4 % |',
      '# Kontakt\n:| Folkhälsostrateg | Anna Berg | 010-123 45 67 |\n:| Trygghetssamordnare | Omar Said | 010-765 43 21 |',
    ];
    expect(docs.map((d) => fromText(d).activities.length)).toEqual([0, 0, 0]);
  });

  it('takes the focus areas from a first column named by any top-level section label, singular or plural', () => {
    for (const label of ['Inriktning', 'Spår', 'Teman', 'Målområden']) {
      const x = fromText(`# Bilaga 2 Åtgärder\n| ${label} | Åtgärd | Ansvar | Tid |\n| Levande kulturarv | Digitalisera hembygdsföreningarnas fotosamlingar | Kulturförvaltningen | 2026 |\n| Levande kulturarv | Skylta tio kulturhistoriska platser | Samhällsbyggnadsförvaltningen | 2027 |\n| Kultur för unga | Starta en sommarskola i dans | Kulturskolan | 2026 |`);
      expect({ label, areas: x.focusAreas.map((f) => f.title) }).toEqual({ label, areas: ['Levande kulturarv', 'Kultur för unga'] });
      expect(x.activities.map((a) => a.text)).toHaveLength(3);
    }
  });

  it('does not take an owner-like "-område" column for the focus area', () => {
    const x = fromText('# Åtgärder\n| Åtgärd | Ansvarsområde | Tid |\n| Rensa dagvattenbrunnar före höststormarna | Gata och park | 2026 |\n| Kartlägga översvämningskänsliga vägar | Gata och park | 2026 |');
    expect(x.focusAreas.map((f) => f.title)).not.toContain('Gata och park');
  });

  it('reads a table whose body rows are wider than its header without throwing', () => {
    // A PDF reader can split one column of the body in two (an empty cell beside the text).
    const x = fromText('# Kulturplan\n| Nr | Insats | Aktör | Status |\n| 1 | Starta en konstrunda i ytterområdena |  | Kulturförvaltningen | Pågår |\n| 2 | Digitalisera det lokala bildarkivet |  | Biblioteksenheten | Ej startad |');
    expect(rowsOf(x).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Starta en konstrunda i ytterområdena', 'Kulturförvaltningen', 'ongoing'],
      ['Digitalisera det lokala bildarkivet', 'Biblioteksenheten', 'not_started'],
    ]);
  });

  it('reads a table whose percentages say how far each action has come', () => {
    const x = fromText('# Integration\n| Aktivitet | Status | Färdiggrad |\n| Starta språkcaféer på biblioteken | Pågår | 60 % |\n| Erbjuda samhällsorientering på fler språk | Klar | 100 % |');
    expect(x.activities.map((a) => a.text)).toEqual(['Starta språkcaféer på biblioteken', 'Erbjuda samhällsorientering på fler språk']);
  });
});

/** A public-health plan: an action table without a header row, and a budget table after it. */
function healthPlan(): DocxSpec {
  const cell = (text: string) => ({ paras: [text] });
  const actions: Table = {
    widths: [700, 4200, 2400, 1200, 1400],
    rows: [
      ['F1', 'Erbjuda hälsosamtal till alla 40-åringar', 'Vård- och omsorgsförvaltningen', '2025', 'Pågår'],
      ['F2', 'Starta simskola för nyanlända barn', 'Kultur- och fritidsförvaltningen', 'HT 2025', 'Ej påbörjad'],
      ['F3', 'Införa rökfri arbetstid i kommunen', 'HR-avdelningen', '2024', 'Klar'],
    ].map((r) => ({ cells: r.map(cell) })),
  };
  const budget: Table = {
    widths: [4200, 1800, 1800],
    rows: [
      { header: true, cells: ['Insats', 'Budget 2025 (tkr)', 'Utfall (tkr)'].map(cell) },
      ...[['Hälsosamtal', '850', '790'], ['Simskola', '1 200', '1 310'], ['Rökfri arbetstid', '150', '90']].map((r) => ({ cells: r.map(cell) })),
    ],
  };
  return { title: 'Folkhälsoplan 2025', sections: [{ body: [{ text: 'Folkhälsoplan 2025', style: 'Title' }, { text: 'Goda levnadsvanor', style: 'Heading1' }, actions, { text: 'Budget', style: 'Heading1' }, budget] }] };
}

/** The same plan as a web page gives it. */
function asHtml(spec: DocxSpec): string {
  const body = spec.sections[0].body.map((part) => {
    if ('rows' in part) return `<table>${part.rows.map((r) => `<tr>${r.cells.map((c) => (r.header ? `<th>${c.paras[0]}</th>` : `<td>${c.paras[0]}</td>`)).join('')}</tr>`).join('')}</table>`;
    return part.style === 'Title' ? `<h1>${part.text}</h1>` : `<h2>${part.text}</h2>`;
  });
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${spec.title}</title></head><body><main>${body.join('\n')}</main></body></html>`;
}

describe('a plan whose action table has no header, as DOCX and as HTML', () => {
  const expected = [
    ['Erbjuda hälsosamtal till alla 40-åringar', 'Vård- och omsorgsförvaltningen', '2025', 'ongoing'],
    ['Starta simskola för nyanlända barn', 'Kultur- och fritidsförvaltningen', '2025', 'not_started'],
    ['Införa rökfri arbetstid i kommunen', 'HR-avdelningen', '2024', 'done'],
  ];
  it('reads the actions and nothing of the budget from the DOCX', async () => {
    const x = extract(await readDocument(await writeDocx(healthPlan()), 'folkhalsoplan.docx'));
    expect(rowsOf(x)).toEqual(expected);
  });
  it('reads the same from its HTML', async () => {
    const x = extract(await readDocument(Buffer.from(asHtml(healthPlan())), 'folkhalsoplan.html'));
    expect(rowsOf(x)).toEqual(expected);
  });
});

describe('rows that go on with the row above', () => {
  it('joins a cell set line by line as rows (a reading of an unruled table) into one activity', () => {
    const x = fromText('# Friluftsliv\n| Aktivitet | Ansvarig | Tid | Status |\n| Anlägga en vandringsled längs | Tekniska förvaltningen | 2025 | Pågår |\n| sjön och märka den |  |  |  |\n| Rusta upp badplatsen i | Fritidsförvaltningen | 2026 | Ej påbörjad |\n| Ekbacken (etapp 2). |  |  |  |');
    expect(rowsOf(x)).toEqual([
      ['Anlägga en vandringsled längs sjön och märka den', 'Tekniska förvaltningen', '2025', 'ongoing'],
      ['Rusta upp badplatsen i Ekbacken (etapp 2).', 'Fritidsförvaltningen', '2026', 'not_started'],
    ]);
  });

  it('keeps rows apart that open with an action or name an owner or a time of their own', () => {
    const x = fromText('# Äldreomsorg\n| Aktivitet | Ansvarig | Tid |\n| Införa digital tillsyn nattetid | Vård- och omsorgsförvaltningen | 2025 |\n| Utbilda personalen i välfärdsteknik |  |  |\n| Träffpunkter för äldre | Kultur- och fritidsförvaltningen | 2026 |');
    expect(x.activities.map((a) => a.text)).toEqual(['Införa digital tillsyn nattetid', 'Utbilda personalen i välfärdsteknik', 'Träffpunkter för äldre']);
  });
});

describe('a column of shares done under a header that names when', () => {
  const plan =
    '# Bilaga Digitaliseringsplan\n| Nr | Åtgärd | Ansvar | Klart | Kommentar |\n' +
    '| D1 | Införa e-tjänst för ansökan om bygglov | SBF | 100 % | Lanserad i mars. |\n' +
    '| D2 | Byta ut skolornas lärplattform | UBF | 45 % |  |\n' +
    '| D3 | Flytta ritningsarkivet till e-arkivet | SBF | 0 % |  |\n' +
    '| D4 | Upphandla ny telefonilösning för hela kommunen | IT | 0 % | Skjuts upp till 2027 i väntan på ny upphandling. |';

  it('reads percent complete in a Klart column as the status, a comment that puts the work off deciding over 0 %', () => {
    expect(rowsOf(fromText(plan)).map((r) => r[3])).toEqual(['done', 'ongoing', 'not_started', 'postponed']);
  });

  it('reads the same where a key of abbreviations ran into the table above its header row', () => {
    const blocks = exampleBlocks(
      '# Bilaga Digitaliseringsplan\n:| Förkortning | Förklaring |\n:| SBF | Samhällsbyggnadsförvaltningen |\n:| UBF | Utbildningsförvaltningen |\n' +
        plan.split('\n').slice(1).map((l) => `:${l}`).join('\n'),
    );
    const rows = blocks.filter((b) => b.kind === 'row');
    // One table, as a reading of the page that does not see the two grids apart gives it; its header row in the middle.
    for (const b of rows) b.table = rows[0].table;
    rows[3].header = true;
    const x = extract(buildDoc('text', blocks, { pageCount: null }));
    // What becomes of the key's own rows is another question: here only the plan's rows are asked about.
    const planRows = rowsOf(x).filter((r) => /^(Införa|Byta|Flytta|Upphandla) /.test(String(r[0])));
    expect(planRows.map((r) => [r[0], r[3]])).toEqual([
      ['Införa e-tjänst för ansökan om bygglov', 'done'],
      ['Byta ut skolornas lärplattform', 'ongoing'],
      ['Flytta ritningsarkivet till e-arkivet', 'not_started'],
      ['Upphandla ny telefonilösning för hela kommunen', 'postponed'],
    ]);
  });

  it('keeps a Klart column of dates a time, and target shares in an indicator table no status', () => {
    const x = fromText('# Plan\n| Åtgärd | Ansvar | Klart |\n| Införa e-tjänst för bygglov | SBF | 2026-06-30 |\n| Ersätta lärplattformen | UBF | HT 2027 |');
    expect(rowsOf(x)).toEqual([
      ['Införa e-tjänst för bygglov', 'SBF', '2026', null],
      ['Ersätta lärplattformen', 'UBF', '2027', null],
    ]);
    expect(fromText('# Mått\n| Indikator | Utfall 2025 | Mål 2027 |\n| Andel ärenden via e-tjänst | 40 % | 80 % |\n| Andel nöjda användare | 62 % | 75 % |').activities).toHaveLength(0);
  });
});

describe('area columns of titles led by their ids, merged down the rows', () => {
  const tree = (x: ReturnType<typeof extract>) => {
    const title = new Map(x.focusAreas.map((f) => [f.key, f]));
    return {
      areas: x.focusAreas.map((f) => (f.parentKey === null ? f.title : `${title.get(f.parentKey)!.title} > ${f.title}`)),
      rows: x.activities.map((a) => `${title.get(a.focusAreaKey!)?.title ?? '-'}: ${a.text}`),
    };
  };

  it('reads the first column as the focus areas and the second as their intervention areas, the merged cell empty below its first row', () => {
    const x = fromText(
      '# Bilaga 1 Åtgärder\n| Mål | Delmål | Nr | Åtgärd | Ansvarig | Klart |\n' +
        '| A1 Hållbara resor | A1.1 Fler reser kollektivt | 1 | Införa gratis busskort för gymnasieelever | Utbildningsförvaltningen | 2026 |\n' +
        '|  |  | 2 | Bygga pendlarparkering vid stationen | Tekniska förvaltningen | 2027 |\n' +
        '|  | A1.2 Säkrare cykelvägar | 3 | Belysa cykelvägen mellan skolorna | Tekniska förvaltningen | 2026 |\n' +
        '| A2 Energismarta lokaler | A2.1 Mindre energi i skolorna | 4 | Byta till LED-belysning i idrottshallarna | Fastighetsavdelningen | 2026 |\n' +
        '|  |  | 5 | Installera närvarostyrd ventilation | Fastighetsavdelningen | 2028 |',
    );
    expect(tree(x)).toEqual({
      areas: ['Hållbara resor', 'Hållbara resor > Fler reser kollektivt', 'Hållbara resor > Säkrare cykelvägar', 'Energismarta lokaler', 'Energismarta lokaler > Mindre energi i skolorna'],
      rows: [
        'Fler reser kollektivt: Införa gratis busskort för gymnasieelever',
        'Fler reser kollektivt: Bygga pendlarparkering vid stationen',
        'Säkrare cykelvägar: Belysa cykelvägen mellan skolorna',
        'Mindre energi i skolorna: Byta till LED-belysning i idrottshallarna',
        'Mindre energi i skolorna: Installera närvarostyrd ventilation',
      ],
    });
  });

  it('reads one such column, repeated on every row, as the focus areas', () => {
    const x = fromText(
      '# Handlingsplan\n| Mål | Id | Insats | Ansvar |\n' +
        '| M1 Fler unga i arbete | 1.1 | Erbjuda feriejobb till alla i årskurs 9 | Arbetsmarknadsenheten |\n' +
        '| M1 Fler unga i arbete | 1.2 | Starta en mentorsverksamhet med lokala företag | Näringslivsenheten |\n' +
        '| M2 Fler vuxna i studier | 2.1 | Öppna ett lärcentrum i Centrum | Vuxenutbildningen |',
    );
    expect(tree(x).areas).toEqual(['Fler unga i arbete', 'Fler vuxna i studier']);
  });

  it('takes no area from a column of ids alone or of a new goal on every row', () => {
    const ids = fromText('# Plan\n| Nr | Åtgärd | Ansvar |\n| K1 | Inventera kommunens oljepannor | Fastighetsavdelningen |\n| K1 | Byta oljepannorna mot fjärrvärme | Fastighetsavdelningen |\n| K2 | Utbilda vaktmästarna i energiteknik | Fastighetsavdelningen |');
    expect(ids.focusAreas).toEqual([]);
    const goals = fromText(
      '# Plan\n| Mål | Åtgärd | Ansvar |\n| 1 Färre fallolyckor | Erbjuda balansträning på träffpunkterna | Äldreomsorgen |\n| 2 Mindre ensamhet | Starta telefonvänner för äldre | Frivilligcentralen |\n| 3 Bättre munhälsa | Utbilda personalen i munvård | Äldreomsorgen |',
    );
    expect(goals.focusAreas).toEqual([]);
    expect(goals.activities).toHaveLength(3);
  });
});

describe('a strategy with areas, goals and indicators and no actions', () => {
  it('takes the numbered, labelled areas as its focus areas and nothing as an activity', () => {
    const x = fromText(
      '# Strategi för ett tryggt åldrande 2026–2030\nStrategin anger områden, mål och mått. Nämnderna beslutar själva om aktiviteter.\n' +
        '# Fokusområde 1 – Trygg i hemmet\n- Fler äldre ska kunna bo kvar hemma med stöd\n| Mått | Utfall 2025 | Mål 2030 |\n| Andel som känner sig trygga hemma | 71 % | 85 % |\n' +
        '# Fokusområde 2 – Ett aktivt liv\n- Ingen äldre ska vara ofrivilligt ensam\n| Mått | Utfall 2025 | Mål 2030 |\n| Andel som deltar i träffpunkter | 18 % | 25 % |\n' +
        '# Uppföljning\nMåtten följs upp varje år.',
    );
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Trygg i hemmet', 'Ett aktivt liv']);
    expect(x.activities).toEqual([]);
  });

  it('takes no area from a single labelled heading, or from plain headings, in a text without actions', () => {
    const one = fromText('# Fokusområde 1 – Trygg i hemmet\nFler äldre ska kunna bo kvar hemma.\n# Bakgrund\nAndelen äldre ökar.');
    expect(one.focusAreas).toEqual([]);
    const plain = fromText('# Trygg i hemmet\n- Fler äldre ska kunna bo kvar hemma med stöd\n# Ett aktivt liv\n- Ingen äldre ska vara ofrivilligt ensam');
    expect(plain.focusAreas).toEqual([]);
  });
});
