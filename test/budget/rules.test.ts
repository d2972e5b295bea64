import { describe, expect, it } from 'vitest';
import { isPracticeOpsError } from 'practiceops';
import { compilePolicy, evaluate } from 'practiceops/rules';
import { budgetCatalog, budgetPolicyJsonSchema, checkSpend, decideBudget, type BudgetContext, type BudgetSnapshotInput } from 'practiceops/budget';
import { aprilSnapshot, entry } from './fixture.js';

const context: BudgetContext = { today: '2026-04-10' };
const compile = (policy: Parameters<typeof compilePolicy>[1]) => compilePolicy<BudgetSnapshotInput, BudgetContext>(budgetCatalog, policy);

describe('budgetCatalog', () => {
  it('has six rules, a recommended and a strict preset, and a JSON Schema for its policy', () => {
    expect([...budgetCatalog.rules.keys()]).toEqual([
      'budget/account-over-budget',
      'budget/cost-centre-over-budget',
      'budget/forecast-over-budget',
      'budget/revenue-below-budget',
      'budget/total-over-budget',
      'budget/unbudgeted-spend',
    ]);
    expect(Object.keys(budgetCatalog.presets).sort()).toEqual(['recommended', 'strict']);
    expect(JSON.stringify(budgetPolicyJsonSchema())).toContain('budget/account-over-budget');
  });

  it('rejects unknown rules and bad options with a typed error', () => {
    expect(() => compile({ rules: { 'budget/nope': 'warn' } })).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    try {
      compile({ rules: { 'budget/account-over-budget': ['warn', { window: 'weekly' }] } });
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'INVALID_INPUT')).toBe(true);
    }
  });

  it('finds the daily review: staff north over its budget to date, unbudgeted IT, revenue short', () => {
    // Budget to date on April 10 (linear, both ends counted): staff 10,000 x 10/30 = 3,333.33.
    const findings = evaluate(compile({ extends: 'recommended', rules: { 'budget/account-over-budget': ['warn', { window: 'month' }] } }), aprilSnapshot(), context);
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id);
    const staff = byRule('budget/account-over-budget').find((f) => f.subject.id === 'staff');
    expect(staff?.data['decision']).toBe('stop'); // 6,800 of 3,333.33 = 204%
    expect(staff?.actual).toBe('204');
    expect(staff?.message).toContain('Support staff');
    const supplies = byRule('budget/account-over-budget').find((f) => f.subject.id === 'supplies');
    expect(supplies?.data['decision']).toBe('stop'); // 900 + 700 committed of (600 + 5.40 x 300) x 10/30 = 740 -> 216.22%
    expect(supplies?.actual).toBe('216.22');
    expect(byRule('budget/unbudgeted-spend').map((f) => f.subject.id)).toEqual(['it']);
    // Revenue year to date: 7,000 of 90,000 + 10,000 -> 7% -> stop (below 85%).
    expect(byRule('budget/revenue-below-budget')[0]?.data['decision']).toBe('stop');
  });

  it('respects the window, commitments and thresholds', () => {
    const noCommitted = evaluate(
      compile({ rules: { 'budget/account-over-budget': ['warn', { window: 'month', includeCommitted: false, accounts: ['supplies'], stopAtPercent: 150 }] } }),
      aprilSnapshot(),
      context,
    ).filter((f) => f.ruleId === 'budget/account-over-budget');
    expect(noCommitted).toHaveLength(1);
    expect(noCommitted[0]?.actual).toBe('121.62'); // 900 of 740
    expect(noCommitted[0]?.data['decision']).toBe('warn');
    const annual = evaluate(
      compile({ rules: { 'budget/account-over-budget': ['warn', { window: 'annual', basis: 'budget', warnAtPercent: 90 }] } }),
      aprilSnapshot(),
      context,
    ).filter((f) => f.ruleId === 'budget/account-over-budget');
    expect(annual).toEqual([]);
  });

  it('checks cost centres separately', () => {
    const findings = evaluate(compile({ rules: { 'budget/cost-centre-over-budget': ['warn', { window: 'month' }] } }), aprilSnapshot(), context).filter(
      (f) => f.ruleId === 'budget/cost-centre-over-budget',
    );
    // North: 5,600 + 900 + 700 + 400 = 7,600 of (6,000 + 2,220) x 1/3 = 2,740 -> stop; South: 1,200 of 1,333.33 -> nothing.
    expect(findings.map((f) => [f.subject.id, f.data['decision']])).toEqual([['north', 'stop']]);
  });

  it('forecasts at run rate and flags a year heading over budget', () => {
    const snapshot = aprilSnapshot();
    const findings = evaluate(compile({ rules: { 'budget/forecast-over-budget': ['warn', { level: 'accounts' }] } }), snapshot, { today: '2026-02-15' }).filter(
      (f) => f.ruleId === 'budget/forecast-over-budget',
    );
    expect(findings).toEqual([]); // April actuals are after February 15 -> nothing to date
  });

  it('returns nothing when today is outside the fiscal year', () => {
    expect(evaluate(compile({ extends: 'strict' }), aprilSnapshot(), { today: '2027-01-05' })).toEqual([]);
  });
});

