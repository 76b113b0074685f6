import { describe, expect, it } from 'vitest';
import { ownerWithTime, splitFields, type Field } from '../../src/extract/outline/fields.js';

const owner = (value: string): Field => ({ role: 'owner', label: 'Ansvarig', value, start: 10, end: 10 + value.length, rule: 'field/ansvar' });
const read = (value: string) => ownerWithTime(owner(value)).map((f) => `${f.role}:${f.value}`);

describe("an owner's field that goes on with its time after a comma", () => {
  it('gives the owner and the time as fields of their own, with or without a time label after the comma', () => {
    expect(read('Gatuenheten, klart hösten 2027')).toEqual(['owner:Gatuenheten', 'time:hösten 2027']);
    expect(read('Räddningstjänsten, 2026–2027')).toEqual(['owner:Räddningstjänsten', 'time:2026–2027']);
    expect(read('Kostenheten, senast 2028')).toEqual(['owner:Kostenheten', 'time:senast 2028']);
  });

  it("keeps offsets that cut each value out of the text", () => {
    const text = 'Laga bron. Ansvarig: Gatuenheten, klart hösten 2027';
    const f = splitFields(text).fields;
    expect(f.map((x) => [x.role, text.slice(x.start, x.end)])).toEqual([['owner', 'Gatuenheten'], ['time', 'hösten 2027']]);
  });

  it('reads the combined label that names both', () => {
    const f = splitFields('Byta skyltar vid badet. Ansvar och tid: Parkenheten, juni 2027').fields;
    expect(f.map((x) => `${x.role}:${x.value}`)).toEqual(['owner:Parkenheten', 'time:juni 2027']);
  });

  it('leaves a list of owners, a value without a time, and an item that has a time field of its own as they are', () => {
    expect(read('KLF, SBF')).toEqual(['owner:KLF, SBF']);
    expect(read('Socialförvaltningen, Region Västernorrland')).toEqual(['owner:Socialförvaltningen, Region Västernorrland']);
    expect(read('Gatuenheten')).toEqual(['owner:Gatuenheten']);
    const f = splitFields('Laga bron. Ansvarig: Gatuenheten, 2027 Tid: 2028').fields;
    expect(f.map((x) => `${x.role}:${x.value}`)).toEqual(['owner:Gatuenheten, 2027', 'time:2028']);
  });
});

describe("an owner's field that goes on with its time after a layout's middle dot or bar", () => {
  it('parts owner and time at the mark, before any comma inside the time', () => {
    expect(read('Fritidsenheten · Hösten 2026')).toEqual(['owner:Fritidsenheten', 'time:Hösten 2026']);
    expect(read('Gatuenheten | 2027–2028')).toEqual(['owner:Gatuenheten', 'time:2027–2028']);
    expect(read('Miljöenheten • VT 2027')).toEqual(['owner:Miljöenheten', 'time:VT 2027']);
    expect(read('IT-avdelningen · 2026, 2028')).toEqual(['owner:IT-avdelningen', 'time:2026, 2028']);
    expect(read('Kulturskolan · Löpande')).toEqual(['owner:Kulturskolan', 'time:Löpande']);
  });

  it('keeps owners parted by a mark together when no time follows it', () => {
    expect(read('KLF · SBF')).toEqual(['owner:KLF · SBF']);
    expect(read('Biblioteket | Studieförbundet')).toEqual(['owner:Biblioteket | Studieförbundet']);
  });

  it('reads the line a layout program sets under its action, the offsets cutting each value out', () => {
    const text = 'Ansvar: Simhallen · Från 2027';
    const f = splitFields(text).fields;
    expect(f.map((x) => [x.role, text.slice(x.start, x.end)])).toEqual([['owner', 'Simhallen'], ['time', 'Från 2027']]);
  });
});

describe("an owner's field that goes on with its time after a spaced dash or as a sentence of its own", () => {
  it('parts owner and time at a spaced dash, or at the full stop that ends the owner', () => {
    expect(read('Kulturskolan och rektor – 2027')).toEqual(['owner:Kulturskolan och rektor', 'time:2027']);
    expect(read('Gatuenheten — hösten 2028')).toEqual(['owner:Gatuenheten', 'time:hösten 2028']);
    expect(read('Biblioteket på respektive ort. Löpande')).toEqual(['owner:Biblioteket på respektive ort', 'time:Löpande']);
    expect(read('Fritidsgården. Klart VT 2027')).toEqual(['owner:Fritidsgården', 'time:VT 2027']);
  });

  it('keeps a name with a dash or an abbreviation, and a sentence that is no time, in the owner', () => {
    expect(read('Kultur – och fritidsförvaltningen')).toEqual(['owner:Kultur – och fritidsförvaltningen']);
    expect(read('Socialförvaltningen. Arbetet leds av en samordnare')).toEqual(['owner:Socialförvaltningen. Arbetet leds av en samordnare']);
    expect(read('Samhällsbyggnadsförv. m.fl.')).toEqual(['owner:Samhällsbyggnadsförv. m.fl.']);
  });

  it('cuts each value out of the text at its offsets', () => {
    const text = 'Ansvar: Parkenheten och skolorna – 2027';
    const f = splitFields(text).fields;
    expect(f.map((x) => [x.role, text.slice(x.start, x.end)])).toEqual([['owner', 'Parkenheten och skolorna'], ['time', '2027']]);
  });
});

describe("an owner's field that goes on with how often, after a layout's mark", () => {
  it('parts the owner from a frequency in words or digits', () => {
    expect(read('Fritidsgården · Tre gånger per termin')).toEqual(['owner:Fritidsgården', 'time:Tre gånger per termin']);
    expect(read('Miljöenheten | 4 gånger om året')).toEqual(['owner:Miljöenheten', 'time:4 gånger om året']);
    expect(read('Kulturskolan – två gånger i månaden')).toEqual(['owner:Kulturskolan', 'time:två gånger i månaden']);
  });

  it('keeps an owner whose words after the mark count something else', () => {
    expect(read('Biblioteket · Två gånger fler besök')).toEqual(['owner:Biblioteket · Två gånger fler besök']);
  });
});
