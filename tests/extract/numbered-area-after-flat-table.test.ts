import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readText } from '../../src/ingest/text.js';

const read = (text: string) => readText(new TextEncoder().encode(text));

/**
 * A follow-up's table printed to text, its header's cells run in after the first area's rows and its
 * other columns after them: the numbered area headings further on open their areas, as the numbers
 * of the rows under them say ('Fokusområde 2' over '2.1', '2.2'), instead of being lines of the table.
 */
describe('a numbered area heading after a table read as lines', () => {
  const page = [
    'Uppföljning av trafiksäkerhetsplanen – Exempelby kommun',
    '',
    'Transkript',
    '',
    '1 EXEMPELBY KOMMUN – Samhällsbyggnadsförvaltningen Uppföljning 2026 Uppföljning av trafiksäkerhetsplanen 2025–2027. Nr Åtgärd Fokusområde 1: Trygga skolvägar 1.1 Bygga en upphöjd övergång vid Norrskolan 1.2 Sänka hastigheten till 30 km/h kring skolorna Ansvarig Tid Status Gatuenheten 2025 Klar Trafikenheten 2026 Pågår Gatuenheten 2027 Ej påbörjad Fokusområde 2: Säkra cykelstråk 2.1 Bygga en separat cykelbana längs Storgatan 2.2 Belysa cykelstråket mot idrottsplatsen 2.3 Märka upp cykelparkeringar vid stationen Fokusområde 3: Trafik i centrum 3.1 Ta fram en plan för varutransporter i centrum 3.2 Flytta busshållplatsen vid torget',
  ].join('\n');

  it('opens each area, its rows under it', () => {
    const x = extract(read(page));
    expect(x.focusAreas.map((f) => f.title)).toEqual(['Trygga skolvägar', 'Säkra cykelstråk', 'Trafik i centrum']);
    const under = (text: string) => x.activities.find((a) => a.text.startsWith(text))?.focusAreaKey;
    expect(under('Bygga en separat cykelbana')).toBe(1);
    expect(under('Flytta busshållplatsen')).toBe(2);
  });
});
