/**
 * How a table cell writes an amount of money or a measured value: a number
 * with the currency or its scale after it ('650 tkr', '2,5 mnkr', '1 200 kr').
 * A table most of whose cells are such figures is a budget or an indicator
 * table, never a list of actions.
 */
export const AMOUNT_UNITS = { id: 'amount/units', words: ['kr', 'kronor', 'tkr', 'mnkr', 'mkr', 'mdkr', 'msek', 'ksek', 'sek', 'st', 'ton', 'kwh', 'mwh', 'gwh', 'ha', 'km', 'm2', 'm²', 'procent'] };

/** A cell that is a figure: a signed number, a percentage, or an amount with its unit. */
export const FIGURE_CELL = new RegExp(`^[<>≈~±+−-]?\\s*\\d[\\d\\s]*(?:[,.]\\d+)?\\s*(?:%|(?:${AMOUNT_UNITS.words.join('|')})\\.?)?$`, 'iu');

/** A column word's unit in parentheses ('Kostnad (tkr)', 'Andel (%)'): part of the column's name. */
export const UNIT_IN_PARENS = new RegExp(`^\\((?:%|${AMOUNT_UNITS.words.join('|')})\\)$`, 'iu');
