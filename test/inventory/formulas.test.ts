import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { economicOrderQuantity, newsvendor, reorderPoint, safetyStock, wagnerWhitin } from '../../src/inventory/index.js';

describe('economicOrderQuantity', () => {
  it('gives the published EOQ and annual cost', () => {
    // Issue #6 (practiceops): order cost 8, holding cost 0.225, demand 1300 a year.
    const r = economicOrderQuantity({ annualDemand: 1300, orderCost: 8, holdingCost: 0.225 });
    expect(r.quantity).toBe(304.0467800264368);
    expect(r.annualCost).toBe(68.41052550594829);
  });

  it('reproduces Heizer & Render (Sharp Inc. needles)', () => {
    // Heizer, Render & Munson, Operations Management, EOQ example: D = 1,000, S = $10, H = $0.50
    // gives Q* = 200, N = 5 orders, T = 50 days (250 working days), TC = $100.
    const r = economicOrderQuantity({ annualDemand: 1000, orderCost: 10, holdingCost: 0.5 });
    expect(r.quantity).toBeCloseTo(200, 10);
    expect(r.ordersPerYear).toBeCloseTo(5, 10);
    expect(r.cycleYears * 250).toBeCloseTo(50, 10);
    expect(r.annualCost).toBeCloseTo(100, 10);
  });

  it('handles planned backorders (Hillier & Lieberman speaker example)', () => {
    // Hillier & Lieberman, Introduction to Operations Research, EOQ with planned shortages:
    // d = 8,000/month, K = $12,000, h = $0.30, p = $1.10 gives Q* = 28,540 and S* (max stock) = 22,424.
    const r = economicOrderQuantity({ annualDemand: 8000, orderCost: 12_000, holdingCost: 0.3, backorderCost: 1.1 });
    expect(Math.round(r.quantity)).toBe(28_540);
    expect(Math.round(r.maxInventory ?? 0)).toBe(22_424);
    expect((r.maxInventory ?? 0) + (r.maxBackorder ?? 0)).toBeCloseTo(r.quantity, 8);
    // without shortages the same data gives 25,298
    expect(Math.round(economicOrderQuantity({ annualDemand: 8000, orderCost: 12_000, holdingCost: 0.3 }).quantity)).toBe(25_298);
  });

  it('picks the cheapest all-units discount tier (Heizer & Render, Wohl\'s Discount Store)', () => {
    // Heizer & Render, quantity discount example: D = 5,000, S = $49, I = 20 %, prices $5.00 / $4.80 (1,000+) / $4.75 (2,000+):
    // Q* = 700 / 714 -> 1,000 / 718 -> 2,000 with total costs $25,700, $24,725, $24,822.50; order 1,000.
    const r = economicOrderQuantity({
      annualDemand: 5000,
      orderCost: 49,
      holdingRate: 0.2,
      priceBreaks: [
        { minQuantity: 0, unitPrice: 5 },
        { minQuantity: 1000, unitPrice: 4.8 },
        { minQuantity: 2000, unitPrice: 4.75 },
      ],
    });
    expect(r.quantity).toBe(1000);
    expect(r.totalAnnualCost).toBeCloseTo(24_725, 8);
    expect(r.unitPrice).toBe(4.8);
  });

  it('prices all-units and incremental discounts (Chopra & Meindl, Drugs Online)', () => {
    // Chopra & Meindl, Supply Chain Management, lot sizing with quantity discounts: D = 120,000 vials, S = $100, h = 20 %,
    // $3.00 below 5,000, $2.96 from 5,000, $2.92 from 10,000.
    const breaks = [
      { minQuantity: 0, unitPrice: 3 },
      { minQuantity: 5000, unitPrice: 2.96 },
      { minQuantity: 10_000, unitPrice: 2.92 },
    ];
    // all-units: order 10,000 at a total annual cost of $354,520
    const all = economicOrderQuantity({ annualDemand: 120_000, orderCost: 100, holdingRate: 0.2, priceBreaks: breaks });
    expect(all.quantity).toBe(10_000);
    expect(all.totalAnnualCost).toBeCloseTo(354_520, 6);
    // incremental: order 16,961 at a total annual cost of $360,365
    const inc = economicOrderQuantity({ annualDemand: 120_000, orderCost: 100, holdingRate: 0.2, priceBreaks: breaks, discount: 'incremental' });
    expect(Math.round(inc.quantity)).toBe(16_961);
    expect(Math.round(inc.totalAnnualCost)).toBe(360_365);
  });

  it('never beats its own optimum (the cost curve is convex around Q*)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (d, s, h, k) => {
          const r = economicOrderQuantity({ annualDemand: d, orderCost: s, holdingCost: h });
          const q = r.quantity * k;
          const cost = (d / q) * s + (q / 2) * h;
          return cost >= r.annualCost * (1 - 1e-12);
        },
      ),
    );
  });

  it('rejects bad input with typed errors', () => {
    expect(() => economicOrderQuantity({ annualDemand: -1, orderCost: 8, holdingCost: 0.2 })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['annualDemand'] }));
    expect(() => economicOrderQuantity({ annualDemand: 10, orderCost: 8 })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['holdingCost'] }));
  });
});

