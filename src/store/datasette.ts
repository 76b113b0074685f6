import type { Db, Migration } from './connection.js';
import { describeSchema } from './schema-doc.js';

/**
 * Datasette's metadata for a styrdok database, from the same descriptions as
 * docs/schema.md: every table, view and column described, the main views
 * given facets and sortable columns, the search index's shadow tables hidden.
 * https://docs.datasette.io/en/stable/metadata.html
 */

/** Facets and sort orders a researcher reaches for first. */
const BROWSING: Record<string, { facets?: string[]; sortable?: string[] }> = {
  activity_overview: { facets: ['municipality', 'doc_type', 'status', 'track', 'owner_kind', 'county'], sortable: ['municipality', 'document_title', 'year', 'status', 'confidence', 'time_end'] },
  activity_overview_all_versions: { facets: ['municipality', 'left_out_reason', 'is_counted', 'is_certain', 'status'], sortable: ['municipality', 'year', 'confidence'] },
  municipality_status_counts: { sortable: ['municipality', 'documents', 'activities', 'not_started', 'started', 'ongoing', 'done', 'postponed', 'cancelled', 'share_done'] },
  theme_matrix: { facets: ['theme_id', 'municipality'], sortable: ['municipality', 'theme_id', 'focus_areas', 'activities', 'done', 'share_done'] },
  owner_kind_counts: { facets: ['owner_kind', 'municipality'], sortable: ['municipality', 'owner_kind', 'activities', 'share_of_activities', 'share_done'] },
  document_quality: { facets: ['extraction_outcome', 'left_out_reason', 'doc_type'], sortable: ['activities', 'certain_activities', 'mean_confidence'] },
  documents: { facets: ['doc_type', 'format', 'municipality_code', 'extraction_outcome'], sortable: ['year', 'period_start', 'period_end', 'page_count', 'ingested_at'] },
  activities: { facets: ['status', 'track', 'owner_kind', 'rule'], sortable: ['confidence', 'time_end'] },
};

export interface DatasetteMetadata {
  title: string;
  description: string;
  license: string;
  license_url: string;
  source: string;
  about: string;
  databases: Record<string, { description: string; tables: Record<string, DatasetteTable> }>;
}

export interface DatasetteTable {
  description: string;
  columns: Record<string, string>;
  facets?: string[];
  sortable_columns?: string[];
  hidden?: boolean;
}

export function datasetteMetadata(db: Db, migrations: Migration[], database: string): DatasetteMetadata {
  const tables: Record<string, DatasetteTable> = {};
  for (const o of describeSchema(db, migrations)) {
    const t: DatasetteTable = { description: o.description || `${o.type} ${o.name}`, columns: Object.fromEntries(o.columns.map((c) => [c.name, c.description])) };
    const browse = BROWSING[o.name];
    if (browse?.facets) t.facets = browse.facets;
    if (browse?.sortable) t.sortable_columns = browse.sortable;
    tables[o.name] = t;
  }
  // The shadow tables of the search indexes are SQLite's bookkeeping.
  const shadows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_fts_%'").all() as Array<{ name: string }>;
  for (const { name } of shadows) tables[name] = { description: 'full-text index storage', columns: {}, hidden: true };
  const version = migrations[migrations.length - 1]?.version ?? 0;
  return {
    title: 'styrdok: Swedish municipal steering documents',
    description:
      'Focus areas, activities, owners, times and statuses extracted by transparent rules from the näringslivsstrategier, handlingsplaner and follow-ups that Swedish municipalities publish. Every row names its rule and its span in the stored text. Comparison views count the current version of each plan and leave out uncertain rows (see document_quality).',
    license: 'CC0-1.0',
    license_url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    source: 'Public documents (allmänna handlingar) as each municipality published them; documents.source_url where known',
    about: `styrdok schema version ${version}; every table and column is described in docs/schema.md`,
    databases: { [database]: { description: `styrdok database, schema version ${version}`, tables } },
  };
}
