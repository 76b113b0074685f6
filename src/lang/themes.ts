/**
 * The shared taxonomy that makes municipalities comparable: every focus
 * area, intervention area and activity is assigned the themes whose terms it
 * uses. Ids are stable (they are stored and exported); labels may be
 * reworded.
 *
 * Terms are Swedish words and phrases, matched on stems (natural's Swedish
 * stemmer), so 'utbildningar' finds 'utbildning'. A one-word term of five or
 * more letters also matches as part of a compound ('upphandling' in
 * 'upphandlingsenheten', 'kompetens' in 'kompetensförsörjningsplan'). Words in
 * `whole` are exact word forms, not stemmed and never parts of compounds
 * ('mark' must not find 'marknad', 'lokaler' must not find 'lokala', whose
 * stems agree). Terms in capitals are acronyms, matched as written ('UF', 'CSR');
 * a term with a capital first letter is a name ('Almi', 'Science Park'), the
 * only kind of term that matches where a text names someone (see
 * src/extract/taxonomy-match.ts).
 */
/** The policy area (src/lang/subjects.ts) these themes detail: they are the business climate's. */
export const THEMES_SUBJECT = 'naringsliv';

export interface Theme {
  id: string;
  sv: string;
  en: string;
  terms: string[];
  whole?: string[];
}

export const THEMES: Theme[] = [
  {
    id: 'service',
    sv: 'Service och myndighetsutövning',
    en: 'Service and permits',
    terms: [
      'myndighetsutövning', 'tillsyn', 'tillsynsbesök', 'bygglov', 'tillstånd', 'serveringstillstånd', 'avgift', 'bemötande',
      'service', 'handläggning', 'handläggningstid', 'ärendehantering', 'ärendeprocess', 'kontaktcenter', 'företagslots',
      'lotsfunktion', 'förenkla helt enkelt', 'livsmedelskontroll', 'kundfokus', 'kunddialog', 'kundperspektiv', 'nöjd kund-index', 'NKI',
      'checklistor', 'beslutsmallar', 'insikt',
    ],
    whole: ['lov', 'lovet'],
  },
  {
    id: 'skills',
    sv: 'Kompetensförsörjning och arbetsmarknad',
    en: 'Skills and labour market',
    terms: [
      'kompetensförsörjning', 'kompetens', 'utbildning', 'arbetsmarknad', 'matchning', 'arbetskraft', 'rekrytering',
      'yrkeshögskola', 'lärling', 'arbetssökande', 'jobbmässa', 'sysselsättning', 'vuxenutbildning', 'komvux', 'nyanlända', 'praktikplats',
      'arbetslös', 'långtidsarbetslös', 'campus', 'högskola', 'universitet', 'studenter', 'elever', 'gymnasium', 'gymnasieskola',
      'skola', 'skolan', 'skolor', 'feriearbete', 'sommarjobb', 'YH', 'SFI',
    ],
    whole: ['jobb', 'jobben'],
  },
  {
    id: 'establishment',
    sv: 'Etablering, mark och lokaler',
    en: 'Establishment, land and premises',
    terms: [
      'etablering', 'nyetablering', 'markanvisning', 'markberedskap', 'planberedskap', 'detaljplan', 'översiktsplan',
      'verksamhetsområde', 'industrimark', 'företagsmark', 'verksamhetsmark', 'fastighetsägare', 'exploatering', 'tomt',
      'handelsområde', 'lokalförsörjning', 'företagsområde', 'etableringsguidning',
    ],
    whole: ['mark', 'marken', 'lokaler', 'lokalerna', 'tomter', 'tomterna'],
  },
  {
    id: 'infrastructure',
    sv: 'Infrastruktur och transporter',
    en: 'Infrastructure and transport',
    terms: [
      'infrastruktur', 'transport', 'trafik', 'kollektivtrafik', 'järnväg', 'pendling', 'pendeltåg', 'framkomlighet', 'logistik',
      'godstransport', 'flygplats', 'cykelväg', 'parkering', 'vägnät', 'trafikplan', 'trafikinformation',
    ],
    whole: ['väg', 'vägar', 'vägen', 'gods', 'hamn', 'hamnen', 'tåg'],
  },
  {
    id: 'place-marketing',
    sv: 'Platsmarknadsföring och besöksnäring',
    en: 'Place marketing and visitors',
    terms: [
      'varumärke', 'varumärkesplattform', 'marknadsföring', 'besöksnäring', 'turism', 'evenemang', 'attraktivitet', 'destination',
      'besökare', 'ambassadör', 'platsmarknadsföring', 'bilden av', 'profilering', 'attrahera', 'platsstärkande', 'besöksmål',
    ],
  },
  {
    id: 'dialogue',
    sv: 'Dialog och nätverk med näringslivet',
    en: 'Dialogue and networks with business',
    terms: [
      'dialog', 'nätverk', 'företagsbesök', 'näringslivsråd', 'frukostmöte', 'företagarfrukost', 'frukostträff', 'frukostklubb',
      'mötesplats', 'företagsforum', 'nätverksforum', 'företagardag', 'näringslivsgala', 'dialogforum', 'samverkansforum',
      'företagsträff', 'entreprenörsråd', 'näringslivsorganisation', 'företagarförening',
    ],
  },
  {
    id: 'entrepreneurship',
    sv: 'Entreprenörskap och innovation',
    en: 'Entrepreneurship and innovation',
    terms: [
      'nyföretagande', 'entreprenörskap', 'entreprenör', 'innovation', 'Science Park', 'Ung Företagsamhet', 'nystartade',
      'nystartsrådgivning', 'företagsrådgivning', 'rådgivning', 'inkubator', 'startup', 'Almi', 'Nyföretagarcentrum', 'kluster',
      'innovationskluster', 'Drivhuset', 'affärsutveckling', 'UF',
    ],
  },
  {
    id: 'procurement',
    sv: 'Offentlig upphandling',
    en: 'Public procurement',
    terms: ['upphandling', 'anbud', 'anbudsgivare', 'leverantör', 'inköp', 'direktupphandling', 'LOU'],
  },
  {
    id: 'sustainability',
    sv: 'Hållbarhet och miljö',
    en: 'Sustainability and environment',
    terms: [
      'hållbarhet', 'hållbar', 'miljö', 'klimat', 'energi', 'cirkulär', 'återbruk', 'förnybar', 'fossilfri', 'fossilbränslefri',
      'utsläpp', 'agenda 2030', 'solceller', 'biogas', 'CSR', 'växthusgas', 'energieffektivisering', 'miljömål',
    ],
  },
  {
    id: 'digital',
    sv: 'Digitala tjänster',
    en: 'Digital services',
    terms: ['e-tjänst', 'digitalisering', 'digital', 'bredband', 'fiber', 'webbplats', 'hemsida', 'webbaserad', 'e-handel', 'IT-stöd'],
    whole: ['webb', 'webben', 'app', 'appar', 'IT'],
  },
];
