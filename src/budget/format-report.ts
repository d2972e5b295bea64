import { z } from 'zod';
import { formatMoneyAmount, parseInput, type Money } from '../core/index.js';
import { Dec } from '../core/internal/decimal.js';
import type { BudgetReport } from './report.js';

/**
 * Options for {@link formatBudgetReport}.
 *
 * @category Report
 */
export interface FormatReportOptions {
  /** Leave out accounts with no budget, actuals or commitments; true by default. */
  readonly hideEmpty?: boolean;
}

function amount(m: Money): string {
  const text = formatMoneyAmount(m);
  const [whole = '', fraction] = text.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${text.startsWith('-') ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function percent(p: string | null | undefined): string {
  return p === null || p === undefined ? '-' : `${new Dec(p).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed()}%`;
}

const ReportShapeSchema = z.looseObject({
  budget: z.string(),
  currency: z.string(),
  rows: z.array(z.looseObject({ name: z.string(), depth: z.int().min(0), variance: z.looseObject({}) })),
  unbudgeted: z.looseObject({ rows: z.array(z.looseObject({ account: z.string() })) }),
  totals: z.looseObject({ cost: z.looseObject({}), revenue: z.looseObject({}) }),
});

const STATUS_MARK = { favourable: 'F', unfavourable: 'U', 'on-budget': '' } as const;

/**
 * Renders a budget report as a plain-text table for a terminal or an e-mail: budget, budget to
 * date, actual, committed, remaining, variance to date with F or U, and % of budget to date; then
 * the unbudgeted bucket and the totals.
 *
 * @param report - a report from `budgetReport`
 * @param options - whether to hide empty accounts
 * @returns the text, lines joined with `\n`
 * @example
 * ```ts
 * console.log(formatBudgetReport(budgetReport({ budget, entries }, { asOf: '2026-04-30', from: '2026-04' })));
 * ```
 * @category Report
 */
export function formatBudgetReport(report: BudgetReport, options: FormatReportOptions = {}): string {
  parseInput(ReportShapeSchema, report, { label: 'budget report' });
  const { hideEmpty } = parseInput(z.object({ hideEmpty: z.boolean().default(true) }).strict(), options, { label: 'format options' });
  const header = ['Account', 'Budget', 'To date', 'Actual', 'Committed', 'Remaining', 'Variance', '% to date'];
  const table: string[][] = [];
  for (const row of report.rows) {
    const empty = [row.budget, row.actual, row.committed].every((m) => new Dec(m.amount).isZero());
    if (hideEmpty && empty) continue;
    const v = row.variance;
    const mark = v.statusToDate === undefined ? '' : STATUS_MARK[v.statusToDate];
    table.push([
      `${'  '.repeat(row.depth)}${row.name}`,
      amount(row.budget),
      amount(row.prorated),
      amount(row.actual),
      amount(row.committed),
      amount(row.remaining),
      `${amount(v.varianceToProrated ?? v.variance)} ${mark}`.trimEnd(),
      percent(v.percentOfProrated),
    ]);
  }
  for (const row of report.unbudgeted.rows) {
    table.push([`<unbudgeted> ${row.name ?? row.account}`, '', '', amount(row.actual), amount(row.committed), '', '', '']);
  }
  for (const [label, total] of [
    ['Total costs', report.totals.cost],
    ['Total revenue', report.totals.revenue],
  ] as const) {
    const zero = [total.budget, total.actual, total.committed].every((m) => new Dec(m.amount).isZero());
    if (zero) continue;
    const v = total.variance;
    table.push([
      label,
      amount(total.budget),
      amount(total.prorated),
      amount(total.actual),
      amount(total.committed),
      amount(total.remaining),
      `${amount(v.varianceToProrated ?? v.variance)} ${v.statusToDate === undefined ? '' : STATUS_MARK[v.statusToDate]}`.trimEnd(),
      percent(v.percentOfProrated),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
  const render = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  const title = `${report.budget}: ${report.start} to ${report.end}, as of ${report.asOf} (${report.currency}${report.costCentre === undefined ? '' : `, cost centre ${report.costCentre}`})`;
  return [title, render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...table.map(render)].join('\n');
}
