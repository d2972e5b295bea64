import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulatePolicy } from '../../src/inventory/index.js';

describe('simulatePolicy', () => {
  it('replays a deterministic case exactly (worked by hand)', () => {
    // 10 a day, lead time exactly 2 days, (s, S) = (30, 60), starting with 60.
    // Day 0 ends at 50, day 1 at 40, day 2 at 30 (<= 30): order 30, arriving on the morning of day 4.
    // Day 3 ends at 20 (position 50: no order); day 4: 20 + 30 - 10 = 40; day 5 ends at 30: order 30; and so on.
    const r = simulatePolicy({ demand: Array.from({ length: 10 }, () => 10), start: '2026-01-05', policy: { kind: 'min-max', min: 30, max: 60 }, leadTime: { meanDays: 2, sdDays: 0 }, initialStock: 60 });
    expect(r.onHandByDay).toEqual([50, 40, 30, 20, 40, 30, 20, 40, 30, 20]);
    expect(r.fillRate).toBe(1);
    expect(r.stockOutDays).toBe(0);
    expect(r.ordersPlaced).toBe(3);
    expect(r.unitsOrdered).toBe(90);
    expect(r.averageOnHand).toBe(32);
  });

  it('counts lost sales and stock-out days', () => {
    const r = simulatePolicy({ demand: [5, 5, 5, 5], start: '2026-01-05', policy: { kind: 'min-max', min: 0, max: 0 }, leadTime: { meanDays: 1 }, initialStock: 12 });
    expect(r.unitsFilled).toBe(12);
    expect(r.unitsShort).toBe(8);
    expect(r.fillRate).toBe(0.6);
    expect(r.stockOutDays).toBe(2);
  });

  it('expires stock past its shelf life', () => {
    const r = simulatePolicy({ demand: Array.from({ length: 20 }, () => 1), start: '2026-01-05', policy: { kind: 'min-max', min: 0, max: 0 }, leadTime: { meanDays: 1 }, initialStock: 100, shelfLifeDays: 10 });
    expect(r.unitsFilled).toBe(10);
    expect(r.unitsExpired).toBe(90);
    expect(r.stockOutDays).toBe(10);
  });

  it('is repeatable for a seed and accounts for every unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 5, maxLength: 60 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.option(fc.integer({ min: 3, max: 30 }), { nil: undefined }),
        (demand, seed, min, shelf) => {
          const input = {
            demand,
            start: '2026-01-05',
            policy: { kind: 'min-max' as const, min, max: min + 50 },
            leadTime: { meanDays: 3, sdDays: 2 },
            initialStock: 80,
            packSize: 5,
            seed,
            ...(shelf === undefined ? {} : { shelfLifeDays: shelf }),
          };
          const a = simulatePolicy(input);
          const b = simulatePolicy(input);
          const pending = 80 + a.unitsOrdered - a.unitsFilled - a.unitsExpired - a.endingOnHand;
          return (
            JSON.stringify(a) === JSON.stringify(b) &&
            a.unitsFilled + a.unitsShort === demand.reduce((x, y) => x + y, 0) &&
            pending >= -1e-9 &&
            pending <= a.unitsOrdered + 1e-9
          );
        },
      ),
    );
  });

  it('lets two policies be compared on the same history', () => {
    const demand = Array.from({ length: 120 }, (_, i) => 20 + ((i * 7) % 11) - 5);
    const base = { demand, start: '2026-01-05', leadTime: { meanDays: 4, sdDays: 1 }, initialStock: 200, seed: 3 };
    const lean = simulatePolicy({ ...base, policy: { kind: 'min-max', min: 40, max: 120 } });
    const safe = simulatePolicy({ ...base, policy: { kind: 'reorder-point', cycleServiceLevel: 0.99, orderQuantity: 150 } });
    expect(safe.fillRate).toBeGreaterThan(lean.fillRate);
    expect(safe.averageOnHand).toBeGreaterThan(lean.averageOnHand);
  });

  it('rejects a negative lead time', () => {
    expect(() => simulatePolicy({ demand: [1], start: '2026-01-05', policy: { kind: 'min-max', min: 1, max: 2 }, leadTime: { meanDays: -1 }, initialStock: 0 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['leadTime', 'meanDays'] }),
    );
  });
});
