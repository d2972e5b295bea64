import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CostEntrySchema, sumMoney } from '../../src/core/index.js';
import { committedSpend, parseInventory, suggestOrders, type InventoryInput, type ItemPolicyInput } from '../../src/inventory/index.js';
import { samplePolicies, samplePractice, TODAY } from './sample-practice.js';

const usd = (amount: string) => ({ amount, currency: 'USD' });

/** One item, one vendor, one lot: the smallest inventory a policy can act on. */
function single(options: { quantity: number; packSize?: number; price?: string; moq?: number; minimumOrderValue?: string; breaks?: { minQuantity: number; unitPrice: { amount: string; currency: string } }[]; leadTime?: { meanDays: number; sdDays: number } }): InventoryInput {
  return {
    currency: 'USD',
    locations: [{ id: 'room', name: 'Room' }],
    vendors: [{ id: 'v', name: 'Vendor', leadTime: options.leadTime ?? { meanDays: 2, sdDays: 0 }, ...(options.minimumOrderValue ? { minimumOrderValue: usd(options.minimumOrderValue) } : {}) }],
    items: [
      {
        id: 'i',
        name: 'Item',
        offers: [{ vendorId: 'v', packSize: options.packSize ?? 10, unitPrice: usd(options.price ?? '5.00'), minimumOrderQuantity: options.moq ?? 1, priceBreaks: options.breaks ?? [] }],
      },
    ],
    lots: [{ id: 'l', itemId: 'i', locationId: 'room', expiresOn: '2030-01-01', quantity: options.quantity }],
  };
}

describe('suggestOrders on the sample practice', () => {
  const inventory = parseInventory(samplePractice());
  const result = suggestOrders(inventory, samplePolicies, TODAY);

  it('groups lines by vendor and keeps VFC and private stock on separate orders', () => {
    expect(result.orders.map((o) => `${o.vendorId}/${o.funding}`)).toEqual(['acme-medical/private', 'vfc-program/vfc']);
    const acme = result.orders[0];
    expect(acme?.lines.map((l) => l.itemId)).toEqual(['exam-paper', 'sanitizer']);
    for (const order of result.orders) for (const line of order.lines) expect(line.funding).toBe(order.funding);
  });

  it('refills PAR and min-max lines to whole packs, with the reason and its numbers', () => {
    const acme = result.orders[0];
    const paper = acme?.lines.find((l) => l.itemId === 'exam-paper');
    expect(paper).toMatchObject({ packs: 2, units: 24, packSize: 12, orderBy: TODAY, expectedOn: '2026-11-26', lineTotal: usd('96.00') });
    expect(paper?.reason).toMatchObject({ rule: 'par-level', position: 20, level: 40, policyUnits: 20, packsFromPolicy: 2, rounding: 'up' });
    // sanitizer: the expired lot does not count, so the position is 2 (<= min 4): order up to 12 -> 10 bottles -> 2 cases of 6
    const sanitizer = acme?.lines.find((l) => l.itemId === 'sanitizer');
    expect(sanitizer).toMatchObject({ packs: 2, units: 12, lineTotal: usd('60.00') });
    expect(sanitizer?.reason).toMatchObject({ rule: 'min-max', position: 2, level: 4, target: 12, policyUnits: 10 });
    expect(acme?.total).toEqual(usd('156.00'));
    expect(acme?.meetsMinimum).toBe(true);
  });

  it('flags lots that will expire before they are used', () => {
    expect(result.lotsExpiringBeforeUse.map((l) => l.lotId)).toEqual(['tb-ppd-a']);
    expect(result.lotsExpiringBeforeUse[0]?.usableUntil).toBe('2026-11-27');
  });

  it('produces committed cost entries for open purchase orders and projected ones for the suggestions', () => {
    expect(result.committedSpend).toHaveLength(1);
    const committed = result.committedSpend[0];
    expect(CostEntrySchema.parse(committed)).toEqual(committed);
    expect(committed).toMatchObject({ layer: 'committed', source: 'inventory', account: 'medical-surgical-supplies', date: '2026-11-18', amount: usd('28.00'), reference: 'PO-1001#1', quantity: 200 });
    expect(committedSpend(inventory)).toEqual(result.committedSpend);
    for (const entry of result.projectedSpend) {
      expect(CostEntrySchema.parse(entry)).toEqual(entry);
      expect(entry.layer).toBe('projected');
    }
    const total = sumMoney(result.orders.map((o) => o.total), 'USD');
    expect(sumMoney(result.projectedSpend.map((e) => e.amount), 'USD')).toEqual(total);
    expect(result.projectedSpend.find((e) => e.reference?.includes('exam-paper'))?.account).toBe('administrative-supplies');
  });

  it('does not mutate its inputs', () => {
    const input = samplePractice();
    const policies = structuredClone(samplePolicies);
    const before = JSON.stringify([input, policies]);
    suggestOrders(input, policies, TODAY, { horizonDays: 14 });
    expect(JSON.stringify([input, policies])).toBe(before);
  });

  it('looks ahead: lines due within the horizon get their order-by date', () => {
    const ahead = suggestOrders(inventory, samplePolicies, TODAY, { horizonDays: 30 });
    const gloves = ahead.orders.flatMap((o) => o.lines).find((l) => l.itemId === 'gloves-m');
    expect(gloves).toBeDefined();
    expect(gloves && gloves.orderBy > TODAY).toBe(true);
    expect(gloves?.reason.position).toBeLessThanOrEqual(gloves?.reason.level ?? 0);
    const acme = ahead.orders.find((o) => o.vendorId === 'acme-medical');
    expect(acme?.orderBy).toBe(TODAY); // the earliest line
  });
});

