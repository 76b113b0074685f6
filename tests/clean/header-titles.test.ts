import { describe, expect, it } from 'vitest';
import { titleBeforeHeader } from '../../src/clean/header-titles.js';
import { readText } from '../../src/ingest/text.js';
import { extract } from '../../src/extract/index.js';

const title = (text: string) => {
  const found = titleBeforeHeader(text);
  return found ? text.slice(found.at).trim() : null;
};

describe('the title of a table run into the line before its header', () => {
  it('finds a numbered title after a sentence, after a row’s last words and under a word naming the numbering', () => {
    expect(title('Bygget startar i mars. Del 2 – Gång och cykel ')).toBe('Del 2 – Gång och cykel');
    expect(title('Gatuenheten 2026 Pågår Norrby 3. Parker och grönområden ')).toBe('3. Parker och grönområden');
    expect(title('Kollektivtrafiken Löpande busslinjen 4 Tillgängliga hållplatser ')).toBe('4 Tillgängliga hållplatser');
  });

  it('leaves a status before the number with the row it ends', () => {
    expect(title('Gatuenheten 2026 Pågår 3 Parker och grönområden ')).toBe('3 Parker och grönområden');
  });

  it('finds no title in a sentence’s last words, a running head or a row cut at a page break', () => {
    // No number: a sentence's end, a heading of the frame text, a running head.
    expect(title('Arbetet sker i samverkan med Region Skåne ')).toBeNull();
    expect(title('Tabellen visar läget per den 30 juni. Åtgärder och status ')).toBeNull();
    // A row's text cut by the page break: it ends on a preposition, or opens with an action.
    expect(title('Gatuenheten 2026 Pågår 7 Samordna kommunens arbete med ')).toBeNull();
    expect(title('Gatuenheten 2026 Pågår 7 Bygga en ny bro ')).toBeNull();
    // A sentence is no title, and a labelled title is read by the label passes.
    expect(title('Kontoret 2025 Klar 2 Vi bygger nya cykelbanor ')).toBeNull();
    expect(title('Kontoret 2025 Klar Målområde 2: Gång och cykel ')).toBeNull();
  });
});

describe('a transcript whose tables each have their numbered title above a repeated header', () => {
  // A road-safety follow-up: 'Etapp N – title' above each table, run into the end of the row before.
  const text = [
    'Uppföljning trafikplan Exempelby kommun',
    '',
    'Transkript',
    '',
    '1 Uppföljning trafikplan 2025 Exempelby kommun Planen har tre etapper och sex åtgärder. Läget redovisas per den 30 juni 2025. Etapp 1 – Gång och cykel Nr Åtgärd Ansvarig Klart Status 1.1 Bygga en gång- och cykelbro över ån Gatuenheten 2026 Pågår 1.2 Bredda cykelbanan på Storgatan Gatuenheten 2025 Klar Etapp 2 – Kollektivtrafik Nr Åtgärd Ansvarig Klart Status 2.1 Förlänga busslinje 3 till Norrby Gatuenheten 2027 Ej påbörjad 2.2 Bygga väderskydd vid tio hållplatser Gatuenheten 2025 Pågår',
    '',
    '2 Etapp 3 – Trafiksäkra skolvägar Nr Åtgärd Ansvarig Klart Status 3.1 Sänka hastigheten vid skolorna Trafikenheten 2025 Klar 3.2 Måla om övergångsställena vid skolorna Trafikenheten 2026 Ej påbörjad',
    '',
    '3 Fortsatt arbete Nästa uppföljning görs i januari 2026 och redovisas för tekniska nämnden.',
  ].join('\n');

  it('reads each title as the area of the rows under its header, and the row before it whole', () => {
    const x = extract(readText(new TextEncoder().encode(text)));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Gång och cykel', 'Kollektivtrafik', 'Trafiksäkra skolvägar']);
    expect(x.activities.map((a) => a.focusAreaKey)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(x.activities[1].status).toBe('done');
  });
});
