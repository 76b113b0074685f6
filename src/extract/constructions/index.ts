import { actionItem } from './action-item.js';
import { bandRow } from './band-row.js';
import type { Construction } from './define.js';
import { flatTable } from './flat-table.js';
import { itemNumbering } from './item-numbering.js';
import { leadIn } from './lead-in.js';
import { legend } from './legend.js';
import { sectionLabel } from './section-label.js';
import { tableColumns } from './table-columns.js';
import { titleWithDescription } from './title.js';
import { whereClause } from './where-clause.js';

/** Every construction, for the example harness: a new construction is one file and one line here. */
export const CONSTRUCTIONS: Construction[] = [sectionLabel, titleWithDescription, bandRow, tableColumns, flatTable, leadIn, itemNumbering, actionItem, whereClause, legend];
