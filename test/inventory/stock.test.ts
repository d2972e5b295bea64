import { describe, expect, it } from 'vitest';
import {
  applyMovements,
  estimateDemand,
  lotUsableUntil,
  parseInventory,
  projectLotUse,
  roundToPacks,
  safeParseInventory,
  stockPosition,
  type InventoryInput,
} from '../../src/inventory/index.js';
import fc from 'fast-check';
import { samplePractice, TODAY } from './sample-practice.js';

function tiny(): InventoryInput {
  return {
    currency: 'USD',
    locations: [{ id: 'fridge', name: 'Fridge', storage: 'fridge' }],
    vendors: [{ id: 'v', name: 'Vendor' }],
    items: [{ id: 'vax', name: 'Vaccine', unit: 'dose', storage: 'fridge', offers: [{ vendorId: 'v', packSize: 10, unitPrice: { amount: '100', currency: 'USD' } }] }],
    lots: [
      { id: 'a', itemId: 'vax', locationId: 'fridge', expiresOn: '2026-11-30', quantity: 50 },
      { id: 'b', itemId: 'vax', locationId: 'fridge', expiresOn: '2026-12-31', quantity: 40, reserved: 10 },
      { id: 'old', itemId: 'vax', locationId: 'fridge', expiresOn: '2026-11-01', quantity: 5 },
    ],
    purchaseOrders: [
      { id: 'po', vendorId: 'v', orderedOn: '2026-11-20', expectedOn: '2026-11-27', lines: [{ itemId: 'vax', quantity: 3, packSize: 10, unitPrice: { amount: '100', currency: 'USD' }, receivedQuantity: 1 }] },
    ],
  };
}

describe('lotUsableUntil', () => {
  it('uses 28 days after first opening for a multi-dose vial (CDC Vaccine Storage and Handling Toolkit: beyond-use date)', () => {
    const item = { id: 'ppd', name: 'PPD', multiDose: { dosesPerContainer: 10 } };
    expect(lotUsableUntil({ id: 'l', itemId: 'ppd', locationId: 'f', expiresOn: '2027-06-30', openedOn: '2026-11-02', quantity: 7 }, item)).toBe('2026-11-30');
    // never later than the manufacturer's expiry
    expect(lotUsableUntil({ id: 'l', itemId: 'ppd', locationId: 'f', expiresOn: '2026-11-10', openedOn: '2026-11-02', quantity: 7 }, item)).toBe('2026-11-10');
    // unopened: the expiry date
    expect(lotUsableUntil({ id: 'l', itemId: 'ppd', locationId: 'f', expiresOn: '2027-06-30', quantity: 7 }, item)).toBe('2027-06-30');
    // an explicit beyond-use date wins when earlier
    expect(lotUsableUntil({ id: 'l', itemId: 'ppd', locationId: 'f', expiresOn: '2027-06-30', beyondUseDate: '2026-12-01', quantity: 7 }, item)).toBe('2026-12-01');
  });

  it('rejects a lot of another item', () => {
    expect(() => lotUsableUntil({ id: 'l', itemId: 'x', locationId: 'f', expiresOn: '2027-06-30', quantity: 1 }, { id: 'ppd', name: 'PPD' })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }),
    );
  });
});