describe('suggestOrders policies', () => {
  it('wires the published reorder point into a suggestion', () => {
    // Issue #6 (practiceops): 20/day (sd 5), lead time 9 days (sd 2), 95 %: reorder point 250.268, safety stock 70.268.
    const inv = single({ quantity: 240, packSize: 1, leadTime: { meanDays: 9, sdDays: 2 } });
    const policy: ItemPolicyInput = { itemId: 'i', demand: { perDay: 20, sdPerDay: 5 }, policy: { kind: 'reorder-point', cycleServiceLevel: 0.95, orderQuantity: 100 } };
    const line = suggestOrders(inv, [policy], TODAY).orders[0]?.lines[0];
    expect(line?.reason.level).toBeCloseTo(250.268, 3);
    expect(line?.reason.safetyStock).toBeCloseTo(70.268, 3);
    expect(line?.units).toBe(100);
    // one unit above the reorder point: nothing to order
    expect(suggestOrders(single({ quantity: 251, packSize: 1, leadTime: { meanDays: 9, sdDays: 2 } }), [policy], TODAY).orders).toEqual([]);
  });

  it('honours < versus <= as the min-max trigger', () => {
    const at = single({ quantity: 50 });
    const lt: ItemPolicyInput = { itemId: 'i', demand: { perDay: 1 }, policy: { kind: 'min-max', min: 50, max: 100, trigger: '<' } };
    const le: ItemPolicyInput = { itemId: 'i', demand: { perDay: 1 }, policy: { kind: 'min-max', min: 50, max: 100, trigger: '<=' } };
    expect(suggestOrders(at, [lt], TODAY).orders).toHaveLength(0);
    expect(suggestOrders(at, [le], TODAY).orders[0]?.lines[0]?.packs).toBe(5);
  });

  it('rounds down or to the nearest pack, never to zero', () => {
    const inv = single({ quantity: 10 });
    const base = { itemId: 'i', demand: { perDay: 1 }, policy: { kind: 'min-max' as const, min: 20, max: 14 + 10 } };
    // need 14 units, packs of 10
    expect(suggestOrders(inv, [{ ...base, rounding: 'up' }], TODAY).orders[0]?.lines[0]?.packs).toBe(2);
    expect(suggestOrders(inv, [{ ...base, rounding: 'down' }], TODAY).orders[0]?.lines[0]?.packs).toBe(1);
    expect(suggestOrders(inv, [{ ...base, rounding: 'nearest' }], TODAY).orders[0]?.lines[0]?.packs).toBe(1);
    const small = { ...base, policy: { kind: 'min-max' as const, min: 12, max: 13 } }; // need 3 units
    expect(suggestOrders(inv, [{ ...small, rounding: 'down' }], TODAY).orders[0]?.lines[0]?.packs).toBe(1);
  });

  it('applies the vendor minimum order quantity after the policy, and says so', () => {
    const line = suggestOrders(single({ quantity: 5, moq: 4 }), [{ itemId: 'i', demand: { perDay: 1 }, policy: { kind: 'min-max', min: 10, max: 20 } }], TODAY).orders[0]?.lines[0];
    expect(line?.packs).toBe(4);
    expect(line?.reason).toMatchObject({ packsFromPolicy: 2, minimumOrderQuantity: 4, raisedToMinimumOrderQuantity: true, level: 10 });
  });

  it('moves up to a price break when that costs less in total (all-units)', () => {
    const inv = single({ quantity: 0, price: '10.00', breaks: [{ minQuantity: 10, unitPrice: usd('8.00') }] });
    const line = suggestOrders(inv, [{ itemId: 'i', demand: { perDay: 1 }, policy: { kind: 'min-max', min: 10, max: 90 } }], TODAY).orders[0]?.lines[0];
    // 9 packs at 10.00 = 90.00; 10 packs at 8.00 = 80.00
    expect(line).toMatchObject({ packs: 10, unitPrice: usd('8.00'), lineTotal: usd('80.00') });
    expect(line?.reason.priceBreakPacks).toBe(10);
  });

  it('tops an order up to the vendor minimum value, pulling forward items not yet due', () => {
    const inv: InventoryInput = {
      ...single({ quantity: 5, price: '10.00', minimumOrderValue: '100.00' }),
      items: [
        { id: 'i', name: 'Item', offers: [{ vendorId: 'v', packSize: 10, unitPrice: usd('10.00') }] },
        { id: 'j', name: 'Other', offers: [{ vendorId: 'v', packSize: 1, unitPrice: usd('20.00') }] },
      ],
      lots: [
        { id: 'l', itemId: 'i', locationId: 'room', expiresOn: '2030-01-01', quantity: 5 },
        { id: 'm', itemId: 'j', locationId: 'room', expiresOn: '2030-01-01', quantity: 4 },
      ],
    };
    const policies: ItemPolicyInput[] = [
      { itemId: 'i', demand: { perDay: 10 }, policy: { kind: 'min-max', min: 10, max: 25 } },
      { itemId: 'j', demand: { perDay: 1 }, policy: { kind: 'min-max', min: 2, max: 6 } },
    ];
    const order = suggestOrders(inv, policies, TODAY).orders[0];
    expect(order?.meetsMinimum).toBe(true);
    expect(Number(order?.total.amount)).toBeGreaterThanOrEqual(100);
    expect(Number(order?.total.amount)).toBeLessThan(100 + 20);
    // i has 0.5 days of cover, j 4 days: packs go to i first
    const i = order?.lines.find((l) => l.itemId === 'i');
    expect(i?.reason.toppedUpPacks).toBeGreaterThan(0);
    const off = suggestOrders(inv, policies, TODAY, { topUpToMinimum: false }).orders[0];
    expect(off?.meetsMinimum).toBe(false);
    expect(off?.total).toEqual(usd('20.00'));
  });

  it('orders on review days only for periodic policies', () => {
    const inv = single({ quantity: 5 });
    const policy = (first: string): ItemPolicyInput => ({ itemId: 'i', demand: { perDay: 2, sdPerDay: 1 }, policy: { kind: 'order-up-to', reviewEveryDays: 7, firstReviewOn: first } });
    expect(suggestOrders(inv, [policy('2026-11-16')], TODAY).orders).toHaveLength(1);
    expect(suggestOrders(inv, [policy('2026-11-17')], TODAY).orders).toHaveLength(0);
  });

  it('lists items that need an order but have no vendor offer', () => {
    const inv = single({ quantity: 0 });
    const r = suggestOrders(inv, [{ itemId: 'i', funding: 'vfc', demand: { perDay: 1 }, policy: { kind: 'min-max', min: 5, max: 10 } }], TODAY);
    expect(r.orders).toEqual([]);
    expect(r.unorderable).toEqual([{ itemId: 'i', funding: 'vfc', reason: 'no vendor offers Item for vfc stock' }]);
  });

  it('min-max orders always reach max when rounding up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 50 }), (stock, min, spread, packSize) => {
        const max = min + spread;
        const inv = single({ quantity: stock, packSize });
        const r = suggestOrders(inv, [{ itemId: 'i', demand: { perDay: 1 }, policy: { kind: 'min-max', min, max } }], TODAY);
        const line = r.orders[0]?.lines[0];
        if (stock > min) return line === undefined;
        return line !== undefined && line.packs >= 1 && stock + line.units >= max && stock + line.units < max + packSize;
      }),
    );
  });

  it('rejects bad policies and dates with typed errors', () => {
    const inv = single({ quantity: 0 });
    expect(() => suggestOrders(inv, [{ itemId: 'nope', policy: { kind: 'min-max', min: 1, max: 2 } }], TODAY)).toThrowError(expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: [0, 'itemId'] }));
    const twice: ItemPolicyInput = { itemId: 'i', policy: { kind: 'min-max', min: 1, max: 2 } };
    expect(() => suggestOrders(inv, [twice, twice], TODAY)).toThrowError(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => suggestOrders(inv, [twice], '2026-02-30')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => suggestOrders(inv, [{ itemId: 'i', policy: { kind: 'min-max', min: -1, max: 2 } }], TODAY)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'policy', 'min'] }));
  });
});

