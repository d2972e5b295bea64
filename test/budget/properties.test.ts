import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyFromMinorUnits, toMinorUnits, type Money } from 'practiceops';
import { budgetReport, costEntriesToLayers, fiscalPeriods, prorateBudget, spreadAmount } from 'practiceops/budget';
import { clinicBudget, entry } from './fixture.js';

const cents = fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n });
const currency = fc.constantFrom('USD', 'EUR', 'JPY', 'BHD');
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Every money-like object in a value has a decimal-string amount (no number, no exponent). */
function moneyIsAlwaysAString(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(moneyIsAlwaysAString);
  if (typeof value !== 'object' || value === null) return true;
  const record = value as Record<string, unknown>;
  if ('currency' in record && 'amount' in record) return typeof record['amount'] === 'string' && DECIMAL.test(record['amount']);
  return Object.values(record).every(moneyIsAlwaysAString);
}

describe('money properties', () => {
  it('spreading always sums exactly to the total, whatever the method', () => {
    fc.assert(
      fc.property(
        cents,
        currency,
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('equal', 'days', 'custom'),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 }),
        (minor, code, startMonth, method, rawWeights) => {
          const total = moneyFromMinorUnits(minor, code);
          const periods = fiscalPeriods(`2026-${String(startMonth).padStart(2, '0')}-01`);
          const weights = rawWeights.some((w) => w > 0) ? rawWeights : [1, ...rawWeights.slice(1)];
          const parts = spreadAmount(total, periods, method === 'custom' ? { weights } : { method });
          const sum = parts.reduce((acc, p) => acc + toMinorUnits(p.amount), 0n);
          expect(sum).toBe(minor);
          expect(parts).toHaveLength(12);
          expect(moneyIsAlwaysAString(parts)).toBe(true);
        },
      ),
    );
  });

  it('equal spreading never differs by more than one minor unit, larger parts first', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10_000_000_000n }), fc.integer({ min: 1, max: 60 }), (minor, count) => {
        const parts = spreadAmount(moneyFromMinorUnits(minor, 'USD'), count).map((p) => toMinorUnits(p.amount));
        const max = parts.reduce((a, b) => (b > a ? b : a));
        const min = parts.reduce((a, b) => (b < a ? b : a));
        expect(max - min <= 1n).toBe(true);
        expect([...parts].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(parts);
      }),
    );
  });

  it('prorating stays between nothing and everything and never decreases with time', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1_000_000_000n }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (minor, d1, d2) => {
        const amount = moneyFromMinorUnits(minor, 'USD');
        const april = { start: '2026-04-01', end: '2026-04-30' };
        const day = (n: number) => (n === 0 ? '2026-03-31' : n > 30 ? '2026-05-01' : `2026-04-${String(n).padStart(2, '0')}`);
        const [a, b] = [Math.min(d1, d2), Math.max(d1, d2)];
        const early = toMinorUnits(prorateBudget(amount, april, day(a)));
        const late = toMinorUnits(prorateBudget(amount, april, day(b)));
        expect(early >= 0n && late <= minor && early <= late).toBe(true);
      }),
    );
  });

  it('layers and reports sum cost entries exactly (no float: 0.1 + 0.2 is 0.3)', () => {
    const entryArb = fc.record({
      account: fc.constantFrom('staff', 'supplies', 'it', 'ghost', 'visits-revenue'),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      minor: fc.bigInt({ min: -1_000_000n, max: 100_000_000n }),
      layer: fc.constantFrom('actual', 'committed', 'projected'),
      costCentre: fc.constantFrom(undefined, 'north', 'south'),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (raw) => {
        const entries = raw.map((r) =>
          entry(r.account, `2026-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`, moneyFromMinorUnits(r.minor, 'USD').amount, {
            layer: r.layer as 'actual',
            ...(r.costCentre === undefined ? {} : { costCentre: r.costCentre }),
          }),
        );
        const expected = (layer: string) => raw.filter((r) => r.layer === layer).reduce((acc, r) => acc + r.minor, 0n);
        const layers = costEntriesToLayers(entries, 'USD');
        const sum = (list: readonly { amount: Money }[]) => list.reduce((acc, l) => acc + toMinorUnits(l.amount), 0n);
        expect(sum(layers.actual)).toBe(expected('actual'));
        expect(sum(layers.committed)).toBe(expected('committed'));
        const snapshot = { budget: clinicBudget(), entries };
        const frozen = JSON.stringify(snapshot);
        const report = budgetReport(snapshot, { asOf: '2026-12-31', from: '2026-01', to: '2026-12' });
        const actualCosts = raw.filter((r) => r.layer === 'actual' && r.account !== 'visits-revenue').reduce((acc, r) => acc + r.minor, 0n);
        expect(toMinorUnits(report.totals.cost.actual)).toBe(actualCosts);
        // A parent's budget and actual are its own plus its children's.
        for (const row of report.rows) {
          const children = report.rows.filter((c) => c.parent === row.account);
          if (children.length === 0) continue;
          const childBudget = children.reduce((acc, c) => acc + toMinorUnits(c.budget), 0n);
          expect(toMinorUnits(row.budget)).toBe(toMinorUnits(row.ownBudget) + childBudget);
        }
        expect(moneyIsAlwaysAString(report)).toBe(true);
        expect(JSON.stringify(snapshot)).toBe(frozen);
      }),
      { numRuns: 60 },
    );
  });
});
