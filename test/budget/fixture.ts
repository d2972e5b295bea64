import { money, type CostEntry } from 'practiceops';
import type { BudgetInput, BudgetSnapshotInput } from 'practiceops/budget';

export const usd = (amount: string) => money(amount, 'USD');

/** A small clinic budget: calendar fiscal year, two cost centres, cost and revenue accounts. */
export function clinicBudget(): BudgetInput {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
  return {
    name: 'Clinic 2026',
    currency: 'USD',
    fiscalYearStart: '2026-01-01',
    accounts: [
      { id: 'revenue', name: 'Revenue', kind: 'revenue' },
      { id: 'visits-revenue', name: 'Visit revenue', kind: 'revenue', parent: 'revenue' },
      { id: 'costs', name: 'Operating costs', kind: 'cost' },
      { id: 'staff', name: 'Support staff', kind: 'cost', parent: 'costs' },
      { id: 'supplies', name: 'Medical supplies', kind: 'cost', parent: 'costs' },
      { id: 'it', name: 'Information technology', kind: 'cost', parent: 'costs' },
    ],
    costCentres: [
      { id: 'north', name: 'North clinic' },
      { id: 'south', name: 'South clinic' },
    ],
    lines: months.flatMap((period) => [
      { account: 'visits-revenue', period, amount: '30000' },
      { account: 'staff', costCentre: 'north', period, amount: '6000' },
      { account: 'staff', costCentre: 'south', period, amount: '4000' },
      { account: 'supplies', costCentre: 'north', period, driven: { driver: 'patients', fixed: '600', rate: '5.40' } },
    ]),
    volumes: months.map((period) => ({ driver: 'patients', period, volume: 300 })),
  };
}

export function entry(account: string, date: string, amount: string, extra: Partial<CostEntry> = {}): CostEntry {
  return { source: 'test', account, date, amount: usd(amount), layer: 'actual', ...extra };
}

/** April 2026: staff north over, supplies committed, an unbudgeted IT cost, revenue short. */
export function aprilSnapshot(): BudgetSnapshotInput {
  return {
    budget: clinicBudget(),
    entries: [
      entry('staff', '2026-04-03', '3500', { costCentre: 'north', source: 'rota' }),
      entry('staff', '2026-04-09', '2100', { costCentre: 'north', source: 'rota' }),
      entry('staff', '2026-04-08', '1200', { costCentre: 'south', source: 'rota' }),
      entry('supplies', '2026-04-02', '900', { costCentre: 'north', source: 'inventory' }),
      entry('supplies', '2026-04-06', '700', { costCentre: 'north', source: 'inventory', layer: 'committed', reference: 'PO-7' }),
      entry('it', '2026-04-05', '400', { costCentre: 'north' }),
      entry('visits-revenue', '2026-04-10', '7000'),
    ],
  };
}