describe('suggestOrders with EOQ', () => {
  it('uses the vendor order cost and the holding rate on the unit price', () => {
    // 10 a day (3,650 a year), order cost $10, $2.00 a unit at 25 % a year (H = $0.50): EOQ = sqrt(2 x 3650 x 10 / 0.5) = 382.1 -> 39 packs of 10.
    const inv: InventoryInput = {
      ...single({ quantity: 0, packSize: 10, price: '20.00' }),
      vendors: [{ id: 'v', name: 'Vendor', leadTime: { meanDays: 2, sdDays: 0 }, orderCost: usd('10.00') }],
    };
    const line = suggestOrders(inv, [{ itemId: 'i', demand: { perDay: 10, sdPerDay: 0 }, policy: { kind: 'reorder-point', orderQuantity: 'eoq' } }], TODAY).orders[0]?.lines[0];
    expect(line?.reason.orderQuantity).toBeCloseTo(Math.sqrt((2 * 3650 * 10) / 0.5), 9);
    expect(line?.reason.level).toBeCloseTo(20, 9); // no variability: d x L
    expect(line?.packs).toBe(39);
  });

  it('takes quantity discounts into the EOQ', () => {
    // Same item with an all-units break at 50 packs for $1.60 a unit: the 500-unit tier is cheaper per year
    // (3650 x 1.6 + 73 + 100 = 6013 against 3650 x 2 + 191 = 7491), so Q moves up to the break.
    const inv: InventoryInput = {
      ...single({ quantity: 0, packSize: 10, price: '20.00', breaks: [{ minQuantity: 50, unitPrice: usd('16.00') }] }),
      vendors: [{ id: 'v', name: 'Vendor', leadTime: { meanDays: 2, sdDays: 0 }, orderCost: usd('10.00') }],
    };
    const line = suggestOrders(inv, [{ itemId: 'i', demand: { perDay: 10, sdPerDay: 0 }, policy: { kind: 'reorder-point', orderQuantity: 'eoq' } }], TODAY).orders[0]?.lines[0];
    expect(line?.packs).toBe(50);
    expect(line?.unitPrice).toEqual(usd('16.00'));
  });
});

