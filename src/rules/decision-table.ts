import { z } from 'zod';
import { ERROR_CODES, PracticeOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { err, ok, type Result } from '../core/result.js';

const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);

/**
 * A numeric range test on one input: any of `gt`, `gte`, `lt`, `lte`.
 *
 * @example
 * ```ts
 * RangeTestSchema.parse({ gt: 15, lte: 30 });
 * ```
 * @category Decision tables
 */
export const RangeTestSchema = z
  .object({ gt: z.number().optional(), gte: z.number().optional(), lt: z.number().optional(), lte: z.number().optional() })
  .strict()
  .refine((r) => !(r.gt !== undefined && r.gte !== undefined) && !(r.lt !== undefined && r.lte !== undefined), 'Use gt or gte, and lt or lte, not both');

/**
 * How a row tests one input: `'-'` (anything), a numeric range, or a set of allowed values.
 *
 * @example
 * ```ts
 * InputTestSchema.parse({ gte: 0, lt: 30 });
 * ```
 * @category Decision tables
 */
export const InputTestSchema = z.union([z.literal('-'), RangeTestSchema, z.object({ in: z.array(ScalarSchema).min(1) }).strict()]);

/**
 * How a row tests one input.
 *
 * @category Decision tables
 */
export type InputTest = z.infer<typeof InputTestSchema>;

/**
 * Hit policies as in DMN: `unique` (at most one row may match; more is an error), `first` (the
 * first matching row wins), `collect` (every matching row, in order).
 *
 * @example
 * ```ts
 * HitPolicySchema.parse('first');
 * ```
 * @category Decision tables
 */
export const HitPolicySchema = z.enum(['unique', 'first', 'collect']);

/**
 * A hit policy; see {@link HitPolicySchema}.
 *
 * @category Decision tables
 */
export type HitPolicy = z.infer<typeof HitPolicySchema>;

/**
 * A decision table's input column. `min` and `max` bound a numeric input's domain for the gap check.
 *
 * @example
 * ```ts
 * TableInputSchema.parse({ name: 'daysLeft', type: 'number', min: -365, max: 3650 });
 * ```
 * @category Decision tables
 */
export const TableInputSchema = z.object({
  name: z.string().min(1),
  type: z.enum(['number', 'string', 'boolean']),
  min: z.number().optional(),
  max: z.number().optional(),
});

/**
 * A decision table's input column.
 *
 * @category Decision tables
 */
export type TableInput = z.infer<typeof TableInputSchema>;

/**
 * A decision table as written: inputs, hit policy, and rows of tests and outputs.
 *
 * @typeParam Output - what a row decides
 * @category Decision tables
 */
export interface DecisionTableDefinition<Output> {
  /** The table id. */
  readonly id: string;
  /** The hit policy. */
  readonly hitPolicy: HitPolicy;
  /** The input columns. */
  readonly inputs: readonly TableInput[];
  /** The rows: a test per input (missing = `'-'`) and the output. */
  readonly rows: readonly { readonly when: Readonly<Record<string, InputTest>>; readonly then: Output; readonly note?: string }[];
}

/**
 * A validated decision table, ready to evaluate.
 *
 * @typeParam Output - what a row decides
 * @category Decision tables
 */
export interface DecisionTable<Output> extends DecisionTableDefinition<Output> {
  /** @internal compiled row predicates */
  readonly matchers: readonly ((facts: Readonly<Record<string, unknown>>) => boolean)[];
}

function matchesTest(test: InputTest, value: unknown): boolean {
  if (test === '-') return true;
  if ('in' in test) return test.in.includes(value as string | number | boolean);
  if (typeof value !== 'number' || Number.isNaN(value)) return false;
  return (
    (test.gt === undefined || value > test.gt) &&
    (test.gte === undefined || value >= test.gte) &&
    (test.lt === undefined || value < test.lt) &&
    (test.lte === undefined || value <= test.lte)
  );
}

/**
 * Validates a decision table and compiles its rows once.
 *
 * @param definition - id, hit policy, inputs and rows
 * @returns the table
 * @throws PracticeOpsError `INVALID_INPUT` for a malformed table or a row that tests an unknown input
 * @example
 * ```ts
 * const alertLevel = defineDecisionTable({
 *   id: 'credentials/alert-level',
 *   hitPolicy: 'unique',
 *   inputs: [{ name: 'daysLeft', type: 'number' }],
 *   rows: [
 *     { when: { daysLeft: { lt: 0 } }, then: 'overdue' },
 *     { when: { daysLeft: { gte: 0, lt: 30 } }, then: 'urgent' },
 *     { when: { daysLeft: { gte: 30 } }, then: 'ok' },
 *   ],
 * });
 * ```
 * @category Decision tables
 */
