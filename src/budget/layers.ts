import { z } from 'zod';
import { CostEntrySchema, CurrencyCodeSchema, parseInput, type CostEntry, type Money } from '../core/index.js';
import { Dec } from '../core/internal/decimal.js';
import { checkEntryCurrencies } from './internal/resolve.js';

/**
 * The total of one layer for one account, cost centre and month.
 *
 * @category Actuals
 */
export interface LayerTotal {
  /** The account id. */
  readonly account: string;
  /** The cost centre, when the entries had one. */
  readonly costCentre?: string;
  /** The month, `YYYY-MM`. */
  readonly period: string;
  /** The sum of the entries. */
  readonly amount: Money;
  /** How many entries. */
  readonly count: number;
  /** The sum of the entries' quantities (hours, units), when any had one. */
  readonly quantity?: number;
}

/**
 * Cost entries summed into the budget's three layers, kept apart: posted actuals, commitments
 * (open purchase orders) and projections.
 *
 * @category Actuals
 */
export interface BudgetLayers {
  /** The budget's currency. */
  readonly currency: string;
  /** Posted costs (labour from a rota, invoices). */
  readonly actual: readonly LayerTotal[];
  /** Committed spend (open purchase orders). */
  readonly committed: readonly LayerTotal[];
  /** Projected costs. */
  readonly projected: readonly LayerTotal[];
}

const LayersInputSchema = z.object({ entries: z.array(CostEntrySchema), currency: CurrencyCodeSchema });

/**
 * Sums core `CostEntry` records (labour from a rota, committed spend from purchase orders) into
 * actual, committed and projected layers by account, cost centre and month. Sums are exact.
 *
 * @param entries - the cost entries, all in `currency`
 * @param currency - the budget's currency
 * @returns the three layers, each sorted by period, account and cost centre
 * @throws PracticeOpsError `INVALID_INPUT` for a malformed entry, `CURRENCY_MISMATCH` for an entry in another currency
 * @example
 * ```ts
 * const layers = costEntriesToLayers(rotaLabour.concat(openOrders), 'USD');
 * layers.committed[0]; // { account: 'medical-supplies', period: '2026-04', amount: {...}, count: 3 }
 * ```
 * @category Actuals
 */
export function costEntriesToLayers(entries: readonly CostEntry[], currency: string): BudgetLayers {
  const input = parseInput(LayersInputSchema, { entries, currency }, { label: 'cost entries' });
  checkEntryCurrencies(input.entries, input.currency);
  const groups = new Map<string, { layer: CostEntry['layer']; account: string; costCentre?: string; period: string; sum: Dec; count: number; quantity?: number }>();
  for (const entry of input.entries) {
    const period = entry.date.slice(0, 7);
    const key = [entry.layer, period, entry.account, entry.costCentre ?? ''].join('\u0000');
    const group = groups.get(key) ?? {
      layer: entry.layer,
      account: entry.account,
      ...(entry.costCentre === undefined ? {} : { costCentre: entry.costCentre }),
      period,
      sum: new Dec(0),
      count: 0,
    };
    group.sum = group.sum.add(new Dec(entry.amount.amount));
    group.count += 1;
    if (entry.quantity !== undefined) group.quantity = (group.quantity ?? 0) + entry.quantity;
    groups.set(key, group);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
  const layer = (name: CostEntry['layer']): LayerTotal[] =>
    sorted
      .filter((g) => g.layer === name)
      .map((g) => ({
        account: g.account,
        ...(g.costCentre === undefined ? {} : { costCentre: g.costCentre }),
        period: g.period,
        amount: { amount: g.sum.toFixed(), currency: input.currency },
        count: g.count,
        ...(g.quantity === undefined ? {} : { quantity: g.quantity }),
      }));
  return { currency: input.currency, actual: layer('actual'), committed: layer('committed'), projected: layer('projected') };
}
