/**
 * Names municipalities go by that the register's short name does not give by
 * rule. The register (municipalities.ts) says 'Falun' and 'Gotland'; the
 * municipalities call themselves 'Falu kommun' (the name's compound form)
 * and 'Region Gotland' (a municipality with a region's tasks). Regular
 * forms ('Lerums kommun', 'Täby kommun', 'Malung-Sälens kommun', 'Västerås
 * stad') follow from the short name and are not listed.
 */
export interface MunicipalityForm {
  id: string;
  /** SCB code of the municipality. */
  code: string;
  /** The form as written. */
  form: string;
  /** 'stem': stands before kommun/stad like a genitive ('Falu kommun'); 'organisation': a name of its own ('Region Gotland'). */
  kind: 'stem' | 'organisation';
}

export const MUNICIPALITY_FORMS: MunicipalityForm[] = [
  { id: 'falun-compound', code: '2080', form: 'Falu', kind: 'stem' },
  { id: 'gotland-region', code: '0980', form: 'Region Gotland', kind: 'organisation' },
];

/** What surrounds a municipality's name when it is written as an organisation: 'i Lerum', 'Falu kommun', 'Göteborgs stad'. */
export const NAME_AFFIXES = { id: 'municipality/affixes', before: /^i /, after: / (?:kommun|stad|kommunkoncern)$/ };

/** Words after a municipality's name that make it the organisation ('Lerums kommun', 'Västerås stad'). */
export const NAME_SUFFIXES = { id: 'municipality/suffixes', words: ['kommun', 'kommuns', 'stad', 'stads', 'kommunkoncern'] };

/** The councils that name their municipality after 'i' ('Kommunfullmäktige i Lerum'). */
export const COUNCILS_IN_PLACE = { id: 'municipality/councils', words: ['kommunfullmäktige', 'kommunstyrelsen'] };
