import { z } from 'zod';
import { addCalendarDays, addCalendarMonths, IsoDateSchema, type IsoDate } from '../core/calendar.js';
import { Dec } from '../core/internal/decimal.js';
import { parseInput } from '../core/parse.js';
import { CeCreditSchema, ContinuingEducationRuleSchema, type CeCredit, type ContinuingEducationRule, type CredentialType, type StaffCredential } from './schemas.js';
import { renewalFor } from './internal/resolve.js';

/**
 * A cycle of days, both ends included.
 *
 * @example
 * ```ts
 * CycleSchema.parse({ start: '2021-03-01', end: '2026-02-28' });
 * ```
 * @category Continuing education
 */
export const CycleSchema = z
  .object({
    /** First day. */
    start: IsoDateSchema,
    /** Last day (inclusive). */
    end: IsoDateSchema,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.end < value.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `Cycle end ${value.end} is before its start ${value.start}`, input: value.end });
  });

/**
 * A cycle of days, both ends included.
 *
 * @category Continuing education
 */
export type Cycle = z.infer<typeof CycleSchema>;

/**
 * The input of {@link checkContinuingEducation}.
 *
 * @example
 * ```ts
 * ContinuingEducationInputSchema.parse({ requirement: { total: 30 }, credits: [], cycle: { start: '2025-01-01', end: '2026-12-31' } });
 * ```
 * @category Continuing education
 */
export const ContinuingEducationInputSchema = z
  .object({
    /** The requirement. */
    requirement: ContinuingEducationRuleSchema,
    /** The credits earned (any dates). */
    credits: z.array(CeCreditSchema).readonly(),
    /** The cycle they must fall in. */
    cycle: CycleSchema,
  })
  .strict();

/**
 * The input of {@link checkContinuingEducation}.
 *
 * @category Continuing education
 */
export type ContinuingEducationInput = z.input<typeof ContinuingEducationInputSchema>;

/**
 * One unmet part of a continuing-education requirement.
 *
 * @category Continuing education
 */
export interface CeShortfall {
  /** `total`, `category` or `approved-providers`. */
  readonly kind: 'total' | 'category' | 'approved-providers';
  /** The category, for `category` shortfalls. */
  readonly category?: string;
  /** Credits required. */
  readonly required: number;
  /** Credits earned inside the cycle. */
  readonly earned: number;
  /** Credits still needed. */
  readonly short: number;
}

/**
 * A credit that did not count, and why.
 *
 * @category Continuing education
 */
export interface ExcludedCredit {
  /** The credit. */
  readonly credit: CeCredit;
  /** `before-cycle` (no carry-over) or `after-cycle`. */
  readonly reason: 'before-cycle' | 'after-cycle';
}

/**
 * The outcome of a continuing-education check.
 *
 * @category Continuing education
 */
export interface ContinuingEducationResult {
  /** Whether every part is met. */
  readonly met: boolean;
  /** The unit of the credits. */
  readonly unit: ContinuingEducationRule['unit'];
  /** Credits earned inside the cycle. */
  readonly earned: number;
  /** Credits required in total. */
  readonly required: number;
  /** Earned per category (inside the cycle). */
  readonly byCategory: Readonly<Record<string, number>>;
  /** Earned from approved providers (inside the cycle). */
  readonly fromApprovedProviders: number;
  /** The unmet parts; empty when met. */
  readonly shortfalls: readonly CeShortfall[];
  /** Credits that counted. */
  readonly counted: readonly CeCredit[];
  /** Credits dated outside the cycle. */
  readonly excluded: readonly ExcludedCredit[];
}

function num(value: InstanceType<typeof Dec>): number {
  return Number(value.toString());
}

/**
 * Checks continuing-education credits against a requirement for one cycle: the total, the
 * minimum per category and the minimum from approved providers (matched without regard to case).
 * Only credits dated inside the cycle count; credits from before it never carry over, however
 * many there were. Sums are exact decimals (0.1 + 0.2 is 0.3).
 *
 * @param input - the requirement, the credits and the cycle
 * @returns whether it is met, what was earned, what is short and which credits did not count
 * @throws PracticeOpsError `INVALID_INPUT` for malformed data or a cycle ending before it starts
 * @example
 * ```ts
 * const r = checkContinuingEducation({
 *   requirement: { total: 10, categories: [{ category: 'clinical', minimum: 4 }] },
 *   credits: [{ credits: 8, category: 'general', provider: 'AAMA', date: '2025-05-01' }],
 *   cycle: { start: '2025-01-01', end: '2026-12-31' },
 * });
 * r.shortfalls; // [{ kind: 'total', required: 10, earned: 8, short: 2 }, { kind: 'category', category: 'clinical', ... short: 4 }]
 * ```
 * @category Continuing education
 */
