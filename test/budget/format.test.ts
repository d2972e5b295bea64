import { describe, expect, it } from 'vitest';
import { budgetReport, formatBudgetReport } from 'practiceops/budget';
import { aprilSnapshot } from './fixture.js';

describe('formatBudgetReport', () => {
  it('renders the tree, the unbudgeted bucket and totals with F/U marks', () => {
    const text = formatBudgetReport(budgetReport(aprilSnapshot(), { asOf: '2026-04-10', from: '2026-04', to: '2026-04' }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Clinic 2026: 2026-04-01 to 2026-04-30, as of 2026-04-10 (USD)');
    expect(lines[1]).toMatch(/^Account\s+Budget\s+To date\s+Actual\s+Committed\s+Remaining\s+Variance\s+% to date$/);
    const staff = lines.find((l) => l.trimStart().startsWith('Support staff'));
    // 10,000 budget; 3,333.33 to date; 6,800 actual; 3,466.67 over -> U, 204%
    expect(staff).toMatch(/^  Support staff\s+10,000\.00\s+3,333\.33\s+6,800\.00\s+0\.00\s+3,200\.00\s+3,466\.67 U\s+204%$/);
    expect(lines.some((l) => l.startsWith('<unbudgeted> Information technology'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Total costs'))).toBe(true);
  });

  it('keeps empty accounts when asked', () => {
    const report = budgetReport({ ...aprilSnapshot(), entries: [] }, { asOf: '2026-04-10', from: '2026-04', to: '2026-04' });
    expect(formatBudgetReport(report, { hideEmpty: false })).toContain('Information technology');
    expect(formatBudgetReport(report)).not.toContain('Information technology');
  });
});
