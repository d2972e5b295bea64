import { z } from 'zod';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Soft: staff requests are honoured. A `shift-on` request not met (that shift not worked that day),
 * a `shift-off` request not honoured (that shift worked) and a `day-off` request worked (any shift)
 * each cost the request's weight.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/requests': 'warn' } });
 * ```
 * @category Rules
 */
export const requests = defineRule({
  id: 'rota/requests',
  meta: {
    description: 'Shift-on, shift-off and day-off requests are honoured (soft, weighted).',
    defaultSeverity: 'warn',
    docs: 'docs/rota.md#requests',
    messages: {
      shiftOn: '{staff} asked to work {shiftType} on {dates} and does not (weight {penalty})',
      shiftOff: '{staff} asked not to work {shiftType} on {dates} and does (weight {penalty})',
      dayOff: '{staff} asked for {dates} off and works (weight {penalty})',
    },
  },
  options: z.object({}),
  check(subject: RotaSubject, _options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      const facts = model.staff[s];
      if (facts === undefined || facts.requests.length === 0) return;
      for (const { request, day, shift } of facts.requests) {
        const dates = [model.dateOf(day)];
        const worksShift = staffRota.cells.some((cell) => cell.day === day && cell.shift === shift);
        const data = { shiftType: request.shiftTypeId ?? '', kind: request.kind };
        if (request.kind === 'shift-on' && !worksShift) {
          reports.push(staffReport(model, s, 'shiftOn', { dates, actual: 0, threshold: 1, penalty: request.weight, data }));
        } else if (request.kind === 'shift-off' && worksShift) {
          reports.push(staffReport(model, s, 'shiftOff', { dates, actual: 1, threshold: 0, penalty: request.weight, data }));
        } else if (request.kind === 'day-off' && (staffRota.perDay[day] ?? 0) > 0) {
          reports.push(staffReport(model, s, 'dayOff', { dates, actual: staffRota.perDay[day] ?? 0, threshold: 0, penalty: request.weight, data }));
        }
      }
    });
    return reports;
  },
});
