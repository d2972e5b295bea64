import { parseInput } from '../../core/index.js';
import { Dec } from '../../core/internal/decimal.js';
import type { BudgetReport } from '../report.js';
import { BudgetContextSchema, BudgetSnapshotSchema, type BudgetContext, type BudgetSnapshot } from '../schemas.js';
import { aggregateEntries, type EntryGroup } from './aggregate.js';
import { computeReport } from './compute-report.js';
import { checkEntryCurrencies, resolveBudget, volumeMap, type ResolvedBudget } from './resolve.js';

/** The review window of a rule: this month, the fiscal year to date, or the whole fiscal year. */
export type ReviewWindow = 'month' | 'year-to-date' | 'annual';

interface Facts {
  readonly snapshot: BudgetSnapshot;
  readonly resolved: ResolvedBudget;
  readonly volumes: ReadonlyMap<string, Dec>;
  readonly groups: readonly EntryGroup[];
  readonly reports: Map<string, BudgetReport | null>;
}

const cache = new WeakMap<object, Facts>();

/** Parses and resolves a snapshot once per snapshot object (rules of one evaluation share it). */
export function factsOf(subject: unknown): Facts {
  if (typeof subject === 'object' && subject !== null) {
    const hit = cache.get(subject);
    if (hit !== undefined) return hit;
  }
  const snapshot = parseInput(BudgetSnapshotSchema, subject, { label: 'budget snapshot' });
  const resolved = resolveBudget(snapshot.budget);
  checkEntryCurrencies(snapshot.entries, snapshot.budget.currency);
  const facts: Facts = { snapshot, resolved, volumes: volumeMap(snapshot.actualVolumes), groups: aggregateEntries(snapshot.entries), reports: new Map() };
  if (typeof subject === 'object' && subject !== null) cache.set(subject, facts);
  return facts;
}

/** Parses the rules' context. */
export function contextOf(context: unknown): BudgetContext {
  return parseInput(BudgetContextSchema, context, { label: 'budget context' });
}

/** The report of a review window on `today`, or null when today is outside the fiscal year. Cached. */
export function windowReport(facts: Facts, today: string, window: ReviewWindow, costCentre?: string): BudgetReport | null {
  const key = `${today}|${window}|${costCentre ?? ''}`;
  const cached = facts.reports.get(key);
  if (cached !== undefined) return cached;
  const periods = facts.resolved.periods;
  const first = periods[0];
  const last = periods.at(-1);
  let report: BudgetReport | null = null;
  if (first !== undefined && last !== undefined && today >= first.start && today <= last.end) {
    const month = today.slice(0, 7);
    const from = window === 'month' ? month : first.id;
    const to = window === 'annual' ? last.id : month;
    report = computeReport(facts.resolved, facts.groups, facts.volumes, {
      from,
      to,
      asOf: today,
      proration: 'linear',
      ...(costCentre === undefined ? {} : { costCentre }),
    });
  }
  facts.reports.set(key, report);
  return report;
}

/** used / base x 100 to 2 decimals, or null for a zero base. */
export function usedPercent(used: Dec, base: Dec): Dec | null {
  if (base.isZero()) return null;
  return used.div(base).mul(100).toDecimalPlaces(2, Dec.ROUND_HALF_EVEN);
}
