import { z } from 'zod';
import { addCalendarDays, addCalendarMonths, endOfMonthDate, IsoDateSchema, type IsoDate } from '../core/calendar.js';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { RenewalRuleSchema, TrainingEventSchema, type RenewalRule } from './schemas.js';

/**
 * The dates {@link computeExpiry} works from.
 *
 * @example
 * ```ts
 * ExpiryDatesSchema.parse({ issued: '2019-02-10' });
 * ```
 * @category Renewal
 */
export const ExpiryDatesSchema = z
  .object({
    /** First issue (or certification) date. */
    issued: IsoDateSchema,
    /** When the credential was last renewed or the training last completed. */
    completed: IsoDateSchema.optional(),
    /** The anchor of a fixed cycle; `issued` when left out. */
    anchor: IsoDateSchema.optional(),
    /** The expiry before this renewal (fixed cycles move on from it). */
    previousExpiry: IsoDateSchema.optional(),
    /** The expiry printed by the issuer (`issuer-set` rules). */
    issuerExpiry: IsoDateSchema.optional(),
  })
  .strict();

/**
 * The dates {@link computeExpiry} works from.
 *
 * @category Renewal
 */
export type ExpiryDates = z.input<typeof ExpiryDatesSchema>;

/**
 * The end of the first cycle of a fixed-cycle rule that falls strictly after a date. Cycle ends
 * are always counted from the anchor (anchor + k × months), so they never drift at month ends.
 *
 * @param anchor - the cycle anchor (first certification)
 * @param months - cycle length in months
 * @param monthEnd - whether each cycle ends at the end of its month
 * @param after - the date the cycle end must follow
 * @returns the cycle end
 * @example
 * ```ts
 * nextCycleEnd('2020-06-15', 36, false, '2023-01-01'); // '2023-06-15'
 * ```
 * @category Renewal
 */
export function nextCycleEnd(anchor: IsoDate, months: number, monthEnd: boolean, after: IsoDate): IsoDate {
  const a = parseInput(IsoDateSchema, anchor, { label: 'anchor' });
  const b = parseInput(IsoDateSchema, after, { label: 'after' });
  const n = parseInput(z.number().int().min(1), months, { label: 'months' });
  return cycleEndAfter(a, n, parseInput(z.boolean(), monthEnd, { label: 'monthEnd' }), b);
}

/** @internal {@link nextCycleEnd} on trusted inputs. */
export function cycleEndAfter(anchor: IsoDate, months: number, monthEnd: boolean, after: IsoDate): IsoDate {
  const boundary = (k: number): IsoDate => {
    const date = addCalendarMonths(anchor, k * months);
    return monthEnd ? endOfMonthDate(date) : date;
  };
  const yearsApart = Number(after.slice(0, 4)) - Number(anchor.slice(0, 4));
  let k = Math.max(1, Math.floor((yearsApart * 12) / months) - 1);
  while (k > 1 && boundary(k - 1) > after) k--;
  while (boundary(k) <= after) k++;
  return boundary(k);
}

function eventDue(rule: Extract<RenewalRule, { kind: 'event-driven' }>, since: IsoDate, events: readonly { kind: string; date: IsoDate }[]): IsoDate | undefined {
  let due: IsoDate | undefined;
  for (const event of events) {
    if (!rule.events.includes(event.kind) || event.date <= since) continue;
    const candidate = addCalendarDays(event.date, rule.dueWithinDays);
    if (due === undefined || candidate < due) due = candidate;
  }
  return due;
}

