import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';
import { splitFields } from '../../src/extract/outline/fields.js';

const read = (doc: string) => extract(buildDoc('text', exampleBlocks(doc), { pageCount: null })).activities.map((a) => [a.text, a.ownerRaw, a.years.join(',')]);

describe("a unit named in parentheses at an item's end, alone or with its time", () => {
  it('gives the owner and the time of bullets in a plan that writes them so', () => {
    expect(read('# Trafiksäkra skolvägar\n- Bygga om övergångsställen vid fem skolor (Tekniska förvaltningen, 2026)\n- Starta gåbussar i årskurs 1 (Barn- och utbildningsförvaltningen, HT 2025)\n# Säkra cykelstråk\n- Belysa cykelvägen till idrottsplatsen (Gatuenheten)\n- Rensa sikthinder i korsningar (Gatuenheten, 2025–2026)')).toEqual([
      ['Bygga om övergångsställen vid fem skolor', 'Tekniska förvaltningen', '2026'],
      ['Starta gåbussar i årskurs 1', 'Barn- och utbildningsförvaltningen', '2025'],
      ['Belysa cykelvägen till idrottsplatsen', 'Gatuenheten', ''],
      ['Rensa sikthinder i korsningar', 'Gatuenheten', '2025,2026'],
    ]);
  });

  it('reads the pair written time first, and no reference after a time as a unit', () => {
    expect(read('# Trygga badplatser\n- Sätta upp livbojar vid alla badplatser (maj 2026, Fritidsenheten)\n- Erbjuda simskola på sommarlovet (sommaren 2026, Kultur- och fritidsförvaltningen)\n- Bemanna stranden med badvakter (2027, Fritidsenheten)')).toEqual([
      ['Sätta upp livbojar vid alla badplatser', 'Fritidsenheten', '2026'],
      ['Erbjuda simskola på sommarlovet', 'Kultur- och fritidsförvaltningen', '2026'],
      ['Bemanna stranden med badvakter', 'Fritidsenheten', '2027'],
    ]);
    expect(splitFields('Sätta upp livbojar vid alla badplatser (2026, se bilaga 2)').fields.filter((f) => f.role === 'owner')).toEqual([]);
  });

  it('reads a time with a bound after the unit: from a month, from a season, until a year', () => {
    expect(read('# Trygga badplatser\n- Sätta upp livbojar vid alla badplatser (Fritidsenheten, fr.o.m. maj 2026)\n- Erbjuda simskola på sommarlovet (Kultur- och fritidsförvaltningen, från och med sommaren 2026)\n- Bemanna stranden med badvakter (Fritidsenheten, t.o.m. 2027)')).toEqual([
      ['Sätta upp livbojar vid alla badplatser', 'Fritidsenheten', '2026'],
      ['Erbjuda simskola på sommarlovet', 'Kultur- och fritidsförvaltningen', '2026'],
      ['Bemanna stranden med badvakter', 'Fritidsenheten', '2027'],
    ]);
  });

  it('reads an association by name as a body, after a dash or in parentheses, and no place named with a time', () => {
    expect(read('# Levande landsbygd\n- Arrangera en skördemarknad i Bygdegården – Hembygdsföreningen Gamla Byn, löpande\n- Rusta upp badplatsen vid Långsjön (Föreningen Norrby Byalag, 2026)\n- Ordna en julmarknad i centrum – Gamla Stan, 2026')).toEqual([
      ['Arrangera en skördemarknad i Bygdegården', 'Hembygdsföreningen Gamla Byn', ''],
      ['Rusta upp badplatsen vid Långsjön', 'Föreningen Norrby Byalag', '2026'],
      ['Ordna en julmarknad i centrum – Gamla Stan, 2026', null, ''],
    ]);
  });

  it('reads a body by name, a unit in lower case, a role and two units', () => {
    expect(read('# Trygg kollektivtrafik\n- Utöka nattbussarna till ytterområdena (Region Västmanland)\n- Sätta upp kameror vid resecentrum (säkerhetsenheten)\n# Trygga parker\n- Belysa parkstråken (gatuchefen, 2026)\n- Anordna parkvandringar (fritidsenheten, kulturenheten)').map((r) => r[1])).toEqual([
      'Region Västmanland',
      'säkerhetsenheten',
      'gatuchefen',
      'fritidsenheten, kulturenheten',
    ]);
  });

  it('takes no owner from a parenthesis that expands a term, cites a source, or holds what is no time after the unit', () => {
    for (const text of ['Införa samverkan mellan skola, socialtjänst, polis och fritid (SSPF)', 'Andelen rökare har minskat (Folkhälsomyndigheten 2023)', 'Utbilda personal (Socialförvaltningen, med stöd av länsstyrelsen)', 'Minska matsvinnet (se bilaga 2)', 'Ta fram en parkeringsstrategi (KF 2023-06-15, § 88)', 'Öka läsandet (framför allt bland pojkar)']) {
      expect(splitFields(text).fields, text).toEqual([]);
    }
  });
});

