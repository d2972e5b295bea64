import { describe, expect, it } from 'vitest';
import { parseBudgetLinesCsv, parseCostEntriesCsv } from 'practiceops/budget';

describe('parseBudgetLinesCsv', () => {
  it('reads lines with amounts as strings, quoted cells, grouped digits and driven lines', () => {
    const text = [
      'Account,Cost Centre,Period,Amount,Driver,Fixed,Rate,Note',
      'medical-supplies,north,2026-04,"3,000.10",,,,"gloves, gowns"',
      'support-staff-salaries,,2026-04,0.10,,,,',
      'lab,north,2026-04,,patients,600,5.40,per patient',
      '',
    ].join('\r\n');
    const r = parseBudgetLinesCsv(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual([
      { account: 'medical-supplies', costCentre: 'north', period: '2026-04', amount: '3000.10', note: 'gloves, gowns' },
      { account: 'support-staff-salaries', period: '2026-04', amount: '0.10' },
      { account: 'lab', costCentre: 'north', period: '2026-04', driven: { driver: 'patients', fixed: '600', rate: '5.40' }, note: 'per patient' },
    ]);
  });

  it('names the row and the column of every problem', () => {
    const r = parseBudgetLinesCsv('account,period,amount\nsupplies,2026-13,12.5x\n,2026-04,100\nit,2026-04,\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('MALFORMED_FILE');
    expect(r.error.issues.map((i) => i.path)).toEqual([
      ['row', 2, 'period'],
      ['row', 2, 'amount'],
      ['row', 3, 'account'],
      ['row', 4, 'amount'],
    ]);
    expect(r.error.issues[1]?.message).toBe('Row 2, column amount: "12.5x" is not a decimal number such as 1234.50');
    expect(r.error.issues[1]?.received).toBe('"12.5x"');
  });

  it('reports a missing required column and an unknown column in the header', () => {
    const r = parseBudgetLinesCsv('account,amount,colour\nsupplies,1\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => i.path)).toEqual([
      ['row', 1, 'colour'],
      ['row', 1, 'period'],
    ]);
  });

  it('reports an unclosed quote with its line', () => {
    const r = parseBudgetLinesCsv('account,period,amount\n"supplies,2026-04,1\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.path).toEqual(['line', 2]);
  });
});

describe('parseCostEntriesCsv', () => {
  it('reads actuals and commitments into CostEntry records without floats', () => {
    const text = 'date,account,cost_centre,amount,layer,reference,quantity\n2026-04-03,supplies,north,$1,250.00,committed,PO-9,\n2026-04-04,staff,north,(12.30),,,7.5\n'
      .replace('$1,250.00', '"$1,250.00"');
    const r = parseCostEntriesCsv(text, { currency: 'USD', source: 'ledger' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual([
      { source: 'ledger', account: 'supplies', costCentre: 'north', date: '2026-04-03', amount: { amount: '1250.00', currency: 'USD' }, layer: 'committed', reference: 'PO-9' },
      { source: 'ledger', account: 'staff', costCentre: 'north', date: '2026-04-04', amount: { amount: '-12.30', currency: 'USD' }, layer: 'actual', quantity: 7.5 },
    ]);
    // 0.1 + 0.2 stays exact: the amounts are strings, never numbers.
    const exact = parseCostEntriesCsv('date,account,amount\n2026-04-01,a,0.1\n2026-04-01,a,0.2\n', { currency: 'USD' });
    expect(exact.ok && exact.value.map((e) => typeof e.amount.amount)).toEqual(['string', 'string']);
  });

  it('names row and column for a bad date, a foreign currency and a bad layer', () => {
    const r = parseCostEntriesCsv('date,account,amount,currency,layer\n2026-02-30,a,1,USD,actual\n2026-04-01,a,1,EUR,actual\n2026-04-01,a,1,USD,posted\n', { currency: 'USD' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => i.path)).toEqual([
      ['row', 2, 'date'],
      ['row', 3, 'currency'],
      ['row', 4, 'layer'],
    ]);
  });

  it('rejects bad options as a Result, not a throw', () => {
    const r = parseCostEntriesCsv('date,account,amount\n', { currency: 'XXX' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
  });
});
