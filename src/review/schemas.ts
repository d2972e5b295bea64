import { z } from 'zod';
import { InstantSchema, TimeZoneSchema } from '../core/time.js';
import { BudgetSnapshotSchema } from '../budget/index.js';
import { CredentialsSnapshotSchema } from '../credentials/index.js';
import { InventorySchema } from '../inventory/index.js';
import { RotaProblemSchema, RotaSchema } from '../rota/index.js';
import { VisitEventSchema, WaitGoalSchema } from '../wait-time/index.js';

/**
 * The rota part of a snapshot: the problem, and the rota to review (published or just solved).
 *
 * @example
 * ```ts
 * RotaSnapshotSchema.parse({ problem, rota: solved.rota });
 * ```
 * @category Snapshot
 */
export const RotaSnapshotSchema = z.object({
  /** The rota problem: staff, contracts, shift types, cover, leave, requests. */
  problem: RotaProblemSchema,
  /** The rota to review (published, or just built by `solveRota`); an empty rota when left out. */
  rota: RotaSchema.optional(),
  /** Budget accounts for labour cost by role (`{ "rn": "clinical-staff-salaries" }`); `support-staff-salaries` otherwise. */
  labourAccounts: z.record(z.string(), z.string().min(1)).default({}),
  /** The cost centre labour is booked to, if any. */
  costCentre: z.string().min(1).optional(),
});

/**
 * The wait-time part of a snapshot: visit events (the last clinic days and today so far) and goals.
 *
 * @example
 * ```ts
 * WaitTimeSnapshotSchema.parse({ events: [{ visitId: 'v1', kind: 'checked-in', at: '2026-11-24T08:55:00-05:00' }] });
 * ```
 * @category Snapshot
 */
export const WaitTimeSnapshotSchema = z.object({
  /** Visit events: scheduled, checked in, roomed, seen, checked out, no-show, left. */
  events: z.array(VisitEventSchema),
  /** Goals; the library's defaults when left out. */
  goals: z.array(WaitGoalSchema).optional(),
});

/**
 * Everything the daily review looks at, as one JSON document: the practice, the clock, and each
 * domain's data. Every domain is optional, so an app can review what it has.
 *
 * @example
 * ```ts
 * const parsed = PracticeSnapshotSchema.safeParse(JSON.parse(text));
 * ```
 * @category Snapshot
 */
export const PracticeSnapshotSchema = z.object({
  /** The practice: its name, its site's time zone and US state. */
  practice: z.object({ name: z.string().min(1), timeZone: TimeZoneSchema, state: z.string().length(2).optional() }),
  /** The instant of the review, for today's queue; 10:00 at the site on `today` when left out. */
  now: InstantSchema.optional(),
  /** Staff rota. */
  rota: RotaSnapshotSchema.optional(),
  /** Licences and certifications. */
  credentials: CredentialsSnapshotSchema.optional(),
  /** Supplies, lots, vendors, open orders and reorder policies. */
  inventory: InventorySchema.optional(),
  /** The budget with its cost entries (labour and committed spend are added by the review). */
  budget: BudgetSnapshotSchema.optional(),
  /** Visit events and wait-time goals. */
  waitTime: WaitTimeSnapshotSchema.optional(),
});

/**
 * A practice snapshot, parsed.
 *
 * @category Snapshot
 */
export type PracticeSnapshot = z.output<typeof PracticeSnapshotSchema>;

/**
 * A practice snapshot as an app writes it.
 *
 * @category Snapshot
 */
export type PracticeSnapshotInput = z.input<typeof PracticeSnapshotSchema>;

/**
 * The JSON Schema of the practice snapshot, so other tools can produce it.
 *
 * @returns a JSON Schema (draft 2020-12) describing the input form
 * @example
 * ```ts
 * writeFileSync('snapshot.schema.json', JSON.stringify(practiceSnapshotJsonSchema(), null, 2));
 * ```
 * @category Snapshot
 */
export function practiceSnapshotJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PracticeSnapshotSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
