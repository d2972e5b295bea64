import { z } from 'zod';
import { parseInput } from '../core/parse.js';
import { ReviewReportSchema, type ReportTable, type ReviewFinding, type ReviewReport, type ReviewSection, type RotaGrid, type VarianceBars, type WaitDistribution } from './report.js';

const RenderTextOptionsSchema = z
  .object({ color: z.boolean().optional(), width: z.int().min(40).max(1000).optional(), maxPerRule: z.int().min(1).optional() })
  .strict();

/**
 * Options for {@link renderReviewText}.
 *
 * @category Rendering
 */
export interface RenderTextOptions {
  /** Use ANSI colours (decide from the terminal: `process.stdout.isTTY` and `NO_COLOR`). Off by default. */
  readonly color?: boolean;
  /** The line width to fit tables and bars into; 100 by default. */
  readonly width?: number;
  /** At most this many findings of one rule per urgency group, then a count of the rest; 5 by default. */
  readonly maxPerRule?: number;
}

type Paint = (text: string, code: string) => string;

const CODES = { red: '31', yellow: '33', blue: '34', green: '32', dim: '2', bold: '1', cyan: '36' } as const;
const SEVERITY_MARK: Readonly<Record<ReviewFinding['severity'], [string, keyof typeof CODES]>> = {
  error: ['✖', 'red'],
  warn: ['▲', 'yellow'],
  info: ['·', 'blue'],
};

const looksNumeric = (cell: string): boolean => /^[-+]?[$€£]?[\d,]+(\.\d+)?%?$/.test(cell.trim());

