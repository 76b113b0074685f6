import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DOC_TYPES, STATUSES, TRACKS } from '../core/types.js';

/** A gold annotation file, as ../shared/gold/README.md describes it. */
export const GoldSchema = z.object({
  source: z.string(),
  note: z.string().optional(),
  derived_from: z.string().optional(),
  municipality: z.object({ name: z.string(), code: z.string().regex(/^\d{4}$/) }),
  doc_type: z.enum(DOC_TYPES),
  title_contains: z.string().optional(),
  date: z.string().optional(),
  adopted: z.object({ date: z.string().nullable(), by: z.string().nullable() }).optional(),
  period: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  owners_defined: z.array(z.object({ abbr: z.string().nullable(), name: z.string() })).default([]),
  focus_areas: z.array(z.object({ n: z.number().int(), title: z.string(), sub_areas: z.array(z.string()).optional() })),
  activities: z.array(
    z.object({
      fa: z.number().int(),
      text: z.string(),
      owner: z.string().nullable(),
      /** Several owners: right when any of them is among the activity's owners. */
      owners_any: z.array(z.string()).optional(),
      years: z.array(z.number().int()).optional(),
      status: z.enum(STATUSES).nullable(),
      status_any: z.array(z.enum(STATUSES)).optional(),
      /** The traffic light, where the document shows one (as a word or a colour). */
      track: z.enum(TRACKS).nullable().optional(),
      /** The share of the work done (0–1), where the document shows it ('75 %', a drawn bar). */
      progress: z.number().min(0).max(1).nullable().optional(),
    }),
  ),
  /** Each goal's (intervention area's) assessment as a light, by the goal's title. */
  goal_tracks: z.record(z.string(), z.enum(TRACKS)).optional(),
  optional_activities: z.array(z.string()).default([]),
  not_activities: z.array(z.string()).default([]),
}).passthrough();

export type Gold = z.infer<typeof GoldSchema>;

/** A gold file read and checked: the annotation, or why it does not follow the format (its first three faults, by path). */
export function readGold(file: string): { ok: true; gold: Gold } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, reason: `Unexpected content, expected JSON (${(error as Error).message})` };
  }
  const parsed = GoldSchema.safeParse(json);
  if (parsed.success) return { ok: true, gold: parsed.data };
  const faults = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
  return { ok: false, reason: `Unexpected gold format: ${faults.join('; ')}${more}` };
}

/** A gold file the caller cannot go on without: read and checked, or an error naming the file and its faults. */
export function loadGold(file: string): Gold {
  const read = readGold(file);
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  return read.gold;
}
