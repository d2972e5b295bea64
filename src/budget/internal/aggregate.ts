import type { CostEntry } from '../../core/index.js';
import { Dec } from '../../core/internal/decimal.js';

/** The sum of the cost entries of one account, cost centre, calendar month and layer. */
export interface EntryGroup {
  readonly account: string;
  readonly costCentre: string | undefined;
  readonly month: string;
  readonly layer: CostEntry['layer'];
  readonly amount: Dec;
}

const SCALE_DIGITS = 6;
const SCALE = new Dec(10).pow(SCALE_DIGITS);
const FAST = /^(-?)(\d{1,15})(?:\.(\d{1,6}))?$/;

interface Accumulator {
  readonly account: string;
  readonly costCentre: string | undefined;
  readonly month: string;
  readonly layer: CostEntry['layer'];
  scaled: bigint;
  rest: Dec | undefined;
}

/**
 * Sums entries per account, cost centre, month and layer, exactly. Amounts with up to six decimals
 * are added as scaled integers (bigint); longer ones as decimals. Report windows are whole months,
 * so every report can be built from these groups instead of the raw entries.
 */
export function aggregateEntries(entries: readonly CostEntry[]): EntryGroup[] {
  const groups = new Map<string, Accumulator>();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const key = `${entry.layer}\u0000${month}\u0000${entry.account}\u0000${entry.costCentre ?? ''}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { account: entry.account, costCentre: entry.costCentre, month, layer: entry.layer, scaled: 0n, rest: undefined };
      groups.set(key, group);
    }
    const text = entry.amount.amount;
    const match = FAST.exec(text);
    if (match !== null) {
      const scaled = BigInt(`${match[2] ?? '0'}${(match[3] ?? '').padEnd(SCALE_DIGITS, '0')}`);
      group.scaled += match[1] === '-' ? -scaled : scaled;
    } else {
      group.rest = (group.rest ?? new Dec(0)).add(new Dec(text));
    }
  }
  return [...groups.values()].map((g) => {
    const exact = new Dec(g.scaled.toString()).div(SCALE);
    return { account: g.account, costCentre: g.costCentre, month: g.month, layer: g.layer, amount: g.rest === undefined ? exact : exact.add(g.rest) };
  });
}