/**
 * Works out when a credential expires (its last valid day) under a renewal rule:
 * - `month-end`: the end of the month N months after issue or the last renewal
 *   (AAMA CMA, 60 months: certified 2010-02-15 expires 2015-02-28; 2019-02-10 expires 2024-02-29).
 * - `rolling-days`: N days after the last completion.
 * - `issuer-set`: the expiry the issuer printed (`undefined` when not given).
 * - `fixed-cycle`: the first cycle end after both the previous expiry and the renewal, so early renewal keeps the cycle.
 * - `event-driven`: the earlier of the periodic refresher and N days after the first matching event since completion.
 * - `none`: `undefined` (never expires).
 *
 * @param rule - the renewal rule
 * @param dates - issue, completion, anchor, previous and issuer expiry
 * @param events - re-training events (event-driven rules), already filtered to the person
 * @returns the last valid day, or `undefined` when the credential does not expire
 * @throws PracticeOpsError `INVALID_INPUT` for a malformed rule or date
 * @example
 * ```ts
 * computeExpiry({ kind: 'month-end', months: 60 }, { issued: '2010-02-15' }); // '2015-02-28'
 * computeExpiry({ kind: 'rolling-days', days: 365 }, { issued: '2025-03-01' }); // '2026-03-01'
 * ```
 * @category Renewal
 */
export function computeExpiry(
  rule: z.input<typeof RenewalRuleSchema>,
  dates: ExpiryDates,
  events: readonly z.input<typeof TrainingEventSchema>[] = [],
): IsoDate | undefined {
  const r = parseInput(RenewalRuleSchema, rule, { label: 'renewal rule' });
  const d = parseInput(ExpiryDatesSchema, dates, { label: 'dates' });
  const e = parseInput(z.array(TrainingEventSchema), events, { label: 'events' });
  return expiryOf(r, d, e);
}

/** @internal Expiry from parsed inputs. */
export function expiryOf(
  rule: RenewalRule,
  dates: z.output<typeof ExpiryDatesSchema>,
  events: readonly { kind: string; date: IsoDate }[],
): IsoDate | undefined {
  const since = dates.completed ?? dates.issued;
  if (dates.completed !== undefined && dates.completed < dates.issued) {
    throw practiceOpsError(ERROR_CODES.conflict, `Completion ${dates.completed} is before issue ${dates.issued}`, {
      path: ['completed'],
      expected: `on or after ${dates.issued}`,
      received: dates.completed,
    });
  }
  switch (rule.kind) {
    case 'month-end':
      return endOfMonthDate(addCalendarMonths(since, rule.months));
    case 'rolling-days':
      return addCalendarDays(since, rule.days);
    case 'issuer-set':
      return dates.issuerExpiry;
    case 'fixed-cycle': {
      const anchor = dates.anchor ?? dates.issued;
      const previous = dates.previousExpiry ?? anchor;
      const after = previous > since ? previous : since;
      return cycleEndAfter(anchor, rule.months, rule.monthEnd, after);
    }
    case 'event-driven': {
      const periodic = rule.everyDays === undefined ? undefined : addCalendarDays(since, rule.everyDays);
      const fromEvents = eventDue(rule, since, events);
      if (periodic === undefined) return fromEvents;
      if (fromEvents === undefined) return periodic;
      return fromEvents < periodic ? fromEvents : periodic;
    }
    case 'none':
      return undefined;
  }
}

/**
 * The first day renewal is possible under a rule, given the expiry: `windowOpensDaysBefore` days
 * before it (DEA: 60), or `undefined` when renewal is always open.
 *
 * @param rule - the renewal rule
 * @param expires - the last valid day
 * @returns the date the renewal window opens, or `undefined` when it is always open
 * @example
 * ```ts
 * renewalWindowOpens({ kind: 'issuer-set', typicalMonths: 36, windowOpensDaysBefore: 60 }, '2027-05-31'); // '2027-04-01'
 * ```
 * @category Renewal
 */
export function renewalWindowOpens(rule: z.input<typeof RenewalRuleSchema>, expires: IsoDate): IsoDate | undefined {
  const r = parseInput(RenewalRuleSchema, rule, { label: 'renewal rule' });
  const e = parseInput(IsoDateSchema, expires, { label: 'expires' });
  return windowOpensOf(r, e);
}

/** @internal */
export function windowOpensOf(rule: RenewalRule, expires: IsoDate): IsoDate | undefined {
  if (rule.kind === 'none' || rule.windowOpensDaysBefore === undefined) return undefined;
  return addCalendarDays(expires, -rule.windowOpensDaysBefore);
}
