import { z } from 'zod';
import { toDayNumber } from '../../core/calendar.js';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Reports a rota that departs from a pinned decision: a pinned shift not worked, or work on a
 * pinned day off. The solver and repair never move a pin, so this matters for rotas edited by hand.
 * Penalty: `weight` per pin broken; 0 by default, so the rule reports without changing the score.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/pinned': ['error', { weight: 1 }] } });
 * ```
 * @category Rules
 */
export const pinned = defineRule({
  id: 'rota/pinned',
  meta: {
    description: 'Pinned shifts and pinned days off are kept.',
    defaultSeverity: 'warn',
    docs: 'docs/rota.md#rules-and-scoring',
    messages: {
      missing: '{staff} is pinned to {shiftType} on {dates} but does not work it',
      worked: '{staff} is pinned off on {dates} but works',
    },
  },
  options: z.object({
    /** Penalty per pin broken; 0 by default. */
    weight: z.number().finite().min(0).default(0),
  }),
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    for (const pin of model.problem.pinned) {
      const s = model.staffById.get(pin.staffId);
      const day = toDayNumber(pin.date) - model.startDay;
      if (s === undefined || day < 0 || day >= model.days) continue;
      const staffRota = rm.staff[s];
      const dates = [pin.date];
      if (pin.shiftTypeId === null) {
        const count = staffRota?.perDay[day] ?? 0;
        if (count > 0) reports.push(staffReport(model, s, 'worked', { dates, actual: count, threshold: 0, penalty: options.weight }));
      } else {
        const shift = model.shiftById.get(pin.shiftTypeId);
        const works = staffRota?.cells.some((cell) => cell.day === day && cell.shift === shift) ?? false;
        if (!works) reports.push(staffReport(model, s, 'missing', { dates, actual: 0, threshold: 1, penalty: options.weight, data: { shiftType: pin.shiftTypeId } }));
      }
    }
    return reports;
  },
});
