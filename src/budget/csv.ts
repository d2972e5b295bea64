import { z } from 'zod';
import {
  CostEntrySchema,
  CurrencyCodeSchema,
  err,
  ERROR_CODES,
  IsoDateSchema,
  ok,
  PracticeOpsError,
  safeParseInput,
  type CostEntry,
  type ErrorIssue,
  type Result,
} from '../core/index.js';
import { headerKey, readAmountCell, splitCsv, type CsvRecord } from './internal/csv.js';
import { BudgetLineSchema, PeriodIdSchema, type BudgetLine } from './schemas.js';

interface Table {
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly CsvRecord[];
}

function readTable(text: string, required: readonly string[], known: readonly string[], issues: ErrorIssue[]): Table | undefined {
  const { records, error } = splitCsv(text);
  if (error !== undefined) {
    issues.push({ path: ['line', error.line], message: `Line ${error.line}: ${error.message}`, expected: 'a closing quote', received: 'end of file' });
    return undefined;
  }
  const header = records[0];
  if (header === undefined) {
    issues.push({ path: ['row', 1], message: 'The file is empty: expected a header row', expected: required.join(','), received: 'nothing' });
    return undefined;
  }
  const columns = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === '') return;
    if (!known.includes(key)) {
      issues.push({ path: ['row', 1, cell], message: `Row 1 (header), column ${JSON.stringify(cell)}: unknown column`, expected: known.join(' | '), received: JSON.stringify(cell) });
    } else if (columns.has(key)) {
      issues.push({ path: ['row', 1, cell], message: `Row 1 (header), column ${cell}: appears twice`, expected: 'each column once', received: JSON.stringify(cell) });
    } else {
      columns.set(key, index);
    }
  });
  for (const name of required) {
    if (!columns.has(name)) issues.push({ path: ['row', 1, name], message: `Row 1 (header): the required column ${name} is missing`, expected: name, received: header.cells.join(',') });
  }
  return { columns, rows: records.slice(1) };
}

