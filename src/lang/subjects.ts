/**
 * The policy areas municipalities plan in: a document's subject, and the
 * themes of its focus areas and activities at the level every subject shares.
 * Ids are stable (stored, exported, accepted by `compare --subject`); labels
 * may be reworded.
 *
 * Terms are read as src/extract/themes.ts reads every taxonomy: on stems,
 * a one-word term of five or more letters also as a part of a compound whose
 * other part is a Swedish word ('avfall' in 'matavfallsinsamling'), where the
 * longest term wins ('planberedskap' is planning, not crisis preparedness).
 * `whole` holds word forms matched only as written; terms in capitals are
 * acronyms. No term stands here for one document: each is a word a plan on
 * that subject uses whoever wrote it. A term with a capital first letter is
 * a name ('Almi'): the only kind that matches where a text names someone.
 */
export interface Subject {
  id: string;
  sv: string;
  en: string;
  terms: string[];
  whole?: string[];
}

export const SUBJECTS: Subject[] = [
  {
    id: 'naringsliv',
    sv: 'Näringsliv och arbete',
    en: 'Business and employment',
    terms: [
      'näringsliv', 'näringslivsklimat', 'företag', 'företagare', 'företagande', 'nyföretagande', 'företagsklimat', 'entreprenör',
      'entreprenörskap', 'etableringsguidning', 'nyetablering', 'företagsetablering', 'besöksnäring', 'turism', 'handel', 'handlare',
      'arbetsmarknad', 'sysselsättning', 'arbetstillfälle', 'kompetensförsörjning', 'innovation', 'tillväxt', 'affärsutveckling',
      'företagsbesök', 'näringslivsråd', 'arbetslöshet', 'arbetssökande', 'verksamhetsmark', 'industrimark', 'företagsmark',
      'exportfrämjande', 'inkubator', 'Science Park', 'Ung Företagsamhet', 'Nyföretagarcentrum', 'Almi', 'leverantör', 'upphandling',
    ],
    whole: ['jobb', 'jobben', 'UF'],
  },
  {
    id: 'klimat',
    sv: 'Klimat och energi',
    en: 'Climate and energy',
    terms: [
      'klimat', 'klimatanpassning', 'energi', 'energieffektivisering', 'utsläpp', 'växthusgas', 'koldioxid', 'fossilfri',
      'fossilbränslefri', 'fossil', 'förnybar', 'solcell', 'solenergi', 'vindkraft', 'laddinfrastruktur', 'laddstolpe', 'laddplats',
      'elbil', 'biogas', 'biodrivmedel', 'drivmedel', 'klimatneutral', 'klimatpåverkan', 'energiförbrukning', 'energianvändning',
      'elförbrukning', 'elnät', 'värmebölja', 'skyfall',
    ],
  },
  {
    id: 'miljo',
    sv: 'Miljö och natur',
    en: 'Environment and nature',
    terms: [
      'miljö', 'miljömål', 'natur', 'naturvård', 'naturvärde', 'biologisk mångfald', 'ekosystem', 'ekosystemtjänst', 'våtmark',
      'naturreservat', 'artskydd', 'pollinatör', 'kemikalie', 'miljögift', 'giftfri', 'buller', 'luftkvalitet', 'grönstruktur',
      'grönområde', 'skog', 'skyddsvärd', 'invasiv', 'miljötillsyn', 'markförorening', 'förorenad', 'ekologisk', 'miljönämnd',
    ],
  },
  {
    id: 'vatten',
    sv: 'Vatten och avlopp',
    en: 'Water and sewerage',
    terms: [
      'vatten', 'avlopp', 'dagvatten', 'dricksvatten', 'spillvatten', 'vattenförsörjning', 'reningsverk', 'avloppsreningsverk',
      'vattentäkt', 'ledningsnät', 'vattenkvalitet', 'vattenverk', 'vattenskyddsområde', 'översvämning', 'sjö', 'vattendrag',
      'grundvatten', 'vattenplan', 'enskilda avlopp',
    ],
    whole: ['VA', 'hav', 'havet', 'sjöar', 'vattnet', 'vattnen'],
  },
  {
    id: 'avfall',
    sv: 'Avfall',
    en: 'Waste',
    terms: [
      'avfall', 'återvinning', 'återbruk', 'sophämtning', 'matavfall', 'deponi', 'nedskräpning', 'förpackning',
      'återvinningscentral', 'cirkulär', 'sortering', 'kretslopp', 'avfallshantering', 'insamling', 'grovavfall', 'nedskräpad',
      'slam', 'latrin', 'renhållning', 'avfallstrappa',
    ],
    whole: ['sopor', 'soporna', 'skräp', 'skräpet'],
  },
  {
    id: 'samhallsbyggnad',
    sv: 'Samhällsbyggnad och bostäder',
    en: 'Planning and housing',
    terms: [
      'bostad', 'bostäder', 'bostadsförsörjning', 'bostadsbyggande', 'detaljplan', 'översiktsplan', 'planberedskap', 'markberedskap',
      'bygglov', 'exploatering', 'stadsutveckling', 'stadsbyggnad', 'markanvisning', 'hyresrätt', 'bostadsrätt', 'lägenhet',
      'bebyggelse', 'samhällsplanering', 'fysisk planering', 'planarbete', 'tomt', 'småhus', 'bostadsområde', 'förtätning',
      'samhällsbyggnad', 'stadsmiljö', 'centrumutveckling', 'markförsörjning', 'lokalförsörjning',
    ],
  },
  {
    id: 'trafik',
    sv: 'Trafik och infrastruktur',
    en: 'Transport and infrastructure',
    terms: [
      'trafik', 'kollektivtrafik', 'cykel', 'cykelväg', 'gång- och cykelväg', 'järnväg', 'transport', 'parkering', 'trafiksäkerhet',
      'hastighet', 'buss', 'pendling', 'pendeltåg', 'infrastruktur', 'hållplats', 'framkomlighet', 'resande', 'mobilitet',
      'vägnät', 'gatubelysning', 'flygplats', 'godstransport', 'logistik', 'resvanor', 'persontransport',
    ],
    whole: ['väg', 'vägar', 'vägen', 'vägarna', 'gata', 'gator', 'gatan', 'gatorna', 'tåg', 'tåget', 'hamn', 'hamnen'],
  },
  {
    id: 'utbildning',
    sv: 'Utbildning',
    en: 'Education',
    terms: [
      'utbildning', 'skola', 'skolan', 'skolor', 'förskola', 'grundskola', 'gymnasium', 'gymnasieskola', 'elev', 'lärare',
      'undervisning', 'betyg', 'vuxenutbildning', 'komvux', 'lärande', 'skolresultat', 'behörighet', 'pedagog', 'högskola',
      'universitet', 'yrkeshögskola', 'studiero', 'skolnärvaro', 'läsförståelse', 'kunskapsresultat', 'rektor', 'studievägledning',
    ],
    whole: ['YH', 'SFI'],
  },
  {
    id: 'barn-unga',
    sv: 'Barn och unga',
    en: 'Children and young people',
    terms: [
      'barn', 'unga', 'ungdom', 'ungdomar', 'ungdomsråd', 'barnkonvention', 'barnrätt', 'barnets bästa', 'föräldrar', 'föräldraskap',
      'fritidsgård', 'tonåring', 'uppväxt', 'feriearbete', 'sommarjobb', 'ungdomsverksamhet', 'barnfamilj', 'elevråd',
    ],
  },
  {
    id: 'folkhalsa',
    sv: 'Folkhälsa',
    en: 'Public health',
    terms: [
      'folkhälsa', 'hälsa', 'hälsofrämjande', 'psykisk hälsa', 'psykisk ohälsa', 'ohälsa', 'alkohol', 'narkotika', 'tobak', 'droger',
      'spel om pengar', 'fysisk aktivitet', 'levnadsvanor', 'matvanor', 'övervikt', 'suicid', 'självmord', 'jämlik hälsa',
      'drogförebyggande', 'hälsosam', 'välmående', 'ensamhet', 'sömn', 'rökning', 'nikotin', 'doping',
    ],
    whole: ['ANDT', 'ANDTS'],
  },
  {
    id: 'vard-omsorg',
    sv: 'Vård och omsorg',
    en: 'Health and social care',
    terms: [
      'vård', 'omsorg', 'hemtjänst', 'hemsjukvård', 'funktionsnedsättning', 'funktionshinder', 'rehabilitering', 'patient',
      'sjuksköterska', 'omvårdnad', 'brukare', 'assistans', 'gruppbostad', 'daglig verksamhet', 'boendestöd', 'vårdplanering',
      'omsorgspersonal', 'undersköterska', 'läkemedel', 'korttidsboende', 'särskilt boende',
    ],
    whole: ['LSS'],
  },
  {
    id: 'aldre',
    sv: 'Äldre',
    en: 'Older people',
    terms: ['äldre', 'äldreomsorg', 'senior', 'pensionär', 'demens', 'äldreboende', 'äldrevänlig', 'seniorboende', 'trygghetsboende'],
  },
  {
    id: 'socialtjanst',
    sv: 'Socialtjänst',
    en: 'Social services',
    terms: [
      'socialtjänst', 'ekonomiskt bistånd', 'försörjningsstöd', 'missbruk', 'beroende', 'våld i nära relation', 'hemlöshet',
      'orosanmälan', 'placering', 'familjehem', 'skyddat boende', 'individ- och familjeomsorg', 'barnavård', 'socialsekreterare',
      'hedersrelaterat', 'öppenvård', 'biståndshandläggning', 'bostad först', 'socialnämnd', 'socialförvaltning',
    ],
    whole: ['IFO'],
  },
  {
    id: 'integration',
    sv: 'Integration',
    en: 'Integration',
    terms: [
      'integration', 'nyanlända', 'nyanländ', 'svenska för invandrare', 'mottagande', 'asyl', 'flykting', 'utrikes födda',
      'samhällsorientering', 'segregation', 'utanförskap', 'språkcafé', 'modersmål', 'språkstöd', 'etableringsprogram', 'invandrare',
    ],
  },
  {
    id: 'trygghet',
    sv: 'Trygghet och brottsförebyggande',
    en: 'Safety and crime prevention',
    terms: [
      'trygghet', 'otrygghet', 'brott', 'brottsförebyggande', 'brottslighet', 'våld', 'skadegörelse', 'polis', 'kameraövervakning',
      'ordningsvakt', 'trygghetsvandring', 'grannsamverkan', 'kriminalitet', 'gängkriminalitet', 'nattvandring', 'klotter',
      'medborgarlöfte', 'trygghetsskapande', 'trygg', 'otrygg', 'våldsbejakande', 'extremism', 'radikalisering', 'inbrott',
    ],
    whole: ['BRÅ'],
  },
  {
    id: 'krisberedskap',
    sv: 'Krisberedskap och civilt försvar',
    en: 'Emergency preparedness and civil defence',
    terms: [
      'krisberedskap', 'kris', 'beredskap', 'civilt försvar', 'civil beredskap', 'totalförsvar', 'höjd beredskap', 'sårbarhetsanalys',
      'sårbarhet', 'krisledning', 'krishantering', 'reservkraft', 'nödvatten', 'räddningstjänst', 'olycka', 'samhällsviktig',
      'säkerhetsskydd', 'kontinuitetsplanering', 'krisorganisation', 'störning', 'skyddsrum', 'evakuering', 'räddningsinsats',
      'riskanalys', 'brandskydd', 'krisstöd', 'trygghetspunkt',
    ],
    whole: ['RSA'],
  },
  {
    id: 'kultur-fritid',
    sv: 'Kultur och fritid',
    en: 'Culture and leisure',
    terms: [
      'kultur', 'fritid', 'bibliotek', 'idrott', 'föreningsliv', 'förening', 'museum', 'konst', 'musik', 'kulturarv', 'scenkonst',
      'kulturskola', 'idrottsanläggning', 'simhall', 'läsfrämjande', 'föreningsbidrag', 'teater', 'konsert', 'utställning',
      'kulturliv', 'idrottsplats', 'ishall', 'badhus', 'fritidsaktivitet', 'kulturverksamhet', 'hembygd',
    ],
  },
  {
    id: 'friluftsliv',
    sv: 'Friluftsliv',
    en: 'Outdoor recreation',
    terms: [
      'friluftsliv', 'friluft', 'vandringsled', 'motionsspår', 'naturupplevelse', 'allemansrätt', 'badplats', 'fiske',
      'friluftsområde', 'strövområde', 'tätortsnära natur', 'kanot', 'utegym', 'cykelled', 'vandring', 'rastplats', 'vindskydd',
      'skidspår', 'friluftsanläggning', 'naturstig', 'ledsystem',
    ],
    whole: ['led', 'leder', 'lederna', 'leden'],
  },
  {
    id: 'digitalisering',
    sv: 'Digitalisering',
    en: 'Digitalisation',
    terms: [
      'digitalisering', 'digital', 'e-tjänst', 'bredband', 'fiber', 'automatisering', 'informationssäkerhet', 'systemstöd',
      'e-arkiv', 'välfärdsteknik', 'uppkoppling', 'webbplats', 'hemsida', 'digitala', 'it-system', 'e-legitimation', 'öppna data',
    ],
    whole: ['IT', 'AI', 'webb', 'webben', 'app', 'appar'],
  },
  {
    id: 'jamstalldhet',
    sv: 'Jämställdhet och mänskliga rättigheter',
    en: 'Gender equality and human rights',
    terms: [
      'jämställdhet', 'jämställd', 'mänskliga rättigheter', 'diskriminering', 'hbtq', 'hbtqi', 'likabehandling', 'nationella minoriteter',
      'minoritetsspråk', 'samiska', 'förvaltningsområde för finska', 'jämställdhetsintegrering', 'rättighet', 'kvinnor och män',
      'flickor och pojkar', 'normkritisk', 'tillgänglighet', 'likvärdig', 'CEDAW',
    ],
  },
  {
    id: 'demokrati',
    sv: 'Demokrati och dialog',
    en: 'Democracy and dialogue',
    terms: [
      'demokrati', 'medborgardialog', 'dialog', 'delaktighet', 'inflytande', 'valdeltagande', 'medborgarbudget', 'e-förslag',
      'medborgarförslag', 'öppenhet', 'insyn', 'medskapande', 'medborgare', 'invånardialog', 'samråd', 'förtroendevald',
    ],
  },
  {
    id: 'organisation',
    sv: 'Organisation och ekonomi',
    en: 'Organisation and finance',
    terms: [
      'organisation', 'ekonomi', 'budget', 'ekonomistyrning', 'personal', 'medarbetare', 'arbetsgivare', 'kompetensutveckling',
      'styrning', 'ledarskap', 'arbetsmiljö', 'sjukfrånvaro', 'inköp', 'intern kontroll', 'effektivisering', 'lönebildning',
      'rekrytering', 'chef', 'verksamhetsplanering', 'resultatutjämningsreserv', 'investering', 'kostnad', 'ekonomisk hushållning',
      'arbetsgivarvarumärke', 'heltid', 'lokaleffektivisering',
    ],
  },
];

