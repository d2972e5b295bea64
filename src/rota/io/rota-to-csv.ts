import { epochToInstant } from '../../core/time.js';
import { rotaModel } from '../internal/model.js';
import { parseRota, parseRotaProblem } from '../parse-problem.js';

const HEADER = ['date', 'staff_id', 'staff_name', 'shift_type_id', 'shift_name', 'start', 'end', 'minutes', 'paid_minutes'];

function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Exports a rota as CSV (RFC 4180: CRLF line endings, fields quoted when they hold a comma, a quote
 * or a line break): a header, then one row per shift in date, start and staff order, with the start
 * and end as ISO instants at the site's offset, the real elapsed minutes and the paid minutes (less
 * unpaid breaks). Text fields that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`) get a
 * leading apostrophe.
 *
 * @param problem - the problem
 * @param rota - the rota
 * @returns the CSV text
 * @throws PracticeOpsError for a problem or rota that does not parse
 * @example
 * ```ts
 * rotaToCsv(problem, rota).split('\r\n')[0]; // 'date,staff_id,staff_name,shift_type_id,shift_name,start,end,minutes,paid_minutes'
 * ```
 * @category Export
 */
export function rotaToCsv(problem: unknown, rota: unknown): string {
  const parsed = parseRotaProblem(problem);
  const rm = rotaModel(parsed, parseRota(parsed, rota));
  const zone = parsed.site.timeZone;
  const rows: { day: number; start: number; staff: number; line: string }[] = [];
  rm.staff.forEach((staffRota, s) => {
    const member = rm.model.staff[s]?.staff;
    for (const c of staffRota.cells) {
      const shift = rm.model.shifts[c.shift];
      const interval = rm.model.interval(c.shift, c.day);
      const minutes = (interval.end - interval.start) / 60_000;
      const line = [
        rm.model.dateOf(c.day),
        member?.id ?? '',
        member?.name ?? '',
        shift?.id ?? '',
        shift?.name ?? '',
        epochToInstant(interval.start, zone),
        epochToInstant(interval.end, zone),
        minutes,
        Math.max(0, minutes - (shift?.unpaidBreakMinutes ?? 0)),
      ]
        .map(cell)
        .join(',');
      rows.push({ day: c.day, start: interval.start, staff: s, line });
    }
  });
  rows.sort((x, y) => x.day - y.day || x.start - y.start || x.staff - y.staff);
  return [HEADER.join(','), ...rows.map((row) => row.line)].join('\r\n') + '\r\n';
}
