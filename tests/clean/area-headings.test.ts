import { describe, expect, it } from 'vitest';
import { findAreaHeading } from '../../src/clean/area-headings.js';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';
import { seedForm } from '../support/transcript-forms.js';

/** A top section's 'Label: Title' heading that a transcript ran into the text of a table's last row. */
describe('an area heading among a table run into the text', () => {
  it('is found after the row text, its title ending before the next capitalised word', () => {
    const text = 'Ordna läxhjälp i biblioteket ◐ 40 % Startar i maj. Tema: Rent vatten Arbetet med dagvattnet har börjat.';
    const found = findAreaHeading(text)!;
    expect(text.slice(found.start, found.end)).toBe('Tema: Rent vatten');
  });

  it('is not a band before a row id, a label of the level below, a label in lower case, or one opening the text', () => {
    expect(findAreaHeading('Klart i maj. Tema: Rent vatten 3.1 Rena dagvattnet vid torget')).toBeNull();
    expect(findAreaHeading('Klart i maj. Delmål: Rent vatten i alla sjöar')).toBeNull();
    expect(findAreaHeading('Arbetet ingår i vårt fokusområde: Rent vatten')).toBeNull();
    expect(findAreaHeading('Tema: Rent vatten Arbetet med dagvattnet har börjat.')).toBeNull();
  });

  // A water plan's follow-up: each area has its prose and a table of activities; poppler's reading order runs the next area into the last row.
  const pages = [
    'Uppföljning av vattenplanen 2025 för Exempelby kommun. Fokusområde: Rent vatten Dagvattnet renas nu på fler platser. Nr Aktivitet Status Kommentar 1 Bygga en dagvattendamm vid industriområdet Klar Dammen togs i bruk i maj. 2 Ta fram en plan för enskilda avlopp Ej påbörjad Arbetet startar i november. Fokusområde: Trygg dricksvattenförsörjning Reservvattnet är säkrat för tätorten men inte för byarna.',
    'Nr Aktivitet Status Kommentar 3 Bygga en reservvattenledning till Norrby Pågår Ledningen är lagd till halva sträckan. 4 Inventera de kommunala brunnarna Klar Alla brunnar är inventerade.',
    'Uppföljningen redovisas för kommunstyrelsen i december.',
  ];

  it('ends the row before it, so the heading opens its area and the prose after it is no cell', () => {
    const x = extract(readText(new TextEncoder().encode(seedForm(pages))));
    expect(x.focusAreas.filter((f) => f.parentKey === null).map((f) => f.title)).toEqual(['Rent vatten', 'Trygg dricksvattenförsörjning']);
    const fa = (t: string) => x.focusAreas.find((f) => f.title === t)!.key;
    const byText = (t: string) => x.activities.find((a) => a.text.startsWith(t))!;
    expect(byText('Ta fram en plan för enskilda avlopp').text).not.toMatch(/Fokusområde|Reservvattnet/);
    expect(byText('Ta fram en plan för enskilda avlopp').focusAreaKey).toBe(fa('Rent vatten'));
    expect(byText('Bygga en reservvattenledning').focusAreaKey).toBe(fa('Trygg dricksvattenförsörjning'));
  });
});
