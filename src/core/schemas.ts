import { z } from 'zod';
import { DOC_TYPES, STATUSES, TRACKS } from './types.js';
import { OWNER_KINDS, type OwnerKind } from '../lang/owner-kinds.js';

/** Rows as they cross into the database: checked here, so nothing malformed is written. */

const span = {
  page: z.number().int().positive().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().min(1),
  source: z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable().optional(),
};

const themes = z.array(z.strictObject({ theme: z.string().min(1), rule: z.string().min(1), terms: z.array(z.string().min(1)).min(1), inherited: z.boolean().optional(), confidence: z.number().min(0).max(1).optional() })).optional();

const sdgs = z.array(z.strictObject({ goal: z.number().int().min(1).max(17), rule: z.string().min(1), raw: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional();

export const SubjectAssignmentSchema = z.strictObject({
  subject: z.string().min(1),
  main: z.boolean(),
  score: z.number().nonnegative(),
  rule: z.string().min(1),
  evidence: z.array(z.strictObject({ source: z.enum(['title', 'masthead', 'body', 'text']), terms: z.array(z.string()), weight: z.number() })),
});

export const DocumentRowSchema = z.strictObject({
  sourcePath: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().nonnegative(),
  format: z.enum(['pdf', 'docx', 'html', 'text']),
  title: z.string().nullable(),
  titleRule: z.string().nullable(),
  docType: z.enum(DOC_TYPES),
  docTypeRule: z.string(),
  municipalityCode: z.string().regex(/^\d{4}$/).nullable(),
  municipalityRule: z.string().nullable(),
  periodStart: z.number().int().min(1900).max(2100).nullable(),
  periodEnd: z.number().int().min(1900).max(2100).nullable(),
  periodRule: z.string().nullable(),
  documentDate: z.iso.date().nullable(),
  adoptedDate: z.iso.date().nullable(),
  adoptedBy: z.string().nullable(),
  pageCount: z.number().int().positive().nullable(),
  text: z.string().min(1),
  containerTitle: z.string().nullable(),
  sourceText: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  year: z.number().int().min(1900).max(2100).nullable(),
  yearRule: z.string().nullable(),
  familyLabel: z.string().nullable(),
  convertedFrom: z.enum(['doc', 'odt']).nullable(),
  ocrPages: z.string().nullable(),
  unreadablePages: z.string().nullable(),
  extractionOutcome: z.enum(['plan', 'partial', 'none']),
});
export type DocumentRow = z.infer<typeof DocumentRowSchema>;

export const FocusAreaRowSchema = z.strictObject({
  key: z.number().int().nonnegative(),
  parentKey: z.number().int().nonnegative().nullable(),
  ordinal: z.number().int().positive(),
  title: z.string().min(1),
  themes,
  confidence: z.number().min(0).max(1).optional(),
  track: z.enum(TRACKS).nullable().optional(),
  trackRaw: z.string().nullable().optional(),
  trackRule: z.string().nullable().optional(),
  ...span,
});

/** Owner kinds are the taxonomy's ids. */
const ownerKind = z.enum(OWNER_KINDS.map((k) => k.id) as [OwnerKind, ...OwnerKind[]]);

export const OwnerRowSchema = z.strictObject({
  key: z.number().int().nonnegative(),
  abbr: z.string().min(1).nullable(),
  name: z.string().min(1),
  rule: z.string().min(1),
  kind: ownerKind.optional(),
  kindRule: z.string().min(1).optional(),
});

export const ActivityRowSchema = z.strictObject({
  focusAreaKey: z.number().int().nonnegative().nullable(),
  ordinal: z.number().int().positive(),
  text: z.string().min(1),
  ownerRaw: z.string().nullable(),
  ownerKey: z.number().int().nonnegative().nullable(),
  owners: z.array(z.string()).optional(),
  partners: z.string().nullable().optional(),
  ownerKind: ownerKind.optional(),
  ownerKindRule: z.string().min(1).optional(),
  years: z.array(z.number().int().min(1900).max(2100)),
  status: z.enum(STATUSES).nullable(),
  statusRaw: z.string().nullable(),
  statusRule: z.string().nullable(),
  track: z.enum(TRACKS).nullable(),
  trackRaw: z.string().nullable().optional(),
  trackRule: z.string().nullable().optional(),
  statusSource: z.enum(['word', 'legend', 'symbol', 'icon', 'percent', 'bar', 'fill', 'comment']).nullable().optional(),
  progress: z.number().min(0).max(1).nullable().optional(),
  progressRaw: z.string().nullable().optional(),
  timeRaw: z.string().nullable().optional(),
  timeStart: z.iso.date().nullable().optional(),
  timeEnd: z.iso.date().nullable().optional(),
  timeRule: z.string().nullable().optional(),
  themes,
  sdgs,
  confidence: z.number().min(0).max(1).optional(),
  ...span,
});
