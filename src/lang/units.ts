/**
 * How a municipality's units are named in a table cell: the last part of a
 * compound says it is an organisation ('Kommunledningskontoret',
 * 'Kultur- och fritidsförvaltningen'), or a company form follows the name.
 */
export const UNIT_HEADS = {
  id: 'unit/heads',
  words: ['förvaltningen', 'förvaltning', 'kontoret', 'kontor', 'enheten', 'enhet', 'avdelningen', 'avdelning', 'nämnden', 'nämnd', 'bolaget', 'staben', 'sektionen', 'styrelsen', 'förbundet', 'tjänsten', 'verket', 'kansliet', 'funktionen', 'centret', 'centrum'],
};

export const COMPANY_FORMS = { id: 'unit/company', words: ['AB', 'HB', 'KB', 'ek. för.'] };

/** A company form as one word of a name, spelt out or not ('Nordby Energi AB', 'Nordby Aktiebolag', 'Ekonomisk förening'). */
export const COMPANY_FORM_WORD = new RegExp(`^(?:${[...COMPANY_FORMS.words.filter((w) => /^\p{L}+$/u.test(w)), 'Aktiebolag', 'Handelsbolag', 'Ekonomisk'].join('|')})$`, 'u');

/** Words that join two units' names in one cell ('Miljö- och byggförvaltningen', 'KLF och SBF'). */
export const UNIT_JOINERS = { id: 'unit/joiners', words: ['och', '&', 'samt'] };

/** The joiners that are words, as an alternation for patterns ('och|samt'). */
export const JOINER_WORDS = UNIT_JOINERS.words.filter((w) => /^\p{L}+$/u.test(w)).join('|');

/**
 * The heads of a role's name ('kommunchefen', 'näringslivsutvecklare',
 * 'folkhälsostrategen'): a person's function that a plan's prose names as who
 * does the work, in parentheses after it. Not a unit, so not a table's owner
 * column evidence, where a contact list would read the same.
 */
export const ROLE_HEADS = {
  id: 'unit/role-heads',
  words: [
    'chef', 'chefen', 'direktör', 'direktören', 'samordnare', 'samordnaren', 'strateg', 'strategen', 'utvecklare', 'utvecklaren', 'handläggare', 'handläggaren', 'controller', 'controllern', 'sekreterare', 'sekreteraren', 'lots', 'lotsen', 'ansvarig', 'ansvarige',
    // A school's, an inspection's and a project's posts ('Rektor', 'Förstelärare', 'Miljöinspektör', 'HR-konsult', 'Projektledare', 'Specialpedagog').
    'rektor', 'rektorn', 'lärare', 'läraren', 'inspektör', 'inspektören', 'konsult', 'konsulten', 'ledare', 'ledaren', 'pedagog', 'pedagogen',
  ],
};
