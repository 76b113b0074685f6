import { describe, expect, it } from 'vitest';
import { findPageEdges, findRunningLines, findTwoPageLines, isFieldFooter } from '../../src/clean/furniture.js';

describe('a footer of fields', () => {
  it("is a line of short fields between bars ('Rapport | date | municipality | office')", () => {
    expect(isFieldFooter('Tjänsteutlåtande | 2023-09-14 | Ale kommun | Sektor kultur och fritid')).toBe(true);
    expect(isFieldFooter('Dnr: KS 2023/88 | Datum: 2023-09-14 | Ale kommun')).toBe(true);
  });

  it("is not an activity's line of labelled fields that falls at the foot of a page", () => {
    expect(isFieldFooter('Ansvar: Kulturförvaltningen | Tidplan: HT 2025 | Kostnad: 40 tkr')).toBe(false);
    expect(isFieldFooter('Ansvarig: Miljöenheten | Klart: 2026 | Status: Pågår')).toBe(false);
  });
});

describe('running heads and footers run into a transcript page', () => {
  it('finds the footer most pages end on, whatever their numbers', () => {
    const pages = [
      'Kulturplan för Nordby kommun 2025–2028 Antagen av kommunfullmäktige.',
      'Biblioteken ska vara öppna fler timmar. Kulturplan 2025–2028 · Nordby kommun – 2 –',
      'Kulturskolan ska nå fler barn. Kulturplan 2025–2028 · Nordby kommun – 3 –',
      'Kulturarvet ska vårdas. Kulturplan 2025–2028 · Nordby kommun – 4 –',
    ];
    const at = findPageEdges(pages, 'foot');
    expect(at[0]).toBeNull();
    expect(pages[1].slice(0, at[1]!).trim()).toBe('Biblioteken ska vara öppna fler timmar.');
    expect(pages[3].slice(at[3]!)).toBe('Kulturplan 2025–2028 · Nordby kommun – 4 –');
  });

  it("finds a browser's whole print footer, its date, time and long page title included", () => {
    const foot = (n: number) => `4/9/26, 10:12 AM Handlingsplan för ett tryggare centrum i Nordby med åtgärder för 2025–2027 och uppföljning av dem - Nordby kommun https://www.nordby.se/trygghet/handlingsplan ${n}/3`;
    const pages = [`Trygghet Belysningen ska bli bättre. ${foot(1)}`, `Ordna nattvandringar ◐ ${foot(2)}`, `Kontakta kommunen. ${foot(3)}`];
    const at = findPageEdges(pages, 'foot');
    expect(pages.map((p, i) => p.slice(0, at[i]!).trim())).toEqual(['Trygghet Belysningen ska bli bättre.', 'Ordna nattvandringar ◐', 'Kontakta kommunen.']);
  });

  it('finds the head most pages open with, and none where pages share only a word or two', () => {
    const pages = ['Trygghetsplan | Dnr KS 2025/12 | Sida 1 Inledning.', 'Trygghetsplan | Dnr KS 2025/12 | Sida 2 Belysning i parker.', 'Trygghetsplan | Dnr KS 2025/12 | Sida 3 Fältassistenter.'];
    expect(findPageEdges(pages, 'head').map((at, i) => pages[i].slice(at!).trim())).toEqual(['Inledning.', 'Belysning i parker.', 'Fältassistenter.']);
    // Each page opens with its own numbered heading after the head: the number is the page's text, not the head's.
    const numbered = ['Kulturplan | Nordby kommun 2025–2028 1. Bibliotek Öppettiderna ska bli längre.', 'Kulturplan | Nordby kommun 2025–2028 2. Kulturskola Fler barn ska nås.', 'Kulturplan | Nordby kommun 2025–2028 3. Kulturarv Gårdarna ska rustas.'];
    expect(findPageEdges(numbered, 'head').map((at, i) => numbered[i].slice(at!).trim())).toEqual(['1. Bibliotek Öppettiderna ska bli längre.', '2. Kulturskola Fler barn ska nås.', '3. Kulturarv Gårdarna ska rustas.']);
    expect(findPageEdges(['Kommunen ska öka tryggheten.', 'Kommunen ska minska brotten.', 'Kommunen ska stödja unga.'], 'head')).toEqual([null, null, null]);
  });

  it("finds the whole head where a page's marker inside it cut it from some pages' text, the head alone there", () => {
    // The seed form's 'N (M)' markers and the document's own page number in its head: on pages 1 and 2 the head is a piece of its own.
    const pieces = ['Nordby stad | Lägesrapport kulturprogrammet', 'Inledning Rapporten gäller hösten.', 'Nordby stad | Lägesrapport kulturprogrammet', 'Nr Åtgärd Ansvar', 'Nordby stad | Lägesrapport kulturprogrammet Nr Åtgärd Ansvar 3.1 Öppna'];
    const at = findPageEdges(pieces, 'head');
    expect(pieces.map((p, i) => (at[i] === null ? null : p.slice(at[i]!).trim()))).toEqual(['', null, '', null, 'Nr Åtgärd Ansvar 3.1 Öppna']);
    // Pieces that share fewer than three words with the others are no head.
    expect(findPageEdges(['Nordby stad', 'Nordby stad', 'Nordby stad Nr Åtgärd'], 'head')).toEqual([null, null, null]);
  });
});