function visibleLength(text: string): number {
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

function pad(text: string, width: number, right = false): string {
  const gap = Math.max(0, width - visibleLength(text));
  return right ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

function clip(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function renderTable(table: ReportTable, width: number, paint: Paint): string[] {
  if (table.rows.length === 0) return [`  ${paint(table.title, CODES.bold)}: none`];
  const widths = table.columns.map((column, c) => Math.max(visibleLength(column), ...table.rows.map((row) => visibleLength(row[c] ?? ''))));
  const total = widths.reduce((sum, w) => sum + w + 2, 0);
  if (total > width) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = Math.max(8, (widths[widest] ?? 0) - (total - width));
  }
  const line = (cells: readonly string[], header: boolean) =>
    '  ' +
    cells
      .map((cell, c) => {
        const text = clip(cell, widths[c] ?? 0);
        return pad(header ? paint(text, CODES.dim) : text, widths[c] ?? 0, !header && looksNumeric(cell));
      })
      .join('  ');
  return [`  ${paint(table.title, CODES.bold)}`, line(table.columns, true), ...table.rows.map((row) => line(row, false))];
}

function renderGrid(grid: RotaGrid, width: number, paint: Paint): string[] {
  const label = Math.min(18, Math.max(...grid.rows.map((row) => visibleLength(row.label)), 5));
  const cell = Math.max(2, ...grid.rows.flatMap((row) => row.cells.map((c) => visibleLength(c)))) + 1;
  const perLine = Math.max(7, Math.floor((width - label - 4) / cell));
  const lines: string[] = [];
  for (let from = 0; from < grid.dates.length; from += perLine) {
    const dates = grid.dates.slice(from, from + perLine);
    const weekday = (date: string) => 'SuMoTuWeThFrSa'.slice(new Date(`${date}T12:00:00Z`).getUTCDay() * 2, new Date(`${date}T12:00:00Z`).getUTCDay() * 2 + 2);
    lines.push(`  ${pad('', label)}  ${dates.map((d) => pad(paint(d.slice(8, 10), CODES.dim), cell)).join('')}`);
    lines.push(`  ${pad('', label)}  ${dates.map((d) => pad(paint(weekday(d), CODES.dim), cell)).join('')}`);
    for (const row of grid.rows) {
      const cells = row.cells.slice(from, from + perLine).map((c) => pad(c === '' ? paint('.', CODES.dim) : paint(c, CODES.cyan), cell));
      lines.push(`  ${pad(clip(row.label, label), label)}  ${cells.join('')}`);
    }
    const cover = grid.cover.slice(from, from + perLine).map((c) => {
      const text = `${c.assigned}`;
      return pad(c.assigned < c.required ? paint(text, CODES.red) : paint(text, CODES.green), cell);
    });
    if (cover.length > 0) lines.push(`  ${pad(paint('on shift', CODES.dim), label)}  ${cover.join('')}`);
    lines.push('');
  }
  lines.push(`  ${paint('legend', CODES.dim)}  ${grid.legend.map((l) => `${l.id} = ${l.label}`).join(', ')}; . = day off; red cover = below demand`);
  return lines;
}

function bar(fraction: number, width: number): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

function renderBars(bars: VarianceBars, width: number, paint: Paint): string[] {
  const label = Math.min(28, Math.max(...bars.bars.map((b) => visibleLength(b.label)), 5));
  const barWidth = Math.max(10, width - label - 30);
  return [
    `  ${paint('Spent against the budget to date', CODES.bold)} (${bars.currency}; | marks the prorated budget)`,
    ...bars.bars.map((b) => {
      const budget = Number(b.budget);
      const scale = Math.max(budget, Number(b.actual), 1);
      const filled = bar(Number(b.actual) / scale, barWidth);
      const mark = Math.min(barWidth - 1, Math.round((Number(b.prorated) / scale) * barWidth));
      const drawn = `${filled.slice(0, mark)}|${filled.slice(mark + 1)}`;
      const colour = b.status === 'stop' ? CODES.red : b.status === 'warn' ? CODES.yellow : CODES.green;
      const pct = Number(b.prorated) > 0 ? `${Math.round((Number(b.actual) / Number(b.prorated)) * 100)}%` : '-';
      return `  ${pad(clip(b.label, label), label)} ${paint(drawn, colour)} ${pad(pct, 5, true)} of prorated`;
    }),
  ];
}

function renderDistribution(dist: WaitDistribution, width: number, paint: Paint): string[] {
  const most = Math.max(1, ...dist.bins.map((b) => b.count));
  const barWidth = Math.max(10, width - 30);
  const met = dist.shareWithinGoal >= dist.targetShare;
  return [
    `  ${paint('Waits against the goal', CODES.bold)}: ${paint(`${(dist.shareWithinGoal * 100).toFixed(1)}%`, met ? CODES.green : CODES.red)} within ${dist.goalMinutes} min (target ${(dist.targetShare * 100).toFixed(0)}%)`,
    ...dist.bins.map((b) => {
      const over = b.fromMinutes >= dist.goalMinutes;
      const text = `${pad(`${b.fromMinutes}-${b.toMinutes}`, 7, true)} min ${pad(String(b.count), 5, true)} `;
      return `  ${text}${paint('█'.repeat(Math.round((b.count / most) * barWidth)), over ? CODES.red : CODES.green)}`;
    }),
  ];
}

function renderSection(section: ReviewSection, width: number, paint: Paint): string[] {
  const lines = ['', paint(section.title.toUpperCase(), CODES.bold)];
  if (section.headlines.length > 0) lines.push(`  ${section.headlines.map((h) => `${h.label}: ${paint(h.value, CODES.bold)}`).join('  ·  ')}`);
  if (section.rotaGrid) lines.push('', ...renderGrid(section.rotaGrid, width, paint));
  if (section.varianceBars) lines.push('', ...renderBars(section.varianceBars, width, paint));
  if (section.waitDistribution) lines.push('', ...renderDistribution(section.waitDistribution, width, paint));
  for (const table of section.tables) lines.push('', ...renderTable(table, width, paint));
  return lines;
}

function renderFinding(finding: ReviewFinding, width: number, paint: Paint): string[] {
  const [mark, colour] = SEVERITY_MARK[finding.severity];
  const head = `  ${paint(mark, CODES[colour])} ${pad(paint(finding.domain, CODES.dim), 12)}${clip(finding.message, width - 16)}`;
  return finding.suggestedAction ? [head, `                 ${paint(`→ ${clip(finding.suggestedAction.description, width - 19)}`, CODES.dim)}`] : [head];
}

/**
 * Renders the daily review as a terminal report: the findings grouped by urgency with their
 * suggested actions, then each domain's section (the rota as a grid of staff by day, tables,
 * budget bars, the wait-time distribution). Pure: returns the text, prints nothing.
 *
 * @param input - the review report
 * @param options - colour and width
 * @returns the report as lines of text joined by `\n`
 * @throws PracticeOpsError `INVALID_INPUT` for a report that does not match {@link ReviewReportSchema} (one read back from JSON, say)
 * @example
 * ```ts
 * process.stdout.write(renderReviewText(report, { color: process.stdout.isTTY && !process.env.NO_COLOR }));
 * ```
 * @category Rendering
 */
export function renderReviewText(input: ReviewReport, options: RenderTextOptions = {}): string {
  const report = parseInput(ReviewReportSchema, input, { label: 'review report' });
  parseInput(RenderTextOptionsSchema, options, { label: 'render options' });
  const width = options.width ?? 100;
  const paint: Paint = options.color ? (text, code) => `\u001b[${code}m${text}\u001b[0m` : (text) => text;
  const lines = [
    paint(`Daily review · ${report.practice.name} · ${report.today} (${report.practice.timeZone})`, CODES.bold),
    `${paint(`${report.counts.error} to act on now`, report.counts.error > 0 ? CODES.red : CODES.green)} · ${report.counts.warn} this week · ${report.counts.info} for information`,
  ];
  const maxPerRule = options.maxPerRule ?? 5;
  for (const group of report.groups) {
    if (group.findings.length === 0) continue;
    lines.push('', paint(`${group.title} (${group.findings.length})`, CODES.bold));
    const shown = new Map<string, number>();
    for (const finding of group.findings) {
      const count = (shown.get(finding.ruleId) ?? 0) + 1;
      shown.set(finding.ruleId, count);
      if (count <= maxPerRule) lines.push(...renderFinding(finding, width, paint));
    }
    for (const [ruleId, count] of shown) {
      if (count > maxPerRule) lines.push(paint(`    … and ${count - maxPerRule} more from ${ruleId}`, CODES.dim));
    }
  }
  for (const section of report.sections) lines.push(...renderSection(section, width, paint));
  return `${lines.join('\n')}\n`;
}