describe('suggestOrders and storage capacity', () => {
  const fridgeInventory = (capacity: number): InventoryInput => ({
    currency: 'USD',
    locations: [{ id: 'fridge', name: 'Fridge', storage: 'fridge', capacity }],
    vendors: [{ id: 'v', name: 'Vendor' }],
    items: [{ id: 'vax', name: 'Vaccine', storage: 'fridge', unitVolume: 0.1, offers: [{ vendorId: 'v', packSize: 10, unitPrice: usd('150.00') }] }],
    lots: [{ id: 'l', itemId: 'vax', locationId: 'fridge', expiresOn: '2030-01-01', quantity: 100 }],
  });
  const policy: ItemPolicyInput = { itemId: 'vax', demand: { perDay: 5 }, receiveAt: 'fridge', policy: { kind: 'min-max', min: 150, max: 400 } };

  it('cuts an order to the free space at the receiving location', () => {
    // 100 doses x 0.1 L = 10 L used of 25 L: 15 L free = 150 doses = 15 packs, where the policy wants 30 packs
    const line = suggestOrders(fridgeInventory(25), [policy], TODAY).orders[0]?.lines[0];
    expect(line?.packs).toBe(15);
    expect(line?.reason.cappedByCapacityFrom).toBe(30);
    expect(suggestOrders(fridgeInventory(100), [policy], TODAY).orders[0]?.lines[0]?.reason.cappedByCapacityFrom).toBeUndefined();
  });

  it('lists the item as unorderable when not even one pack fits', () => {
    const r = suggestOrders(fridgeInventory(10.5), [policy], TODAY);
    expect(r.orders).toEqual([]);
    expect(r.unorderable[0]?.reason).toBe('Fridge has no room for a minimum order of Vaccine');
  });
});