describe('lines at the top of every page', () => {
  const pages = (tops: string[]) => tops.map((top, i) => [top, `Brödtext på sidan ${i + 1} om planens innehåll.`, 'Mer text.', 'Ännu mer text.', `Sida ${i + 1}`]);

  it('are running headers when they repeat in their number-blind shape', () => {
    const running = findRunningLines(pages(['Klimatplan 2025 | 1', 'Klimatplan 2025 | 2', 'Klimatplan 2025 | 3', 'Klimatplan 2025 | 4']));
    expect(running.has('klimatplan # | #')).toBe(true);
    expect(running.has('sida #')).toBe(true);
  });

  it('are section labels when a label is numbered anew on each page (a brochure opens a theme a page)', () => {
    const running = findRunningLines(pages(['TEMA 1', 'TEMA 2', 'TEMA 3', 'TEMA 4']));
    expect(running.has('tema #')).toBe(false);
    // The same label with the same number on every page is a chapter's running header.
    expect(findRunningLines(pages(['Fokusområde 2', 'Fokusområde 2', 'Fokusområde 2', 'Fokusområde 2'])).has('fokusområde #')).toBe(true);
  });
  it('are running lines of a two-page document when a line of three words or more stands at the same edge of both', () => {
    const running = findRunningLines(pages(['Trafiksäkerhetsplan 2026 – uppföljning i maj', 'Trafiksäkerhetsplan 2026 – uppföljning i maj']));
    expect(running.has('trafiksäkerhetsplan # – uppföljning i maj')).toBe(true);
    expect(running.has('sida #')).toBe(false);
    // One page's line is no running line, nor a heading of a word or two that both pages open with.
    expect(findRunningLines([pages(['Trafiksäkerhetsplan 2026 – uppföljning i maj'])[0], ['Annan rad överst', 'Brödtext.']]).size).toBe(0);
    expect(findRunningLines(pages(['Åtgärder 2026', 'Åtgärder 2026'])).has('åtgärder #')).toBe(false);
  });
});

describe('the running lines of a two-page document', () => {
  it('are the line that opens both pages and the one that closes both', () => {
    const pages = [['Nordby kommun Kulturplan', 'Kulturplan 2025–2028', 'Inledning', 'Kulturen ska nå alla.', 'Kulturförvaltningen 1'], ['Nordby kommun Kulturplan', 'Tidplan: 2026', 'Uppföljning sker varje år.', 'Kulturförvaltningen 2']];
    expect([...findTwoPageLines(pages)].sort()).toEqual(['kulturförvaltningen #', 'nordby kommun kulturplan']);
  });

  it('are not a heading on one page, a sentence, a section label with its number, or a single word', () => {
    expect(findTwoPageLines([['Inledning', 'Text.'], ['Bakgrund', 'Text.']]).size).toBe(0);
    expect(findTwoPageLines([['Kulturen ska nå alla.', 'Text'], ['Kulturen ska nå alla.', 'Mer text']]).size).toBe(0);
    expect(findTwoPageLines([['Tema 1', 'Text'], ['Tema 2', 'Mer text']]).size).toBe(0);
    expect(findTwoPageLines([['Kultur', 'Text'], ['Kultur', 'Mer']]).size).toBe(0);
    expect(findTwoPageLines([['Kulturplan', 'Text'], ['Kulturplan', 'Mer'], ['Kulturplan', 'Slut']]).size).toBe(0);
  });
});