describe("who and when after a dash, an abbreviation with its time, a lead unit with its partner", () => {
  it("reads '– Unit, time' closing a web page's bullets", () => {
    expect(read('# Renare sjöar\n- Kartlägga enskilda avlopp runt Storsjön – Miljöenheten, våren 2026\n- Anlägga två våtmarker vid åns utlopp – Tekniska förvaltningen, 2026–2027\n# Grönare tätort\n- Plantera hundra träd längs stråken – Parkenheten i samverkan med hembygdsföreningen, löpande')).toEqual([
      ['Kartlägga enskilda avlopp runt Storsjön', 'Miljöenheten', '2026'],
      ['Anlägga två våtmarker vid åns utlopp', 'Tekniska förvaltningen', '2026,2027'],
      ['Plantera hundra träd längs stråken', 'Parkenheten i samverkan med hembygdsföreningen', ''],
    ]);
  });

  it('reads an abbreviation as the owner when a time follows it, and a unit with its own abbreviation after it', () => {
    expect(read('# Läsande barn\n- Dela ut bokpåsar på BVC (KUF, 2026)\n- Starta läsombud på förskolorna (FSF (KUF), HT 2026)\n- Erbjuda lovläsning på biblioteken (KUF, årligen)').map((r) => [r[1], r[2]])).toEqual([
      ['KUF', '2026'],
      ['FSF (KUF)', '2026'],
      ['KUF', ''],
    ]);
  });

  it('takes no owner from a dash that goes on with a clause, an abbreviation alone, or a source cited in prose', () => {
    for (const text of ['Utveckla mötesplatserna – ett arbete som kräver samverkan', 'Kartlägga behoven (SIP)', 'Öka cyklandet – särskilt bland unga, 2026', 'Bygga ut laddinfrastrukturen – Nu kör vi']) {
      expect(splitFields(text).fields, text).toEqual([]);
    }
    expect(read('# Bakgrund\nAndelen unga som röker har minskat sedan förra mätningen (CAN, 2023). Andelen som snusar har ökat något (SCB, 2024). Kommunen ser därför över sitt arbete.')).toEqual([]);
  });
});

describe("an item's '(Name, time)': the slot before the time is the owner's", () => {
  it('reads a unit named without a unit word when a time follows it', () => {
    expect(read('# Äldres hälsa\n- Starta seniorgympa i alla kommundelar (Vård och omsorg, HT 2026)\n- Erbjuda hembesök till alla som fyller 80 (Äldreomsorg, 2027)\n- Anordna mötesplatser för anhöriga (Anhörigstöd, löpande)')).toEqual([
      ['Starta seniorgympa i alla kommundelar', 'Vård och omsorg', '2026'],
      ['Erbjuda hembesök till alla som fyller 80', 'Äldreomsorg', '2027'],
      ['Anordna mötesplatser för anhöriga', 'Anhörigstöd', ''],
    ]);
  });

  it('takes no owner from such a name without a time, from a phrase in lower case, or from prose', () => {
    for (const text of ['Bygga om badplatsen (Vård och omsorg)', 'Rusta upp lekplatsen (se bilaga, 2026)', 'Öka läsandet (framför allt bland pojkar, 2026)']) {
      expect(splitFields(text).fields, text).toEqual([]);
    }
  });
});

describe('lettered items that run on one sentence: the comma and join word after the parenthesis', () => {
  it("reads the owner and time of items closing in ',' or ', samt' or ';', and a when that recurs without a year", () => {
    expect(read('# Läsande kommun\n- öppna meröppet bibliotek i två kommundelar (KUF, 2027),\n- erbjuda läsecirklar för nyanlända (Kultur- och fritidsförvaltningen, varannan termin);\n- digitalisera lokalhistoriska arkivet (KUF, 2026–2027), samt\n- starta bokcirklar på äldreboendena (VOF, varje höst).')).toEqual([
      ['öppna meröppet bibliotek i två kommundelar', 'KUF', '2027'],
      ['erbjuda läsecirklar för nyanlända', 'Kultur- och fritidsförvaltningen', ''],
      ['digitalisera lokalhistoriska arkivet', 'KUF', '2026,2027'],
      ['starta bokcirklar på äldreboendena', 'VOF', ''],
    ]);
  });

  it('takes no owner where the item goes on after its parenthesis, or where what follows the unit is no time', () => {
    for (const text of ['Följa upp läsfrämjandet (KUF, 2026) och rapportera till nämnden,', 'Ta fram en plan för arkivet (se bilaga 2), samt', 'Erbjuda läsecirklar (KUF, varje gång det behövs),', 'Öka utlåningen (Kungliga biblioteket, 2024), vilket']) {
      expect(splitFields(text).fields, text).toEqual([]);
    }
  });
});

describe("an item's closing parenthesis whose parts carry their labels without a colon", () => {
  it('reads the owner and time by their labels in either order, parted by a comma, a semicolon or a middle dot', () => {
    expect(read('# Snöröjning i byarna\n- Ploga gång- och cykelvägen i Ås före kl. 7 (ansvar Gatuenheten, tid vintern 2027)\n- Sanda trapporna vid skolan (tid 2028; ansvarig Fastighetsenheten)\n- Skotta busshållplatserna i Näs (utförare Gatuenheten · 2027)')).toEqual([
      ['Ploga gång- och cykelvägen i Ås före kl. 7', 'Gatuenheten', '2027'],
      ['Sanda trapporna vid skolan', 'Fastighetsenheten', '2028'],
      ['Skotta busshållplatserna i Näs', 'Gatuenheten', '2027'],
    ]);
  });

  it('reads no label whose value has no shape of its kind, and no parenthesis with no owner or time label', () => {
    expect(splitFields('Skotta busshållplatserna (tid enligt avtal)').fields).toEqual([]);
    expect(splitFields('Skotta busshållplatserna (se bilaga 2, karta 3)').fields).toEqual([]);
  });
});
