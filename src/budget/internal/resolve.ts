import { ERROR_CODES, PracticeOpsError, type CostEntry, type ErrorIssue } from '../../core/index.js';
import { Dec } from '../../core/internal/decimal.js';
import { fiscalPeriods } from '../periods.js';
import type { Account, Budget, BudgetLine, FiscalPeriod, Volume } from '../schemas.js';

/** A budget with its tree and periods worked out once. */
export interface ResolvedBudget {
  readonly budget: Budget;
  readonly accounts: ReadonlyMap<string, Account>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Accounts in tree order (depth first, input order among siblings) with their depth. */
  readonly order: readonly { readonly id: string; readonly depth: number }[];
  readonly periods: readonly FiscalPeriod[];
  readonly periodById: ReadonlyMap<string, FiscalPeriod>;
  readonly plannedVolume: ReadonlyMap<string, Dec>;
}

export function volumeKey(driver: string, period: string): string {
  return `${driver}\u0000${period}`;
}

export function volumeMap(volumes: readonly Volume[]): Map<string, Dec> {
  const map = new Map<string, Dec>();
  for (const v of volumes) {
    const key = volumeKey(v.driver, v.period);
    map.set(key, (map.get(key) ?? new Dec(0)).add(new Dec(v.volume)));
  }
  return map;
}

/** Checks references, the tree and the periods of a parsed budget; throws one error listing every problem. */
export function resolveBudget(budget: Budget): ResolvedBudget {
  const issues: ErrorIssue[] = [];
  const accounts = new Map<string, Account>();
  budget.accounts.forEach((account, index) => {
    if (accounts.has(account.id)) {
      issues.push({ path: ['accounts', index, 'id'], message: `Account ${account.id} is declared twice`, expected: 'a unique id', received: JSON.stringify(account.id) });
    }
    accounts.set(account.id, account);
  });
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  budget.accounts.forEach((account, index) => {
    if (account.parent === undefined) {
      roots.push(account.id);
      return;
    }
    const parent = accounts.get(account.parent);
    if (parent === undefined) {
      issues.push({ path: ['accounts', index, 'parent'], message: `Account ${account.id} has an unknown parent ${account.parent}`, expected: 'an account id', received: JSON.stringify(account.parent) });
      return;
    }
    if (parent.kind !== account.kind) {
      issues.push({ path: ['accounts', index, 'kind'], message: `Account ${account.id} is ${account.kind} but its parent ${parent.id} is ${parent.kind}`, expected: parent.kind, received: account.kind });
    }
    const list = children.get(parent.id) ?? [];
    if (!list.includes(account.id)) list.push(account.id);
    children.set(parent.id, list);
  });
  const order: { id: string; depth: number }[] = [];
  const visited = new Set<string>();
  const walk = (id: string, depth: number): void => {
    if (visited.has(id)) return;
    visited.add(id);
    order.push({ id, depth });
    for (const child of children.get(id) ?? []) walk(child, depth + 1);
  };
  for (const root of roots) walk(root, 0);
  budget.accounts.forEach((account, index) => {
    if (!visited.has(account.id) && issues.every((i) => i.path[1] !== index)) {
      issues.push({ path: ['accounts', index, 'parent'], message: `Account ${account.id} is in a parent cycle`, expected: 'a tree of accounts', received: JSON.stringify(account.parent ?? '') });
    }
  });
  const periods = fiscalPeriods(budget.fiscalYearStart, 12);
  const periodById = new Map(periods.map((p) => [p.id, p]));
  const centres = new Set(budget.costCentres.map((c) => c.id));
  const plannedVolume = volumeMap(budget.volumes);
  budget.lines.forEach((line, index) => {
    if (!accounts.has(line.account)) {
      issues.push({ path: ['lines', index, 'account'], message: `Budget line ${index} names an unknown account ${line.account}`, expected: 'an account id', received: JSON.stringify(line.account) });
    }
    if (line.costCentre !== undefined && !centres.has(line.costCentre)) {
      issues.push({ path: ['lines', index, 'costCentre'], message: `Budget line ${index} names an unknown cost centre ${line.costCentre}`, expected: 'a cost centre id', received: JSON.stringify(line.costCentre) });
    }
    if (!periodById.has(line.period)) {
      issues.push({ path: ['lines', index, 'period'], message: `Budget line ${index} is outside the fiscal year`, expected: `${periods[0]?.id ?? ''}..${periods.at(-1)?.id ?? ''}`, received: JSON.stringify(line.period) });
    }
    if (line.driven !== undefined && !plannedVolume.has(volumeKey(line.driven.driver, line.period))) {
      issues.push({ path: ['lines', index, 'driven', 'driver'], message: `Budget line ${index} is driven by ${line.driven.driver} but no volume is planned for ${line.period}`, expected: 'a planned volume', received: 'none' });
    }
  });
  if (issues.length > 0) {
    const code = issues.some((i) => i.message.includes('unknown')) ? ERROR_CODES.unknownReference : ERROR_CODES.conflict;
    throw new PracticeOpsError({ code, message: `Invalid budget: ${issues[0]?.message ?? ''}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`, issues });
  }
  return { budget, accounts, children, order, periods, periodById, plannedVolume };
}

/** A line's planned amount (exact, not rounded). */
export function plannedAmount(resolved: ResolvedBudget, line: BudgetLine): Dec {
  if (line.amount !== undefined) return new Dec(line.amount);
  const driven = line.driven;
  if (driven === undefined) return new Dec(0);
  const volume = resolved.plannedVolume.get(volumeKey(driven.driver, line.period)) ?? new Dec(0);
  return new Dec(driven.fixed).add(new Dec(driven.rate).mul(volume));
}

/** A line's flexible amount at the actual volume, or its planned amount when no actual volume is known. */
export function flexibleAmount(resolved: ResolvedBudget, line: BudgetLine, actual: ReadonlyMap<string, Dec>): Dec {
  const driven = line.driven;
  if (driven === undefined) return plannedAmount(resolved, line);
  const volume = actual.get(volumeKey(driven.driver, line.period));
  if (volume === undefined) return plannedAmount(resolved, line);
  return new Dec(driven.fixed).add(new Dec(driven.rate).mul(volume));
}

/** Every ancestor of an account, nearest first. */
export function ancestorsOf(resolved: ResolvedBudget, id: string): string[] {
  const chain: string[] = [];
  let current = resolved.accounts.get(id)?.parent;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = resolved.accounts.get(current)?.parent;
  }
  return chain;
}

/** Throws CURRENCY_MISMATCH for the first entry in another currency. */
export function checkEntryCurrencies(entries: readonly CostEntry[], currency: string): void {
  entries.forEach((entry, index) => {
    if (entry.amount.currency !== currency) {
      throw new PracticeOpsError({
        code: ERROR_CODES.currencyMismatch,
        message: `Cost entry ${index} is in ${entry.amount.currency}; the budget is in ${currency}`,
        issues: [{ path: ['entries', index, 'amount', 'currency'], message: 'A budget has one currency', expected: currency, received: entry.amount.currency }],
      });
    }
  });
}
