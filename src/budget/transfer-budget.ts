import { produceWithHistory } from '../core/internal/produce-with-history.js';
import type { StatePatch } from '../core/state-patch.js';
import { z } from 'zod';
import { ERROR_CODES, MoneySchema, parseInput, practiceOpsError, toMinorUnits, moneyFromMinorUnits, type Money } from '../core/index.js';
import { Dec } from '../core/internal/decimal.js';
import { resolveBudget } from './internal/resolve.js';
import { BudgetSchema, PeriodIdSchema, type Budget, type BudgetInput, type BudgetLine } from './schemas.js';

/**
 * One JSON patch operation (immer's format) recording a change to a budget, for an audit trail or undo.
 *
 * @category Budget
 */
export type BudgetPatch = StatePatch;

/**
 * Where a budget transfer takes from or gives to: an account, optionally a cost centre, and a period.
 *
 * @category Budget
 */
export interface BudgetLineKey {
  /** The account id. */
  readonly account: string;
  /** The cost centre id, if the line has one. */
  readonly costCentre?: string;
  /** The period id (`YYYY-MM`). */
  readonly period: string;
}

/**
 * A budget transfer (virement): moving an amount from one line to another, with its reason.
 *
 * @category Budget
 */
export interface BudgetTransfer {
  /** The line that gives. */
  readonly from: BudgetLineKey;
  /** The line that receives (created when it does not exist). */
  readonly to: BudgetLineKey;
  /** The amount, positive, in the budget's currency. */
  readonly amount: Money;
  /** Why. */
  readonly reason: string;
  /** Who approved it, if anyone. */
  readonly approvedBy?: string;
}

/**
 * The outcome of {@link transferBudget}: the new budget and the patches that lead to it and back.
 *
 * @category Budget
 */
export interface TransferredBudget {
  /** The budget after the transfer (the input is untouched). */
  readonly budget: Budget;
  /** Patches from the old budget to the new one. */
  readonly patches: readonly BudgetPatch[];
  /** Patches from the new budget back to the old one (undo). */
  readonly inversePatches: readonly BudgetPatch[];
}

const KeySchema = z.object({ account: z.string().min(1), costCentre: z.string().min(1).optional(), period: PeriodIdSchema }).strict();
const TransferSchema = z
  .object({ from: KeySchema, to: KeySchema, amount: MoneySchema, reason: z.string().min(1), approvedBy: z.string().min(1).optional() })
  .strict();


const sameKey = (line: BudgetLine, key: z.output<typeof KeySchema>): boolean =>
  line.account === key.account && line.costCentre === key.costCentre && line.period === key.period && line.amount !== undefined;

/**
 * Moves budget from one line to another (a virement) without touching the input: the giving line
 * (a fixed-amount line) goes down, the receiving line goes up or is created with the reason as its
 * note. The result is checked like {@link parseBudget}; the patches give an audit trail and undo.
 *
 * @param budget - the budget
 * @param transfer - from, to, amount, reason and approver
 * @returns the new budget with patches and inverse patches
 * @throws PracticeOpsError `UNKNOWN_REFERENCE` when no fixed-amount line matches `from`, `CONFLICT` when it holds less than the amount, `CURRENCY_MISMATCH`, `INVALID_INPUT`
 * @example
 * ```ts
 * const { budget: next, inversePatches } = transferBudget(budget, {
 *   from: { account: 'information-technology', period: '2026-04' },
 *   to: { account: 'medical-surgical-supplies', period: '2026-04' },
 *   amount: money('500', 'USD'),
 *   reason: 'Flu vaccine',
 * });
 * ```
 * @category Budget
 */
export function transferBudget(budget: BudgetInput | Budget, transfer: BudgetTransfer): TransferredBudget {
  const current = parseInput(BudgetSchema, budget, { label: 'budget' });
  const move = parseInput(TransferSchema, transfer, { label: 'budget transfer' });
  if (move.amount.currency !== current.currency) {
    throw practiceOpsError(ERROR_CODES.currencyMismatch, `The transfer is in ${move.amount.currency}; the budget is in ${current.currency}`, {
      path: ['amount', 'currency'],
      expected: current.currency,
      received: move.amount.currency,
    });
  }
  const minor = toMinorUnits(move.amount);
  if (minor <= 0n || moneyFromMinorUnits(minor, current.currency).amount !== new Dec(move.amount.amount).toFixed()) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'A transfer amount must be positive and a whole number of minor units', {
      path: ['amount', 'amount'],
      expected: 'a positive amount such as 500.00',
      received: move.amount.amount,
    });
  }
  const amount = new Dec(move.amount.amount);
  const fromIndex = current.lines.findIndex((line) => sameKey(line, move.from));
  const source = current.lines[fromIndex];
  if (source === undefined || source.amount === undefined) {
    throw practiceOpsError(ERROR_CODES.unknownReference, `No fixed-amount budget line for ${move.from.account} in ${move.from.period}`, {
      path: ['from'],
      expected: 'an existing line with an amount',
      received: JSON.stringify(move.from),
    });
  }
  if (new Dec(source.amount).lt(amount)) {
    throw practiceOpsError(ERROR_CODES.conflict, `The line holds ${source.amount}, less than the ${move.amount.amount} to transfer`, {
      path: ['amount', 'amount'],
      expected: `<= ${source.amount}`,
      received: move.amount.amount,
    });
  }
  const toIndex = current.lines.findIndex((line) => sameKey(line, move.to));
  const { next, patches, inversePatches } = produceWithHistory(current as unknown as { lines: BudgetLine[] }, (draft) => {
    const lines = draft.lines as { amount?: string }[];
    const giving = lines[fromIndex];
    if (giving !== undefined) giving.amount = new Dec(source.amount ?? '0').sub(amount).toFixed();
    const receiving = toIndex >= 0 ? lines[toIndex] : undefined;
    if (receiving !== undefined) {
      receiving.amount = new Dec(receiving.amount ?? '0').add(amount).toFixed();
    } else {
      (draft.lines as BudgetLine[]).push({
        account: move.to.account,
        ...(move.to.costCentre === undefined ? {} : { costCentre: move.to.costCentre }),
        period: move.to.period,
        amount: amount.toFixed(),
        note: `transfer: ${move.reason}${move.approvedBy === undefined ? '' : ` (approved by ${move.approvedBy})`}`,
      });
    }
  });
  const result = next as unknown as Budget;
  resolveBudget(result);
  return { budget: result, patches, inversePatches };
}
