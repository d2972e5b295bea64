import { ERROR_CODES, practiceOpsError, type Money } from '../../core/index.js';
import type { EntryGroup } from './aggregate.js';
import { Dec } from '../../core/internal/decimal.js';
import { minorUnits } from '../../core/currency.js';
import type { BudgetReport, BudgetReportRow, ReportTotal, UnbudgetedRow } from '../report.js';
import type { ProrationMethod } from '../schemas.js';
import { budgetVariance } from '../variance.js';
import { prorationShare } from './prorate-share.js';
import { ancestorsOf, flexibleAmount, plannedAmount, type ResolvedBudget } from './resolve.js';

export interface ReportScope {
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  readonly costCentre?: string;
  readonly proration: ProrationMethod;
}

interface Sums {
  budget: Dec;
  prorated: Dec;
  flexible: Dec;
  actual: Dec;
  committed: Dec;
  projected: Dec;
}

const zeroSums = (): Sums => ({ budget: new Dec(0), prorated: new Dec(0), flexible: new Dec(0), actual: new Dec(0), committed: new Dec(0), projected: new Dec(0) });

function addSums(into: Sums, from: Sums): void {
  into.budget = into.budget.add(from.budget);
  into.prorated = into.prorated.add(from.prorated);
  into.flexible = into.flexible.add(from.flexible);
  into.actual = into.actual.add(from.actual);
  into.committed = into.committed.add(from.committed);
  into.projected = into.projected.add(from.projected);
}

/** Checks a report's period range against the fiscal year and returns its first and last day. */
export function scopeDates(resolved: ResolvedBudget, from: string, to: string): { start: string; end: string } {
  const first = resolved.periodById.get(from);
  const last = resolved.periodById.get(to);
  if (first === undefined || last === undefined || from > to) {
    throw practiceOpsError(ERROR_CODES.outOfDomain, `The report range ${from}..${to} is not inside the fiscal year`, {
      path: [first === undefined ? 'from' : 'to'],
      expected: `periods ${resolved.periods[0]?.id ?? ''}..${resolved.periods.at(-1)?.id ?? ''}, from <= to`,
      received: `${from}..${to}`,
    });
  }
  return { start: first.start, end: last.end };
}