describe('projectLotUse (earliest expiry first)', () => {
  it('uses the earliest-expiring lot first and flags what will expire unused', () => {
    const rows = projectLotUse(tiny(), 'vax', '2026-11-23', 5);
    expect(rows.map((r) => r.lotId)).toEqual(['old', 'a', 'b']);
    const [old, a, b] = rows;
    expect(old?.expired).toBe(true);
    expect(old?.projectedWaste).toBe(5);
    // lot a: 8 usable days (23..30) x 5 = 40 used of 50, 10 wasted
    expect(a?.projectedUse).toBe(40);
    expect(a?.projectedWaste).toBe(10);
    // lot b: 30 available (10 reserved), 39 days to 31 Dec: demand through then 195 - 40 already used -> all 30 used
    expect(b?.projectedUse).toBe(30);
    expect(b?.projectedWaste).toBe(0);
    expect(b?.firstUseOn).toBe('2026-12-01');
  });

  it('never creates or loses units', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ q: fc.integer({ min: 0, max: 200 }), d: fc.integer({ min: -10, max: 120 }) }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (lots, perDay) => {
          const inv: InventoryInput = {
            currency: 'USD',
            locations: [{ id: 'r', name: 'Room' }],
            items: [{ id: 'i', name: 'Item' }],
            lots: lots.map((lot, k) => ({ id: `l${k}`, itemId: 'i', locationId: 'r', expiresOn: addDays('2026-11-23', lot.d), quantity: lot.q })),
          };
          const rows = projectLotUse(inv, 'i', '2026-11-23', perDay);
          const total = lots.reduce((a, l) => a + l.q, 0);
          const accounted = rows.reduce((a, r) => a + r.projectedUse + r.projectedWaste, 0);
          const used = rows.reduce((a, r) => a + r.projectedUse, 0);
          const horizon = Math.max(0, ...lots.map((l) => l.d + 1));
          return Math.abs(total - accounted) < 1e-6 && used <= perDay * horizon + 1e-6;
        },
      ),
    );
  });
});

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('stockPosition', () => {
  it('is usable on hand before expiry, minus what will expire unused, minus reserved, plus on order', () => {
    const p = stockPosition(tiny(), 'vax', '2026-11-23', { demandPerDay: 5 });
    expect(p.onHand).toBe(95);
    expect(p.expired).toBe(5);
    expect(p.usableOnHand).toBe(90);
    expect(p.expiringUnused).toBe(10);
    expect(p.reserved).toBe(10);
    expect(p.onOrder).toBe(20); // 3 packs ordered, 1 received, 10 per pack
    expect(p.position).toBe(90 - 10 - 10 + 20);
  });

  it('counts private and VFC stock apart', () => {
    const inv = parseInventory(samplePractice());
    const priv = stockPosition(inv, 'flu-vaccine', TODAY, { funding: 'private' });
    const vfc = stockPosition(inv, 'flu-vaccine', TODAY, { funding: 'vfc' });
    expect(priv.onHand).toBe(160);
    expect(vfc.onHand).toBe(35);
  });
});

describe('estimateDemand', () => {
  it('averages the use history, or takes the given rate', () => {
    const inv = parseInventory(samplePractice());
    const estimated = estimateDemand(inv, { itemId: 'gloves-m', policy: { kind: 'min-max', min: 0, max: 0 }, forecast: { method: 'moving-average', window: 60 }, lookbackDays: 60 }, TODAY);
    const uses = inv.movements.filter((m) => m.type === 'use' && m.lotId === 'gloves-a');
    const total = uses.reduce((a, m) => a + (m.type === 'use' ? m.quantity : 0), 0);
    expect(estimated.perDay).toBeCloseTo(total / 60, 10);
    expect(estimated.days).toBe(60);
    const given = estimateDemand(inv, { itemId: 'gloves-m', policy: { kind: 'min-max', min: 0, max: 0 }, demand: { perDay: 42, sdPerDay: 4 } }, TODAY);
    expect(given).toEqual({ perDay: 42, sdPerDay: 4, source: 'given', days: 0 });
  });
});

describe('roundToPacks', () => {
  it('rounds up, down or to the nearest pack and never to zero', () => {
    expect(roundToPacks(250, 100)).toBe(3);
    expect(roundToPacks(250, 100, 'down')).toBe(2);
    expect(roundToPacks(240, 100, 'nearest')).toBe(2);
    expect(roundToPacks(20, 100, 'down')).toBe(1);
    expect(roundToPacks(20, 100, 'nearest')).toBe(1);
    expect(roundToPacks(0, 100)).toBe(0);
    expect(() => roundToPacks(10, 0)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: [] }));
  });

  it('stays within one pack of the need', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e5, noNaN: true }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom('up', 'down', 'nearest' as const), (units, size, mode) => {
        const packs = roundToPacks(units, size, mode);
        return packs >= 1 && Math.abs(packs * size - units) <= size && (mode !== 'up' || packs * size >= units - 1e-6);
      }),
    );
  });
});

