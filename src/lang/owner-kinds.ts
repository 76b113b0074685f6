/**
 * Kinds of owner a researcher can compare across municipalities, whatever a
 * municipality calls its units. A unit's name is read by the parts Swedish
 * administrations build names from: a domain stem ('samhällsbyggnad',
 * 'kultur') inside a compound ('Samhällsbyggnadsförvaltningen'), a body
 * ('-nämnden', 'AB'), or the conventional abbreviation ('SBF').
 */

export const OWNER_KINDS = [
  { id: 'kommunledning', sv: 'Kommunledning', en: 'Central administration', about: 'kommunledningskontor/-förvaltning, kommunstyrelsens förvaltning, stadsledning, central staff (ekonomi, HR, kommunikation)' },
  { id: 'naringsliv', sv: 'Näringsliv', en: 'Business development', about: 'näringslivsenhet/-kontor, tillväxt, destination and tourism units' },
  { id: 'samhallsbyggnad', sv: 'Samhällsbyggnad', en: 'Planning and infrastructure', about: 'samhällsbyggnad, stadsbyggnad, plan och bygg, teknik, gata, mark och exploatering, fastighet' },
  { id: 'utbildning_arbetsmarknad', sv: 'Utbildning och arbetsmarknad', en: 'Education and labour market', about: 'skola, förskola, gymnasium, vuxenutbildning, arbetsmarknadsenhet' },
  { id: 'kultur_fritid', sv: 'Kultur och fritid', en: 'Culture and leisure', about: 'kultur, fritid, bibliotek, idrott' },
  { id: 'socialtjanst', sv: 'Socialtjänst', en: 'Social services', about: 'socialtjänst, vård och omsorg, individ- och familjeomsorg' },
  { id: 'miljo', sv: 'Miljö', en: 'Environment', about: 'miljö, hälsoskydd, klimat' },
  { id: 'kommunalt_bolag', sv: 'Kommunalt bolag', en: 'Municipal company', about: "a company ('AB', 'bolaget'), such as a housing or energy company" },
  { id: 'extern_part', sv: 'Extern part', en: 'External party', about: 'region, state agencies, universities, business organisations, associations' },
  { id: 'politisk_instans', sv: 'Politisk instans', en: 'Political body', about: 'kommunfullmäktige, kommunstyrelsen, a nämnd, an utskott or a council of politicians' },
  { id: 'okand', sv: 'Okänd', en: 'Unknown', about: "no owner, or one that says nothing of its kind ('Kommunen', 'Förvaltningen', an undefined abbreviation)" },
] as const;

export type OwnerKind = (typeof OWNER_KINDS)[number]['id'];

export interface OwnerKindPattern {
  id: string;
  kind: OwnerKind;
  pattern: RegExp;
  example: string;
}

/**
 * Bodies that decide the kind whatever their domain, tried first:
 * 'Kultur- och fritidsnämnden' is a political body, 'Region Skåne' an
 * external party, 'Trelleborgshem AB' a company. Matched on the lower-cased name.
 */
export const OWNER_BODIES: OwnerKindPattern[] = [
  { id: 'owner-kind/external', kind: 'extern_part', pattern: /^region\b|\bregionen\b|länsstyrelse|arbetsförmedling|försäkringskass|tillväxtverk|trafikverk|universitet|högskola|\balmi\b|företagarna|svenskt näringsliv|handelskammar|nyföretagarcentrum|business sweden|\bföreningar\b|förening(?:en|arna)\b|föreningsliv|näringslivsorganisation|\bbranschorganisation|\bhandlare\b|fastighetsägare/u, example: 'Region Skåne' },
  { id: 'owner-kind/company', kind: 'kommunalt_bolag', pattern: /\bab$|\bab\b|\baktiebolag|bolag(?:et|en)?\b/u, example: 'Skellefteå Kraft AB' },
  { id: 'owner-kind/political', kind: 'politisk_instans', pattern: /(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|presidiet|presidium)$|^(?:kommunstyrelsen|kommunfullmäktige|kf|ks)\b/u, example: 'Kultur- och fritidsnämnden' },
];

/**
 * Domain stems inside a unit's name; the one standing first wins
 * ('Miljö- och samhällsbyggnadsförvaltningen' is led by miljö). Stems are
 * matched anywhere in a word, so compounds ('gymnasieförvaltningen') find them.
 */
