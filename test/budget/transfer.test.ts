import { applyPatches, enablePatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { parseBudget, transferBudget } from 'practiceops/budget';
import { clinicBudget, usd } from './fixture.js';

describe('transferBudget', () => {
  it('moves budget between lines without touching the input, with patches to undo', () => {
    const budget = parseBudget(clinicBudget());
    const before = JSON.stringify(budget);
    const { budget: next, patches, inversePatches } = transferBudget(budget, {
      from: { account: 'staff', costCentre: 'north', period: '2026-04' },
      to: { account: 'it', period: '2026-04' },
      amount: usd('500.00'),
      reason: 'scanner licence',
      approvedBy: 'Dr. Lee',
    });
    expect(JSON.stringify(budget)).toBe(before);
    const line = (b: typeof next, account: string, costCentre?: string) => b.lines.find((l) => l.account === account && l.costCentre === costCentre && l.period === '2026-04');
    expect(line(next, 'staff', 'north')?.amount).toBe('5500');
    expect(line(next, 'it')).toEqual({ account: 'it', period: '2026-04', amount: '500', note: 'transfer: scanner licence (approved by Dr. Lee)' });
    expect(patches.length).toBeGreaterThan(0);
    enablePatches();
    expect(applyPatches(next, inversePatches as never)).toEqual(budget);
    // A second transfer to the same line adds to it.
    const again = transferBudget(next, { from: { account: 'staff', costCentre: 'south', period: '2026-04' }, to: { account: 'it', period: '2026-04' }, amount: usd('250'), reason: 'more' });
    expect(line(again.budget, 'it')?.amount).toBe('750');
  });

  it('refuses to take more than a line holds, from a missing line, or to an unknown account', () => {
    const budget = parseBudget(clinicBudget());
    const move = { from: { account: 'staff', costCentre: 'north', period: '2026-04' }, to: { account: 'it', period: '2026-04' }, reason: 'x' };
    expect(() => transferBudget(budget, { ...move, amount: usd('6000.01') })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => transferBudget(budget, { ...move, from: { account: 'it', period: '2026-04' }, amount: usd('1') })).toThrow(expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }));
    expect(() => transferBudget(budget, { ...move, to: { account: 'ghost', period: '2026-04' }, amount: usd('1') })).toThrow(expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }));
    expect(() => transferBudget(budget, { ...move, amount: usd('0') })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => transferBudget(budget, { ...move, amount: usd('1.005') })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
