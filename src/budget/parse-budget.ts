import { parseInput } from '../core/index.js';
import { resolveBudget } from './internal/resolve.js';
import { BudgetSchema, type Budget } from './schemas.js';

/**
 * Parses and checks a budget: the schema, then the references (every line's account, cost centre
 * and period exist; driven lines have a planned volume), the account tree (no unknown parents, no
 * cycles, a child has its parent's kind). Every problem is listed in the error's issues.
 *
 * @param input - the budget as data (JSON)
 * @returns the parsed budget with defaults filled in
 * @throws PracticeOpsError `INVALID_INPUT` (schema), `UNKNOWN_REFERENCE` (unknown account, cost centre) or `CONFLICT` (cycles, kinds, periods)
 * @example
 * ```ts
 * const budget = parseBudget({ name: 'FY2026', currency: 'USD', fiscalYearStart: '2026-01-01', accounts: [...], lines: [...] });
 * ```
 * @category Budget
 */
export function parseBudget(input: unknown): Budget {
  const budget = parseInput(BudgetSchema, input, { label: 'budget' });
  resolveBudget(budget);
  return budget;
}