export function checkContinuingEducation(input: ContinuingEducationInput): ContinuingEducationResult {
  const parsed = parseInput(ContinuingEducationInputSchema, input, { label: 'continuing-education input' });
  return ceOutcome(parsed.requirement, parsed.credits, parsed.cycle);
}

/** @internal The check from parsed inputs. */
export function ceOutcome(requirement: ContinuingEducationRule, credits: readonly CeCredit[], cycle: Cycle): ContinuingEducationResult {
  const counted: CeCredit[] = [];
  const excluded: ExcludedCredit[] = [];
  let total = new Dec(0);
  let approved = new Dec(0);
  const byCategory = new Map<string, InstanceType<typeof Dec>>();
  const approvedNames = new Set((requirement.approvedProviders?.providers ?? []).map((p) => p.trim().toLowerCase()));
  for (const credit of credits) {
    if (credit.date < cycle.start) {
      excluded.push({ credit, reason: 'before-cycle' });
      continue;
    }
    if (credit.date > cycle.end) {
      excluded.push({ credit, reason: 'after-cycle' });
      continue;
    }
    counted.push(credit);
    const amount = new Dec(credit.credits);
    total = total.plus(amount);
    byCategory.set(credit.category, (byCategory.get(credit.category) ?? new Dec(0)).plus(amount));
    if (approvedNames.has(credit.provider.trim().toLowerCase())) approved = approved.plus(amount);
  }
  const shortfalls: CeShortfall[] = [];
  const required = new Dec(requirement.total);
  if (total.lt(required)) shortfalls.push({ kind: 'total', required: requirement.total, earned: num(total), short: num(required.minus(total)) });
  for (const { category, minimum } of requirement.categories) {
    const earned = byCategory.get(category) ?? new Dec(0);
    if (earned.lt(minimum)) {
      shortfalls.push({ kind: 'category', category, required: minimum, earned: num(earned), short: num(new Dec(minimum).minus(earned)) });
    }
  }
  if (requirement.approvedProviders !== undefined && approved.lt(requirement.approvedProviders.minimum)) {
    const minimum = requirement.approvedProviders.minimum;
    shortfalls.push({ kind: 'approved-providers', required: minimum, earned: num(approved), short: num(new Dec(minimum).minus(approved)) });
  }
  return {
    met: shortfalls.length === 0,
    unit: requirement.unit,
    earned: num(total),
    required: requirement.total,
    byCategory: Object.fromEntries([...byCategory].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, num(v)])),
    fromApprovedProviders: num(approved),
    shortfalls,
    counted,
    excluded,
  };
}

/** @internal The cycle of a credential ending at `end`: `cycleMonths` (or the renewal term) back, not before issue; the first cycle of a month-end or fixed-cycle credential runs from issue. */
export function ceCycleOf(type: CredentialType, credential: StaffCredential, requirement: ContinuingEducationRule, end: IsoDate): Cycle | undefined {
  const rule = renewalFor(type, credential.states[0]);
  let start: IsoDate | undefined;
  const months =
    requirement.cycleMonths ??
    (rule.kind === 'month-end' || rule.kind === 'fixed-cycle' ? rule.months : rule.kind === 'issuer-set' ? rule.typicalMonths : undefined);
  if (months !== undefined) start = addCalendarDays(addCalendarMonths(end, -months), 1);
  else if (rule.kind === 'rolling-days') start = addCalendarDays(end, -rule.days + 1);
  else if (rule.kind === 'event-driven' && rule.everyDays !== undefined) start = addCalendarDays(end, -rule.everyDays + 1);
  if (start === undefined) return undefined;
  const firstCycle = (rule.kind === 'month-end' || rule.kind === 'fixed-cycle') && credential.lastCompleted === undefined;
  if (start < credential.issued || firstCycle) start = credential.issued;
  return start > end ? undefined : { start, end };
}