export const OWNER_DOMAINS: OwnerKindPattern[] = [
  { id: 'owner-kind/central', kind: 'kommunledning', pattern: /kommunledning|stadsledning|kommunstyrelse(?:ns)?\s*förvaltning|kommunstyrelseförvaltning|kommundirekt|stadsdirekt|kommunchef|kommunkansli|ekonomiavdelning|ekonomienhet|ekonomikontor|hr-|personalavdelning|kommunikationsavdelning|kommunikationsenhet|kommunikatör|^kommunikation$|upphandling|strategiska avdelning|utvecklingsavdelning|ledningsstab|\bstaben\b|planeringsavdelning/u, example: 'Kommunledningskontoret' },
  { id: 'owner-kind/business', kind: 'naringsliv', pattern: /^visit\b|näringsliv|tillväxt|företagslots|företagsservice|etablering|destination|turism|besöksnäring|invest/u, example: 'Näringslivsenheten' },
  { id: 'owner-kind/planning', kind: 'samhallsbyggnad', pattern: /samhällsbygg|stadsbygg|samhällsutveckling|stadsutveckling|plan- och bygg|planavdelning|planenhet|bygglov|teknisk|tekniska|gatu|gata|park|exploatering|mark- och|markavdelning|fastighet|infrastruktur|trafik|lantmäteri|va-|vatten|renhållning/u, example: 'Samhällsbyggnadsförvaltningen' },
  { id: 'owner-kind/education', kind: 'utbildning_arbetsmarknad', pattern: /utbildning|skol|förskol|gymnasi|komvux|vuxenutbildning|lärande|arbetsmarknad|sfi\b|studie- och yrkesvägledning|syv\b/u, example: 'Arbetsmarknadsenheten' },
  { id: 'owner-kind/culture', kind: 'kultur_fritid', pattern: /kultur|fritid|bibliotek|idrott|museum|musei/u, example: 'Kultur- och fritidsförvaltningen' },
  { id: 'owner-kind/social', kind: 'socialtjanst', pattern: /social|omsorg|vård|äldre|individ- och familj|funktionsstöd|funktionshinder/u, example: 'Socialförvaltningen' },
  { id: 'owner-kind/environment', kind: 'miljo', pattern: /miljö|hälsoskydd|klimat|naturvård/u, example: 'Miljö- och hälsoskyddskontoret' },
];

/**
 * Conventional abbreviations of Swedish municipal units, for owners a
 * document never spells out. Only forms in wide use across municipalities
 * belong here; a document's own definitions ('SAM = …') come first.
 */
export const OWNER_ABBREVIATIONS: Record<string, OwnerKind> = {
  KLK: 'kommunledning',
  KLF: 'kommunledning',
  KSF: 'kommunledning',
  SLK: 'kommunledning',
  NLE: 'naringsliv',
  NLK: 'naringsliv',
  SBF: 'samhallsbyggnad',
  SBK: 'samhallsbyggnad',
  SHBF: 'samhallsbyggnad',
  TF: 'samhallsbyggnad',
  BUF: 'utbildning_arbetsmarknad',
  UBF: 'utbildning_arbetsmarknad',
  UF: 'utbildning_arbetsmarknad',
  AME: 'utbildning_arbetsmarknad',
  KFF: 'kultur_fritid',
  KFN: 'politisk_instans',
  SOC: 'socialtjanst',
  SF: 'socialtjanst',
  VOF: 'socialtjanst',
  MBF: 'miljo',
  MHK: 'miljo',
  MF: 'miljo',
  KS: 'politisk_instans',
  KF: 'politisk_instans',
};

/** An owner that names no unit: 'Kommunen', 'Alla förvaltningar', 'Berörda nämnder'. */
export const UNSPECIFIC_OWNER = { id: 'owner-kind/unspecific', pattern: /^(?:\p{L}+s?\s+)?(?:kommun(?:en)?|stad(?:en)?|förvaltning(?:en|arna)?|alla|samtliga(?:\s+\p{L}+)?|berörda(?:\s+\p{L}+)?)$/u };

/** Where the lead owner's name ends: 'BUF, NLK', 'SBF/KLF', 'NLE i samverkan med Region X', 'KLF och Näringslivsenheten'. */
export const LEAD_OWNER_SEPARATOR = { id: 'owner-kind/lead-separator', pattern: /\s+i\s+samverkan\s+med\s+|\s*[,;/]\s*|\s+(?:och|samt)\s+(?=\p{Lu})/u };
