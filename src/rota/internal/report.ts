import { z } from 'zod';
import type { RuleReport, SuggestedAction } from '../../rules/finding.js';
import { rotaModel, type ProblemModel, type RotaModel } from './model.js';
import type { RotaSubject } from '../subject.js';
import { parseRota, parseRotaProblem } from '../parse-problem.js';
import type { Rota, RotaProblem } from '../schemas.js';

/** The options every hard rule has: a weight multiplying its amount. */
export const hardOptions = z.object({
  /** Penalty per unit of the amount (per day, pair, minute, person...). */
  weight: z.number().finite().min(0).default(1),
});

const parsedRotas = new WeakMap<object, { readonly problem: RotaProblem; readonly rota: Rota }>();

/**
 * The rota index of a subject. A subject straight from an app (not built with `rotaSubject`) is
 * parsed here, once per problem and rota object, so a rule never reads unchecked data.
 */
export function modelOf(subject: RotaSubject): RotaModel {
  const problem = parseRotaProblem(subject.problem);
  let parsed = parsedRotas.get(subject.rota);
  if (parsed === undefined || parsed.problem !== problem) {
    parsed = { problem, rota: parseRota(problem, subject.rota) };
    parsedRotas.set(subject.rota, parsed);
  }
  return rotaModel(problem, parsed.rota);
}

/** Renders a list of dates for a message: `2026-03-02` or `2026-03-02..2026-03-06` or `a, b`. */
export function datesText(dates: readonly string[]): string {
  if (dates.length <= 2) return dates.join(', ');
  return `${dates[0] ?? ''}..${dates[dates.length - 1] ?? ''}`;
}

/** Builds a report about one staff member. */
export function staffReport(
  model: ProblemModel,
  s: number,
  messageId: string,
  fields: {
    readonly dates: readonly string[];
    readonly actual: number;
    readonly threshold: number;
    readonly penalty: number;
    readonly data?: Readonly<Record<string, unknown>>;
    readonly suggestedAction?: SuggestedAction;
  },
): RuleReport {
  const member = model.staff[s]?.staff;
  const id = member?.id ?? '';
  const label = member?.name ?? id;
  return {
    messageId,
    data: {
      staff: label,
      staffId: id,
      dates: datesText(fields.dates),
      actual: fields.actual,
      threshold: fields.threshold,
      penalty: fields.penalty,
      ...fields.data,
    },
    subject: { type: 'staff', id, dates: fields.dates, label },
    actual: fields.actual,
    threshold: fields.threshold,
    ...(fields.suggestedAction === undefined ? {} : { suggestedAction: fields.suggestedAction }),
  };
}

/** Minutes rounded for display. */
export function roundMinutes(minutes: number): number {
  return Math.round(minutes * 100) / 100;
}

/** The limits on the minutes of one kind of period (workweek, pay period). */
export interface PeriodLimits {
  readonly min: number | undefined;
  readonly max: number | undefined;
}

/**
 * Reports the periods of one staff member whose minutes break the limits: the maximum on every
 * period, the minimum only on periods wholly inside the horizon. Penalty: the minutes beyond the limit.
 */
export function periodMinuteReports(
  model: ProblemModel,
  s: number,
  periods: readonly { readonly start: number; readonly end: number; readonly minutes: number; readonly full: boolean }[],
  limits: PeriodLimits,
  weight: number,
): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const period of periods) {
    const dates = [model.dateOf(period.start), model.dateOf(period.end)];
    const span = { dates: `${dates[0] ?? ''}..${dates[1] ?? ''}` };
    if (limits.max !== undefined && period.minutes > limits.max) {
      const excess = period.minutes - limits.max;
      reports.push(staffReport(model, s, 'over', { dates, actual: roundMinutes(period.minutes), threshold: limits.max, penalty: weight * excess, data: span }));
    }
    if (limits.min !== undefined && period.full && period.minutes < limits.min) {
      const short = limits.min - period.minutes;
      reports.push(staffReport(model, s, 'under', { dates, actual: roundMinutes(period.minutes), threshold: limits.min, penalty: weight * short, data: span }));
    }
  }
  return reports;
}