function cellOf(table: Table, record: CsvRecord, column: string): string | undefined {
  const index = table.columns.get(column);
  if (index === undefined) return undefined;
  const value = record.cells[index]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function malformed(kind: string, issues: readonly ErrorIssue[]): PracticeOpsError {
  const first = issues[0];
  return new PracticeOpsError({
    code: ERROR_CODES.malformedFile,
    message: `The ${kind} CSV has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${first?.message ?? ''}`,
    issues,
  });
}

function readAmount(row: number, column: string, raw: string | undefined, issues: ErrorIssue[], required: boolean): string | undefined {
  if (raw === undefined) {
    if (required) issues.push({ path: ['row', row, column], message: `Row ${row}, column ${column}: a value is required`, expected: 'a decimal number', received: 'empty' });
    return undefined;
  }
  const read = readAmountCell(raw);
  if (read.ok) return read.value;
  issues.push({ path: ['row', row, column], message: `Row ${row}, column ${column}: ${JSON.stringify(raw)} ${read.message}`, expected: 'a decimal number such as 1234.50', received: JSON.stringify(raw) });
  return undefined;
}

function require(row: number, column: string, value: string | undefined, issues: ErrorIssue[]): string | undefined {
  if (value === undefined) issues.push({ path: ['row', row, column], message: `Row ${row}, column ${column}: a value is required`, expected: `a ${column}`, received: 'empty' });
  return value;
}

const LINE_COLUMNS = ['account', 'cost_centre', 'period', 'amount', 'driver', 'fixed', 'rate', 'note'] as const;

/**
 * Reads budget lines from CSV text with a header row. Columns: `account`, `period` (`YYYY-MM`) and
 * either `amount` or `driver` + `rate` (+ `fixed`); optional `cost_centre` and `note`. Amounts are
 * read as strings, never as floats (`1,234.50`, `(12.00)` and a leading `$` are understood).
 * Every problem is reported with its row (the header is row 1) and column.
 *
 * @param text - the CSV text
 * @returns the budget lines, or a `MALFORMED_FILE` error whose issues have paths `['row', n, column]`
 * @example
 * ```ts
 * const r = parseBudgetLinesCsv('account,period,amount\nmedical-supplies,2026-04,3000.00\n');
 * if (r.ok) r.value[0]?.amount; // '3000.00'
 * ```
 * @category CSV
 */
export function parseBudgetLinesCsv(text: string): Result<readonly BudgetLine[]> {
  const issues: ErrorIssue[] = [];
  const textCheck = safeParseInput(z.string(), text, { label: 'CSV text' });
  if (!textCheck.ok) return textCheck;
  const table = readTable(text, ['account', 'period'], LINE_COLUMNS, issues);
  if (table === undefined || issues.length > 0) return err(malformed('budget lines', issues));
  const lines: BudgetLine[] = [];
  for (const [index, record] of table.rows.entries()) {
    const row = index + 2; // the header is row 1, as a spreadsheet shows it
    const before = issues.length;
    const account = require(row, 'account', cellOf(table, record, 'account'), issues);
    const period = require(row, 'period', cellOf(table, record, 'period'), issues);
    if (period !== undefined && !PeriodIdSchema.safeParse(period).success) {
      issues.push({ path: ['row', row, 'period'], message: `Row ${row}, column period: ${JSON.stringify(period)} is not a period`, expected: 'YYYY-MM', received: JSON.stringify(period) });
    }
    const rawAmount = cellOf(table, record, 'amount');
    const driver = cellOf(table, record, 'driver');
    const amount = readAmount(row, 'amount', rawAmount, issues, driver === undefined);
    const rate = driver === undefined ? undefined : readAmount(row, 'rate', cellOf(table, record, 'rate'), issues, true);
    const fixed = driver === undefined ? undefined : readAmount(row, 'fixed', cellOf(table, record, 'fixed'), issues, false);
    if (driver !== undefined && rawAmount !== undefined) {
      issues.push({ path: ['row', row, 'amount'], message: `Row ${row}, column amount: give either an amount or a driver, not both`, expected: 'empty when driver is set', received: JSON.stringify(rawAmount) });
    }
    if (issues.length > before || account === undefined || period === undefined) continue;
    const costCentre = cellOf(table, record, 'cost_centre');
    const note = cellOf(table, record, 'note');
    const candidate = {
      account,
      period,
      ...(costCentre === undefined ? {} : { costCentre }),
      ...(amount === undefined ? {} : { amount }),
      ...(driver === undefined || rate === undefined ? {} : { driven: { driver, rate, ...(fixed === undefined ? {} : { fixed }) } }),
      ...(note === undefined ? {} : { note }),
    };
    const parsed = BudgetLineSchema.safeParse(candidate);
    if (parsed.success) lines.push(parsed.data);
    else issues.push({ path: ['row', row], message: `Row ${row}: ${parsed.error.issues[0]?.message ?? 'invalid line'}`, received: JSON.stringify(record.cells.join(',')) });
  }
  return issues.length > 0 ? err(malformed('budget lines', issues)) : ok(lines);
}

const ENTRY_COLUMNS = ['date', 'account', 'cost_centre', 'amount', 'currency', 'layer', 'description', 'reference', 'quantity', 'category', 'source'] as const;

/**
 * Options for {@link parseCostEntriesCsv}.
 *
 * @category CSV
 */
export interface CostEntriesCsvOptions {
  /** The currency of the amounts (a `currency` column, if present, must agree). */
  readonly currency: string;
  /** The `source` of entries without a source column; `csv` by default. */
  readonly source?: string;
  /** The layer of entries without a layer column; `actual` by default. */
  readonly layer?: CostEntry['layer'];
}

/**
 * Reads actuals (or commitments) from CSV text with a header row into core `CostEntry` records.
 * Columns: `date`, `account`, `amount`; optional `cost_centre`, `currency`, `layer`
 * (`actual`, `committed`, `projected`), `description`, `reference`, `quantity`, `category`, `source`.
 * Amounts are read as strings, never floats. Every problem names its row and column.
 *
 * @param text - the CSV text
 * @param options - the currency, and defaults for source and layer
 * @returns the entries, or a `MALFORMED_FILE` error whose issues have paths `['row', n, column]`
 * @example
 * ```ts
 * const r = parseCostEntriesCsv('date,account,amount\n2026-04-03,medical-supplies,"1,250.00"\n', { currency: 'USD' });
 * if (r.ok) r.value[0]?.amount; // { amount: '1250.00', currency: 'USD' }
 * ```
 * @category CSV
 */
export function parseCostEntriesCsv(text: string, options: CostEntriesCsvOptions): Result<readonly CostEntry[]> {
  const opts = safeParseInput(
    z.object({ text: z.string(), currency: CurrencyCodeSchema, source: z.string().min(1).default('csv'), layer: z.enum(['actual', 'committed', 'projected']).default('actual') }),
    { text, ...options },
    { label: 'cost entries CSV options' },
  );
  if (!opts.ok) return opts;
  const { currency, source, layer } = opts.value;
  const issues: ErrorIssue[] = [];
  const table = readTable(text, ['date', 'account', 'amount'], ENTRY_COLUMNS, issues);
  if (table === undefined || issues.length > 0) return err(malformed('cost entries', issues));
  const entries: CostEntry[] = [];
  for (const [index, record] of table.rows.entries()) {
    const row = index + 2; // the header is row 1, as a spreadsheet shows it
    const before = issues.length;
    const date = require(row, 'date', cellOf(table, record, 'date'), issues);
    if (date !== undefined && !IsoDateSchema.safeParse(date).success) {
      issues.push({ path: ['row', row, 'date'], message: `Row ${row}, column date: ${JSON.stringify(date)} is not a calendar date`, expected: 'YYYY-MM-DD', received: JSON.stringify(date) });
    }
    const account = require(row, 'account', cellOf(table, record, 'account'), issues);
    const amount = readAmount(row, 'amount', cellOf(table, record, 'amount'), issues, true);
    const rowCurrency = cellOf(table, record, 'currency');
    if (rowCurrency !== undefined && rowCurrency !== currency) {
      issues.push({ path: ['row', row, 'currency'], message: `Row ${row}, column currency: ${rowCurrency} is not the budget's ${currency}`, expected: currency, received: JSON.stringify(rowCurrency) });
    }
    const rowLayer = cellOf(table, record, 'layer') ?? layer;
    if (!['actual', 'committed', 'projected'].includes(rowLayer)) {
      issues.push({ path: ['row', row, 'layer'], message: `Row ${row}, column layer: ${JSON.stringify(rowLayer)} is not a layer`, expected: 'actual | committed | projected', received: JSON.stringify(rowLayer) });
    }
    const rawQuantity = cellOf(table, record, 'quantity');
    const quantity = rawQuantity === undefined ? undefined : readAmount(row, 'quantity', rawQuantity, issues, false);
    if (issues.length > before || date === undefined || account === undefined || amount === undefined) continue;
    const optional = (column: string, key: string) => {
      const value = cellOf(table, record, column);
      return value === undefined ? {} : { [key]: value };
    };
    const candidate = {
      source: cellOf(table, record, 'source') ?? source,
      account,
      date,
      amount: { amount, currency },
      layer: rowLayer,
      ...optional('cost_centre', 'costCentre'),
      ...optional('description', 'description'),
      ...optional('reference', 'reference'),
      ...optional('category', 'category'),
      ...(quantity === undefined ? {} : { quantity: Number(quantity) }),
    };
    const parsed = CostEntrySchema.safeParse(candidate);
    if (parsed.success) entries.push(parsed.data);
    else issues.push({ path: ['row', row], message: `Row ${row}: ${parsed.error.issues[0]?.message ?? 'invalid entry'}`, received: JSON.stringify(record.cells.join(',')) });
  }
  return issues.length > 0 ? err(malformed('cost entries', issues)) : ok(entries);
}