export function defineDecisionTable<Output>(definition: DecisionTableDefinition<Output>): DecisionTable<Output> {
  const shape = z.object({
    id: z.string().min(1),
    hitPolicy: HitPolicySchema,
    inputs: z.array(TableInputSchema).min(1),
    rows: z.array(z.object({ when: z.record(z.string(), InputTestSchema), then: z.unknown(), note: z.string().optional() })),
  });
  const parsed = parseInput(shape, definition, { label: `decision table ${String(definition?.id)}` });
  const names = new Set(parsed.inputs.map((input) => input.name));
  parsed.rows.forEach((row, index) => {
    for (const name of Object.keys(row.when)) {
      if (!names.has(name)) {
        throw new PracticeOpsError({
          code: ERROR_CODES.invalidInput,
          message: `Row ${index} of ${parsed.id} tests an unknown input ${JSON.stringify(name)}`,
          issues: [{ path: ['rows', index, 'when', name], message: 'unknown input', expected: [...names].join(' | '), received: JSON.stringify(name) }],
        });
      }
    }
  });
  const matchers = definition.rows.map((row) => {
    const tests = definition.inputs.map((input) => [input.name, row.when[input.name] ?? '-'] as const).filter(([, test]) => test !== '-');
    return (facts: Readonly<Record<string, unknown>>) => tests.every(([name, test]) => matchesTest(test, facts[name]));
  });
  return Object.freeze({ ...definition, matchers });
}

/**
 * The outcome of evaluating a decision table: the indexes of the rows that decided and their outputs.
 *
 * @typeParam Output - what a row decides
 * @category Decision tables
 */
export interface DecisionTableHit<Output> {
  /** Indexes of the deciding rows (one for `unique` and `first`, all matches for `collect`). */
  readonly rows: readonly number[];
  /** Their outputs, in the same order. */
  readonly outputs: readonly Output[];
}

/**
 * Evaluates a decision table on a record of facts, following its hit policy.
 *
 * @param table - the table
 * @param facts - the input values by name
 * @returns the hit (possibly empty), or a `CONFLICT` error when a `unique` table has more than one match
 * @example
 * ```ts
 * const hit = evaluateDecisionTable(alertLevel, { daysLeft: 12 });
 * if (hit.ok) hit.value.outputs[0]; // 'urgent'
 * ```
 * @category Decision tables
 */
export function evaluateDecisionTable<Output>(
  table: DecisionTable<Output>,
  facts: Readonly<Record<string, unknown>>,
): Result<DecisionTableHit<Output>> {
  const rows: number[] = [];
  for (let index = 0; index < table.matchers.length; index++) {
    if (!(table.matchers[index] as (f: Readonly<Record<string, unknown>>) => boolean)(facts)) continue;
    rows.push(index);
    if (table.hitPolicy === 'first') break;
  }
  if (table.hitPolicy === 'unique' && rows.length > 1) {
    return err(
      new PracticeOpsError({
        code: ERROR_CODES.conflict,
        message: `Decision table ${table.id} (unique) matched rows ${rows.join(', ')}`,
        issues: [{ path: ['rows'], message: 'more than one row matched', expected: 'at most one matching row', received: rows.join(', ') }],
      }),
    );
  }
  return ok({ rows, outputs: rows.map((index) => (table.rows[index] as { then: Output }).then) });
}

/**
 * One cell of the input space: for each input, a numeric interval or a value (`other` stands for
 * any value no row names).
 *
 * @category Decision tables
 */
export interface TableCell {
  /** The cell per input: a range for numbers, a value for strings and booleans. */
  readonly [input: string]:
    | { readonly from: number; readonly to: number; readonly fromInclusive: boolean; readonly toInclusive: boolean }
    | { readonly value: string | number | boolean | 'other' };
}

/**
 * What the static check of a decision table found.
 *
 * @category Decision tables
 */
export interface DecisionTableCheck {
  /** Parts of the input space that no row matches. */
  readonly gaps: readonly TableCell[];
  /** Parts of the input space that more than one row matches, with those rows. A problem for `unique` tables; for `first` they are shadowing. */
  readonly overlaps: readonly { readonly cell: TableCell; readonly rows: readonly number[] }[];
}

type Axis = { readonly name: string; readonly cells: readonly { readonly probe: unknown; readonly cell: TableCell[string] }[] };

