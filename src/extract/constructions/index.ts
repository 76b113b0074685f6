import type { Proposal } from '../resolve/proposal.js';
import type { DocView } from '../view/document-view.js';
import { actionHeading } from './action-heading.js';
import { actionItem } from './action-item.js';
import { bandRow } from './band-row.js';
import { boxedRecord } from './boxed-record.js';
import { caption } from './caption.js';
import { contents } from './contents.js';
import type { Construction } from './define.js';
import { description } from './description.js';
import { emphasisedVerb } from './emphasised-verb.js';
import { fieldLines } from './field-line.js';
import { fieldsForGroup } from './group-field.js';
import { flatTable } from './flat-table.js';
import { goalList } from './goal-list.js';
import { itemNumbering } from './item-numbering.js';
import { labelledRecord } from './labelled-record.js';
import { leadIn } from './lead-in.js';
import { legend } from './legend.js';
import { listItem } from './list-item.js';
import { listSection } from './list-section.js';
import { plainHeading } from './plain-heading.js';
import { prose } from './prose.js';
import { sectionLabel } from './section-label.js';
import { smallType } from './small-type.js';
import { tableBody } from './table-body.js';
import { tableColumns } from './table-columns.js';
import { tableTitle } from './table-title.js';
import { titleWithDescription } from './title.js';
import { titledRecord } from './titled-record.js';
import { ownedSentence } from './owned-sentence.js';
import { ownerSubject } from './owner-subject.js';
import { labelSequence } from './label-sequence.js';
import { openLeadIn } from './open-lead-in.js';
import { proposedClauses } from './proposed-clauses.js';
import { labelledClauses } from './labelled-clauses.js';
import { areaOwner } from './area-owner.js';
import { fieldedParagraph } from './fielded-paragraph.js';
import { listOwner } from './list-owner.js';
import { planOwner } from './plan-owner.js';
import { whereClause } from './where-clause.js';

/**
 * Every construction: a new construction is one file and one line here. The
 * example harness runs all their examples; `proposeAll` asks each that reads
 * documents for its proposals. Order here is no precedence (see resolve/precedence.ts).
 */
export const CONSTRUCTIONS: Construction[] = [
  contents,
  openLeadIn,
  smallType,
  caption,
  goalList,
  fieldLines,
  fieldsForGroup,
  titledRecord,
  boxedRecord,
  ownedSentence,
  ownerSubject,
  labelSequence,
  proposedClauses,
  labelledClauses,
  areaOwner,
  fieldedParagraph,
  listOwner,
  planOwner,
  emphasisedVerb,
  actionHeading,
  sectionLabel,
  plainHeading,
  listSection,
  whereClause,
  leadIn,
  description,
  listItem,
  itemNumbering,
  labelledRecord,
  tableTitle,
  prose,
  titleWithDescription,
  bandRow,
  tableColumns,
  tableBody,
  flatTable,
  actionItem,
  legend,
];

/** Every construction's proposals for one document. */
export function proposeAll(view: DocView): Proposal[] {
  return CONSTRUCTIONS.flatMap((c) => c.propose?.(view) ?? []);
}