describe('safetyStock and reorderPoint', () => {
  it('gives the published safety stock and reorder point with variable demand and lead time', () => {
    // Issue #6 (practiceops): demand 20/day (sd 5), lead time 9 days (sd 2), 95 % cycle service level: SS 70.268, ROP 250.268.
    const input = { demandMean: 20, demandSd: 5, leadTimeMean: 9, leadTimeSd: 2, cycleServiceLevel: 0.95 };
    expect(safetyStock(input).safetyStock).toBeCloseTo(70.268, 3);
    expect(reorderPoint(input).reorderPoint).toBeCloseTo(250.268, 3);
    expect(reorderPoint(input).protectionDemandSd).toBeCloseTo(Math.sqrt(1825), 12);
  });

  it('reproduces Chopra & Meindl (Lego at Walmart, CSL 90 %)', () => {
    // Chopra & Meindl, Supply Chain Management: weekly demand 2,500 (sd 500), lead time 2 weeks, CSL 0.90 gives ss = 906.
    expect(Math.round(safetyStock({ demandMean: 2500, demandSd: 500, leadTimeMean: 2, cycleServiceLevel: 0.9 }).safetyStock)).toBe(906);
  });

  it('reproduces Chopra & Meindl (Dell, uncertain lead time)', () => {
    // Chopra & Meindl: daily demand 2,500 (sd 500), lead time 7 days (sd 7), CSL 0.90: sigma_L = 17,550, ss = 22,491;
    // with no lead-time uncertainty ss = 1,695.
    const r = safetyStock({ demandMean: 2500, demandSd: 500, leadTimeMean: 7, leadTimeSd: 7, cycleServiceLevel: 0.9 });
    expect(Math.round(r.protectionDemandSd)).toBe(17_550);
    expect(Math.round(r.safetyStock)).toBe(22_491);
    expect(Math.round(safetyStock({ demandMean: 2500, demandSd: 500, leadTimeMean: 7, leadTimeSd: 0, cycleServiceLevel: 0.9 }).safetyStock)).toBe(1695);
  });

  it('sizes safety stock for a fill rate through the loss function (Chopra & Meindl, Lego)', () => {
    // Chopra & Meindl: Q = 10,000, lead time 2 weeks, weekly demand 2,500 (sd 500), desired fill rate 97.5 %: ss = 67.
    const r = safetyStock({ demandMean: 2500, demandSd: 500, leadTimeMean: 2, orderQuantity: 10_000, fillRate: 0.975 });
    expect(Math.round(r.safetyStock)).toBe(67);
    expect(r.fillRate).toBeCloseTo(0.975, 12);
    expect(r.expectedShortagePerCycle).toBeCloseTo(250, 9);
  });

  it('adds the review period for an order-up-to level', () => {
    const r = reorderPoint({ demandMean: 10, demandSd: 3, leadTimeMean: 2, reviewPeriod: 7, cycleServiceLevel: 0.95 });
    expect(r.protectionDemandMean).toBe(90);
    expect(r.protectionDemandSd).toBeCloseTo(9, 12);
    expect(r.reorderPoint).toBeCloseTo(90 + 9 * 1.6448536269514722, 9);
  });

  it('grows with the service level', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 0.98, noNaN: true }), fc.double({ min: 0.001, max: 0.0199, noNaN: true }), (a, step) => {
        const base = { demandMean: 20, demandSd: 5, leadTimeMean: 9, leadTimeSd: 2 };
        return safetyStock({ ...base, cycleServiceLevel: a + step }).safetyStock > safetyStock({ ...base, cycleServiceLevel: a }).safetyStock;
      }),
    );
  });

  it('rejects a negative lead time and contradictory targets with typed errors', () => {
    expect(() => safetyStock({ demandMean: 20, demandSd: 5, leadTimeMean: -1, cycleServiceLevel: 0.95 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['leadTimeMean'], expected: '>= 0', received: '-1' }),
    );
    expect(() => safetyStock({ demandMean: 20, leadTimeMean: 2, fillRate: 0.9 })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['orderQuantity'] }));
    expect(() => safetyStock({ demandMean: 20, leadTimeMean: 2, cycleServiceLevel: 1 })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('newsvendor', () => {
  it('reproduces Cachon & Terwiesch (O\'Neill Hammer 3/2 wetsuit)', () => {
    // Cachon & Terwiesch, Matching Supply with Demand: price $180, cost $110, salvage $90, demand normal (3,192, 1,181):
    // Cu = 70, Co = 20, critical ratio 0.7778; the book rounds z to 0.77 and orders 4,101; the exact z = 0.7647 gives 4,095.
    const r = newsvendor({ price: 180, unitCost: 110, salvageValue: 90, demand: { distribution: 'normal', mean: 3192, sd: 1181 } });
    expect(r.criticalRatio).toBeCloseTo(0.7778, 4);
    expect(r.underageCost).toBe(70);
    expect(r.overageCost).toBe(20);
    expect(Math.round(r.quantity)).toBe(4095);
    expect(r.z).toBeCloseTo(0.7647, 4);
    expect(r.expectedSales + r.expectedLostSales).toBeCloseTo(3192, 8);
  });

  it('orders the smallest Poisson quantity that reaches the critical ratio', () => {
    // Poisson cumulative table (e.g. Nahmias, Production and Operations Analysis, Appendix): mean 5, P(X <= 6) = 0.7622, P(X <= 7) = 0.8666.
    const r = newsvendor({ underageCost: 4, overageCost: 1, demand: { distribution: 'poisson', mean: 5 } });
    expect(r.quantity).toBe(7);
    expect(r.inStockProbability).toBeCloseTo(0.8666, 4);
    expect(newsvendor({ underageCost: 3, overageCost: 1, demand: { distribution: 'poisson', mean: 5 } }).quantity).toBe(6);
    expect(r.expectedSales + r.expectedLostSales).toBeCloseTo(5, 10);
    expect(r.expectedLeftover).toBeCloseTo(r.quantity - r.expectedSales, 12);
  });

  it('needs its costs', () => {
    expect(() => newsvendor({ demand: { distribution: 'normal', mean: 10, sd: 2 } })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('wagnerWhitin', () => {
  it('gives the published plan', () => {
    // Issue #6 (practiceops): order cost 500, holding cost 2, demand [90, 120, 80, 70] -> [210, 0, 150, 0] at 1380.
    const r = wagnerWhitin({ demand: [90, 120, 80, 70], orderCost: 500, holdingCost: 2 });
    expect(r.orders).toEqual([210, 0, 150, 0]);
    expect(r.totalCost).toBe(1380);
  });

  it('reproduces the original 12-period example of Wagner & Whitin (1958)', () => {
    // Wagner & Whitin, "Dynamic version of the economic lot size model", Management Science 5(1), 1958:
    // 12 months, varying setup costs, holding cost 1 per unit-month; optimal cost 864.
    const demand = [69, 29, 36, 61, 61, 26, 34, 67, 45, 67, 79, 56];
    const setup = [85, 102, 102, 101, 98, 114, 105, 86, 119, 110, 98, 114];
    const r = wagnerWhitin({ demand, orderCost: setup, holdingCost: 1 });
    expect(r.totalCost).toBe(864);
    expect(r.orders.reduce((a, b) => a + b, 0)).toBe(demand.reduce((a, b) => a + b, 0));
  });

  it('matches brute force over every order pattern', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 10 }),
        (demand, setup, holding) => {
          const r = wagnerWhitin({ demand, orderCost: setup, holdingCost: holding });
          const n = demand.length;
          let best = Infinity;
          for (let mask = 0; mask < 1 << (n - 1); mask++) {
            // period 0 always orders; bit i means an order in period i + 1
            let cost = 0;
            let start = 0;
            const close = (end: number): void => {
              const covered = demand.slice(start, end);
              if (covered.some((d) => d > 0)) cost += setup;
              covered.forEach((d, k) => (cost += d * k * holding));
            };
            for (let t = 1; t < n; t++) {
              if (mask & (1 << (t - 1))) {
                close(t);
                start = t;
              }
            }
            close(n);
            best = Math.min(best, cost);
          }
          return Math.abs(r.totalCost - best) < 1e-9 && r.orders.reduce((a, b) => a + b, 0) === demand.reduce((a, b) => a + b, 0);
        },
      ),
    );
  });

  it('rejects cost arrays of the wrong length', () => {
    expect(() => wagnerWhitin({ demand: [1, 2], orderCost: [1], holdingCost: 1 })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['orderCost'] }));
  });
});