/**
 * Heads that make a title word name a kind of steering document, so that the
 * rest of the word names its subject ('Avfalls|plan', 'Folkhälso|program',
 * 'Klimat|strategi'). Matched as the last part of a compound.
 */
export const PLAN_HEADS = ['plan', 'program', 'strategi', 'policy', 'handlingsplan', 'åtgärdsplan', 'aktivitetsplan', 'analys', 'rapport', 'uppföljning', 'riktlinje', 'bokslut', 'redovisning'];

/** Words that link a plan word to its subject in a title: 'Handlingsplan för klimat och energi', 'Plan mot våld'. */
export const SUBJECT_LINKS = ['för', 'mot', 'om', 'inom', 'kring'];

const fold = (s: string) => s.toLowerCase().normalize('NFC').trim();

/**
 * The subject a user means: its id, its Swedish or English label, or a word
 * of one label that no other label has ('klimat', 'Climate', 'avfall',
 * 'public health'). Null when none or several fit.
 */
export function findSubject(input: string): Subject | null {
  const q = fold(input);
  const exact = SUBJECTS.find((s) => s.id === q || fold(s.sv) === q || fold(s.en) === q);
  if (exact) return exact;
  const words = (label: string) => fold(label).split(/[\s,]+/).filter((w) => w.length > 2 && !['och', 'and'].includes(w));
  const partial = SUBJECTS.filter((s) => [...words(s.sv), ...words(s.en)].includes(q) || fold(s.sv).startsWith(q) || fold(s.en).startsWith(q));
  return partial.length === 1 ? partial[0] : null;
}
