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

/** The units of money alone: a budget's frame names sums ('hålla en ram på 182 mnkr'), where a plan's action may name a distance or a count. */
export const MONEY_UNITS = { id: 'amount/money', words: ['kr', 'kronor', 'tkr', 'mnkr', 'mkr', 'mdkr', 'msek', 'ksek', 'sek', 'miljoner\\s+kronor', 'miljarder\\s+kronor'] };

/** A sum of money written in running text: a number and a unit of money after it ('182 mnkr', '1,4 miljoner kronor'). */
export const MONEY_IN_TEXT = new RegExp(`\\d(?:[\\d\\s]*\\d)?(?:[,.]\\d+)?\\s*(?:${MONEY_UNITS.words.join('|')})(?![\\p{L}])`, 'iu');