describe('parseInventory', () => {
  it('rejects a lot for an unknown item with UNKNOWN_REFERENCE and its path', () => {
    const bad = { ...tiny(), lots: [{ id: 'x', itemId: 'nope', locationId: 'fridge', expiresOn: '2027-01-01', quantity: 1 }] };
    const r = safeParseInventory(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('UNKNOWN_REFERENCE');
      expect(r.error.path).toEqual(['lots', 0, 'itemId']);
      expect(r.error.received).toBe('"nope"');
    }
  });

  it('rejects a pack size of zero and a negative lead time with INVALID_INPUT', () => {
    const zeroPack = tiny();
    const items = zeroPack.items as { offers: { packSize: number }[] }[];
    (items[0] as { offers: { packSize: number }[] }).offers[0] = { ...(items[0]?.offers[0] as object), packSize: 0 } as { packSize: number };
    expect(() => parseInventory(zeroPack)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['items', 0, 'offers', 0, 'packSize'], expected: '> 0', received: '0' }));
    const negativeLead = { ...tiny(), vendors: [{ id: 'v', name: 'Vendor', leadTime: { meanDays: -2 } }] };
    expect(() => parseInventory(negativeLead)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['vendors', 0, 'leadTime', 'meanDays'] }));
  });

  it('rejects duplicate ids, prices in another currency and reserved above quantity', () => {
    expect(safeParseInventory({ ...tiny(), locations: [{ id: 'fridge', name: 'A' }, { id: 'fridge', name: 'B' }] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(safeParseInventory({ ...tiny(), currency: 'EUR' })).toMatchObject({ ok: false, error: { code: 'CURRENCY_MISMATCH' } });
    expect(safeParseInventory({ ...tiny(), lots: [{ id: 'a', itemId: 'vax', locationId: 'fridge', expiresOn: '2026-11-30', quantity: 1, reserved: 2 }] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', path: ['lots', 0, 'reserved'] },
    });
  });
});

describe('applyMovements', () => {
  it('applies use, waste, transfer, count and receipts without touching the input', () => {
    const input = tiny();
    const before = JSON.stringify(input);
    const { inventory, patches, inversePatches } = applyMovements(input, [
      { type: 'use', date: '2026-11-23', lotId: 'a', quantity: 5, patientFunding: 'private' },
      { type: 'waste', date: '2026-11-23', lotId: 'old', quantity: 5, reason: 'expired' },
      { type: 'transfer', date: '2026-11-23', lotId: 'b', quantity: 10, toLocationId: 'fridge', newLotId: 'b2' },
      { type: 'count', date: '2026-11-23', lotId: 'a', counted: 44 },
      { type: 'receipt', date: '2026-11-23', lotId: 'b', quantity: 20, purchaseOrderId: 'po' },
    ]);
    expect(JSON.stringify(input)).toBe(before);
    const lots = Object.fromEntries(inventory.lots.map((l) => [l.id, l.quantity]));
    expect(lots).toEqual({ a: 44, b: 50, old: 0, b2: 10 });
    expect(inventory.purchaseOrders[0]?.status).toBe('received');
    expect(inventory.movements).toHaveLength(5);
    expect(patches.length).toBeGreaterThan(0);
    expect(inversePatches.length).toBeGreaterThan(0);
  });

  it('refuses to take more than a lot holds, or an unknown lot', () => {
    expect(() => applyMovements(tiny(), [{ type: 'use', date: '2026-11-23', lotId: 'a', quantity: 51 }])).toThrowError(expect.objectContaining({ code: 'CONFLICT', path: [0, 'quantity'] }));
    expect(() => applyMovements(tiny(), [{ type: 'use', date: '2026-11-23', lotId: 'zz', quantity: 1 }])).toThrowError(expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: [0, 'lotId'] }));
  });
});