function numericAxis(input: TableInput, tests: readonly InputTest[]): Axis {
  const low = input.min ?? Number.NEGATIVE_INFINITY;
  const high = input.max ?? Number.POSITIVE_INFINITY;
  const bounds = new Set<number>();
  for (const test of tests) {
    if (test === '-' || 'in' in test) continue;
    for (const b of [test.gt, test.gte, test.lt, test.lte]) if (b !== undefined && b >= low && b <= high) bounds.add(b);
  }
  if (Number.isFinite(low)) bounds.add(low);
  if (Number.isFinite(high)) bounds.add(high);
  const sorted = [...bounds].sort((a, b) => a - b);
  const cells: Axis['cells'][number][] = [];
  const open = (from: number, to: number) => {
    if (from >= to) return;
    const probe = Number.isFinite(from) && Number.isFinite(to) ? (from + to) / 2 : Number.isFinite(from) ? from + 1 : Number.isFinite(to) ? to - 1 : 0;
    cells.push({ probe, cell: { from, to, fromInclusive: false, toInclusive: false } });
  };
  let previous = low;
  for (const b of sorted) {
    open(previous, b);
    cells.push({ probe: b, cell: { from: b, to: b, fromInclusive: true, toInclusive: true } });
    previous = b;
  }
  open(previous, high);
  if (sorted.length === 0) open(low, high);
  return { name: input.name, cells };
}

function valueAxis(input: TableInput, tests: readonly InputTest[]): Axis {
  const values = new Set<string | number | boolean>(input.type === 'boolean' ? [true, false] : []);
  for (const test of tests) if (test !== '-' && 'in' in test) for (const v of test.in) values.add(v);
  const cells: Axis['cells'][number][] = [...values].map((value) => ({ probe: value, cell: { value } }));
  if (input.type !== 'boolean') cells.push({ probe: Symbol('other'), cell: { value: 'other' } });
  return { name: input.name, cells };
}

/**
 * Statically checks a decision table for gaps (input combinations no row matches) and overlaps
 * (combinations several rows match). The input space is cut into cells at every boundary any row
 * uses (numeric inputs: points and open intervals between them, within `min`/`max`; other inputs:
 * each value a row names, plus "other"), and every cell is tested, so the check is exact.
 *
 * @param table - the table
 * @param maxCells - a cap on the number of cells examined (100,000 by default)
 * @returns the gaps and overlaps
 * @throws PracticeOpsError `OUT_OF_DOMAIN` when the table has more cells than `maxCells`
 * @example
 * ```ts
 * const { gaps, overlaps } = checkDecisionTable(alertLevel); // both empty for a complete, unique table
 * ```
 * @category Decision tables
 */
export function checkDecisionTable<Output>(table: DecisionTable<Output>, maxCells = 100_000): DecisionTableCheck {
  const axes = table.inputs.map((input) => {
    const tests = table.rows.map((row) => row.when[input.name] ?? '-');
    return input.type === 'number' ? numericAxis(input, tests) : valueAxis(input, tests);
  });
  const total = axes.reduce((product, axis) => product * axis.cells.length, 1);
  if (total > maxCells) {
    throw new PracticeOpsError({
      code: ERROR_CODES.outOfDomain,
      message: `Decision table ${table.id} has ${total} cells to check, more than ${maxCells}`,
      issues: [{ path: ['rows'], message: 'too many cells', expected: `<= ${maxCells}`, received: String(total) }],
    });
  }
  const gaps: TableCell[] = [];
  const overlaps: { cell: TableCell; rows: number[] }[] = [];
  const index = axes.map(() => 0);
  for (let n = 0; n < total; n++) {
    const facts: Record<string, unknown> = {};
    const cell: Record<string, TableCell[string]> = {};
    axes.forEach((axis, a) => {
      const chosen = axis.cells[index[a] as number] as Axis['cells'][number];
      facts[axis.name] = chosen.probe;
      cell[axis.name] = chosen.cell;
    });
    const rows = table.matchers.flatMap((matcher, row) => (matcher(facts) ? [row] : []));
    if (rows.length === 0) gaps.push(cell);
    else if (rows.length > 1) overlaps.push({ cell, rows });
    for (let a = axes.length - 1; a >= 0; a--) {
      index[a] = (index[a] as number) + 1;
      if ((index[a] as number) < (axes[a] as Axis).cells.length) break;
      index[a] = 0;
    }
  }
  return { gaps, overlaps };
}