describe('decideBudget', () => {
  const findings = () => evaluate(compile({ rules: { 'budget/account-over-budget': ['warn', { window: 'month' }] } }), aprilSnapshot(), context);

  it('returns stop with its reasons instead of throwing', () => {
    const decision = decideBudget(findings());
    expect(decision.outcome).toBe('stop');
    expect(decision.reasons[0]?.effective).toBe('stop');
    expect(decision.reasons.every((r) => typeof r.message === 'string' && r.message.length > 0)).toBe(true);
  });

  it("lets an approver's override clear a reason, and not after it expires", () => {
    const all = findings().filter((f) => f.ruleId === 'budget/account-over-budget');
    const overrides = all.map((f) => ({ ruleId: f.ruleId, subjectId: f.subject.id, approver: 'practice manager', reason: 'locum cover', approvedOn: '2026-04-09', expiresOn: '2026-04-30' }));
    const decision = decideBudget(all, { overrides, today: '2026-04-10' });
    expect(decision.outcome).toBe('ok');
    expect(decision.reasons.every((r) => r.override?.approver === 'practice manager' && r.decision === 'stop')).toBe(true);
    expect(decideBudget(all, { overrides, today: '2026-05-01' }).outcome).toBe('stop');
  });

  it('maps severities when a finding has no decision', () => {
    const base = { messageId: 'x', data: {}, message: 'm', subject: { type: 'budget', id: 'b' } };
    expect(decideBudget([{ ...base, ruleId: 'a/b', severity: 'error' }]).outcome).toBe('stop');
    expect(decideBudget([{ ...base, ruleId: 'a/b', severity: 'info' }]).outcome).toBe('ok');
    expect(decideBudget([]).outcome).toBe('ok');
  });
});

describe('checkSpend', () => {
  const compiled = compile({ rules: { 'budget/account-over-budget': ['error', { window: 'annual', basis: 'budget', warnAtPercent: 90, stopAtPercent: 100 }] } });

  it('passes a small order and stops one that takes the year over budget, without mutating the snapshot', () => {
    const snapshot = aprilSnapshot();
    const before = JSON.stringify(snapshot);
    const small = checkSpend(compiled, snapshot, [entry('supplies', '2026-04-10', '500', { costCentre: 'north' })], context);
    expect(small.outcome).toBe('ok');
    // Annual supplies budget: 12 x 2,220 = 26,640; 1,600 used; an order of 24,000 goes to 25,600 (96%) -> warn; 26,000 -> stop.
    expect(checkSpend(compiled, snapshot, [entry('supplies', '2026-04-10', '24000')], context).outcome).toBe('warn');
    const big = checkSpend(compiled, snapshot, [entry('supplies', '2026-04-10', '26000')], context);
    expect(big.outcome).toBe('stop');
    expect(big.reasons[0]?.subject.id).toBe('supplies');
    expect(JSON.stringify(snapshot)).toBe(before);
  });
});

describe('account-over-budget scoped to a cost centre', () => {
  it('checks one cost centre and names it in the subject', () => {
    const findings = evaluate(
      compile({ rules: { 'budget/account-over-budget': ['warn', { window: 'month', costCentre: 'south' }] } }),
      aprilSnapshot(),
      context,
    ).filter((f) => f.ruleId === 'budget/account-over-budget');
    // South staff: 1,200 of 4,000 x 10/30 = 1,333.33 -> 90%: nothing; with a 85% warning threshold it warns.
    expect(findings).toEqual([]);
    const lower = evaluate(
      compile({ rules: { 'budget/account-over-budget': ['warn', { window: 'month', costCentre: 'south', warnAtPercent: 85 }] } }),
      aprilSnapshot(),
      context,
    ).filter((f) => f.ruleId === 'budget/account-over-budget');
    expect(lower.map((f) => [f.subject.id, f.actual, f.data['decision']])).toEqual([['staff@south', '90', 'warn']]);
  });
});