export function computeReport(
  resolved: ResolvedBudget,
  groups: readonly EntryGroup[],
  actualVolumes: ReadonlyMap<string, Dec>,
  scope: ReportScope,
): BudgetReport {
  const { budget } = resolved;
  const currency = budget.currency;
  const digits = minorUnits(currency);
  const round = (d: Dec): Dec => d.toDecimalPlaces(digits, Dec.ROUND_HALF_EVEN);
  const m = (d: Dec): Money => ({ amount: d.toFixed(), currency });
  const { start, end } = scopeDates(resolved, scope.from, scope.to);
  const own = new Map<string, Sums>();
  const ownOf = (id: string): Sums => {
    let sums = own.get(id);
    if (sums === undefined) {
      sums = zeroSums();
      own.set(id, sums);
    }
    return sums;
  };
  const budgeted = new Set<string>();
  for (const line of budget.lines) {
    if (line.period < scope.from || line.period > scope.to) continue;
    if (scope.costCentre !== undefined && line.costCentre !== scope.costCentre) continue;
    const period = resolved.periodById.get(line.period);
    if (period === undefined) continue;
    budgeted.add(line.account);
    const sums = ownOf(line.account);
    const planned = round(plannedAmount(resolved, line));
    const [num, den] = prorationShare(period.start, period.end, scope.asOf, scope.proration);
    sums.budget = sums.budget.add(planned);
    sums.prorated = sums.prorated.add(round(planned.mul(num).div(den)));
    sums.flexible = sums.flexible.add(round(flexibleAmount(resolved, line, actualVolumes)));
  }
  const unbudgeted = new Map<string, { known: boolean; actual: Dec; committed: Dec; projected: Dec }>();
  const isBudgeted = (account: string): boolean => budgeted.has(account) || ancestorsOf(resolved, account).some((a) => budgeted.has(a));
  const budgetedCache = new Map<string, boolean>();
  for (const entry of groups) {
    if (entry.month < scope.from || entry.month > scope.to) continue;
    if (scope.costCentre !== undefined && entry.costCentre !== scope.costCentre) continue;
    const amount = entry.amount;
    const known = resolved.accounts.has(entry.account);
    if (known) {
      const sums = ownOf(entry.account);
      sums[entry.layer] = sums[entry.layer].add(amount);
    }
    let budgetedHere = budgetedCache.get(entry.account);
    if (budgetedHere === undefined) {
      budgetedHere = known && isBudgeted(entry.account);
      budgetedCache.set(entry.account, budgetedHere);
    }
    if (!budgetedHere) {
      const bucket = unbudgeted.get(entry.account) ?? { known, actual: new Dec(0), committed: new Dec(0), projected: new Dec(0) };
      bucket[entry.layer] = bucket[entry.layer].add(amount);
      unbudgeted.set(entry.account, bucket);
    }
  }
  const inclusive = new Map<string, Sums>();
  for (const { id } of [...resolved.order].reverse()) {
    const sums = zeroSums();
    addSums(sums, own.get(id) ?? zeroSums());
    for (const child of resolved.children.get(id) ?? []) addSums(sums, inclusive.get(child) ?? zeroSums());
    inclusive.set(id, sums);
  }
  const rows: BudgetReportRow[] = resolved.order.map(({ id, depth }) => {
    const account = resolved.accounts.get(id);
    const sums = inclusive.get(id) ?? zeroSums();
    const kind = account?.kind ?? 'cost';
    return {
      account: id,
      name: account?.name ?? id,
      kind,
      depth,
      ...(account?.parent === undefined ? {} : { parent: account.parent }),
      hasBudget: budgeted.has(id),
      ownBudget: m(own.get(id)?.budget ?? new Dec(0)),
      budget: m(sums.budget),
      prorated: m(sums.prorated),
      flexible: m(sums.flexible),
      actual: m(sums.actual),
      committed: m(sums.committed),
      projected: m(sums.projected),
      remaining: m(sums.budget.sub(sums.actual).sub(sums.committed)),
      variance: budgetVariance({ budget: m(sums.budget), actual: m(sums.actual), kind, prorated: m(sums.prorated) }),
    };
  });
  const unbudgetedRows: UnbudgetedRow[] = [...unbudgeted.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([account, b]) => ({
      account,
      known: b.known,
      ...(resolved.accounts.get(account) === undefined ? {} : { name: resolved.accounts.get(account)?.name ?? account }),
      actual: m(b.actual),
      committed: m(b.committed),
      projected: m(b.projected),
    }));
  const total = (kind: 'cost' | 'revenue'): ReportTotal => {
    const sums = zeroSums();
    for (const { id, depth } of resolved.order) {
      if (depth === 0 && resolved.accounts.get(id)?.kind === kind) addSums(sums, inclusive.get(id) ?? zeroSums());
    }
    if (kind === 'cost') {
      for (const b of unbudgeted.values()) {
        if (b.known) continue;
        sums.actual = sums.actual.add(b.actual);
        sums.committed = sums.committed.add(b.committed);
        sums.projected = sums.projected.add(b.projected);
      }
    }
    return {
      budget: m(sums.budget),
      prorated: m(sums.prorated),
      flexible: m(sums.flexible),
      actual: m(sums.actual),
      committed: m(sums.committed),
      remaining: m(sums.budget.sub(sums.actual).sub(sums.committed)),
      variance: budgetVariance({ budget: m(sums.budget), actual: m(sums.actual), kind, prorated: m(sums.prorated) }),
    };
  };
  const sumRows = (list: readonly UnbudgetedRow[], key: 'actual' | 'committed'): Money =>
    m(list.reduce((acc, row) => acc.add(new Dec(row[key].amount)), new Dec(0)));
  return {
    budget: budget.name,
    currency,
    from: scope.from,
    to: scope.to,
    start,
    end,
    asOf: scope.asOf,
    proration: scope.proration,
    ...(scope.costCentre === undefined ? {} : { costCentre: scope.costCentre }),
    rows,
    unbudgeted: { rows: unbudgetedRows, actual: sumRows(unbudgetedRows, 'actual'), committed: sumRows(unbudgetedRows, 'committed') },
    totals: { cost: total('cost'), revenue: total('revenue') },
  };
}
