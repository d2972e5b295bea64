import { z } from 'zod';
import { addCalendarMonths, endOfMonthDate, IsoDateSchema, parseInput } from '../core/index.js';
import type { FiscalPeriod } from './schemas.js';

const FiscalPeriodsInputSchema = z.object({
  start: IsoDateSchema.refine((d) => d.endsWith('-01'), 'A fiscal year starts on the first day of a month'),
  months: z.int().min(1).max(120),
});

/**
 * The monthly fiscal periods of a fiscal year that starts on the first day of any month.
 *
 * @param start - the first day of the fiscal year (`YYYY-MM-01`)
 * @param months - how many months (12 by default)
 * @returns the periods in order, each with id `YYYY-MM`, its first and last day
 * @throws PracticeOpsError `INVALID_INPUT` for a start that is not the first of a month
 * @example
 * ```ts
 * fiscalPeriods('2026-07-01').map((p) => p.id); // ['2026-07', ..., '2027-06']
 * ```
 * @category Periods
 */
export function fiscalPeriods(start: string, months = 12): readonly FiscalPeriod[] {
  const input = parseInput(FiscalPeriodsInputSchema, { start, months }, { label: 'fiscal year' });
  const periods: FiscalPeriod[] = [];
  for (let index = 0; index < input.months; index++) {
    const first = addCalendarMonths(input.start, index);
    periods.push({ id: first.slice(0, 7), start: first, end: endOfMonthDate(first) });
  }
  return periods;
}

/**
 * The fiscal period (month) that contains a date.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns the month as a fiscal period
 * @example
 * ```ts
 * periodOfDate('2026-04-10'); // { id: '2026-04', start: '2026-04-01', end: '2026-04-30' }
 * ```
 * @category Periods
 */
export function periodOfDate(date: string): FiscalPeriod {
  const day = parseInput(IsoDateSchema, date, { label: 'date' });
  const first = `${day.slice(0, 7)}-01`;
  return { id: day.slice(0, 7), start: first, end: endOfMonthDate(first) };
}
