import { describe, expectTypeOf, it } from 'vitest';
import type { Money } from 'practiceops';
import { budgetReport, budgetVariance, spreadAmount, type BudgetReportRow, type SpreadPart, type VarianceStatus } from 'practiceops/budget';

describe('budget types', () => {
  it('returns readonly data with money as Money', () => {
    expectTypeOf(spreadAmount).returns.toEqualTypeOf<readonly SpreadPart[]>();
    expectTypeOf<ReturnType<typeof budgetReport>['rows']>().toEqualTypeOf<readonly BudgetReportRow[]>();
    expectTypeOf<ReturnType<typeof budgetVariance>['variance']>().toEqualTypeOf<Money>();
    expectTypeOf<ReturnType<typeof budgetVariance>['status']>().toEqualTypeOf<VarianceStatus>();
  });

  it('does not take plain numbers as money', () => {
    // @ts-expect-error amounts are Money, not numbers
    budgetVariance({ budget: 100, actual: 120 });
  });
});
