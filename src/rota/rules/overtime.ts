import { z } from 'zod';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { workweekAnchor } from '../internal/minutes.js';
import { payOf } from '../internal/pay.js';
import { modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Cost rule (info by default): reports each workweek in which a non-exempt staff member earns
 * overtime or double time under their `overtimeRule` (US FLSA weekly overtime over 40 h; California
 * daily overtime over 8 h, double time over 12 h and the seventh consecutive day). Penalty: `weight`
 * per overtime hour and 2 x `weight` per double-time hour; `weight` is 0 by default, so the rule
 * reports without changing the score.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/overtime': ['warn', { weight: 1 }] } });
 * ```
 * @category Rules
 */
export const overtime = defineRule({
  id: 'rota/overtime',
  meta: {
    description: 'Overtime and double time under FLSA or California rules (a cost, reported per workweek).',
    defaultSeverity: 'info',
    docs: 'docs/rota.md#overtime',
    messages: { overtime: '{staff} earns {overtimeHours} h overtime and {doubleTimeHours} h double time in the workweek {dates} ({rule})' },
  },
  options: z.object({
    /** Penalty per overtime hour (double time counts twice); 0 by default. */
    weight: z.number().finite().min(0).default(0),
  }),
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    model.staff.forEach((facts, s) => {
      if (facts.staff.exempt || facts.staff.overtimeRule === 'none') return;
      const anchor = workweekAnchor(rm, s);
      const weeks = new Map<number, { overtime: number; doubleTime: number; total: number }>();
      for (const pay of payOf(rm, s)) {
        const weekStart = anchor + Math.floor((pay.day - anchor) / 7) * 7;
        const week = weeks.get(weekStart) ?? { overtime: 0, doubleTime: 0, total: 0 };
        week.overtime += pay.overtime;
        week.doubleTime += pay.doubleTime;
        week.total += pay.regular + pay.overtime + pay.doubleTime;
        weeks.set(weekStart, week);
      }
      for (const [weekStart, week] of weeks) {
        if (week.overtime + week.doubleTime <= 0) continue;
        const overtimeHours = Math.round((week.overtime / 60) * 100) / 100;
        const doubleTimeHours = Math.round((week.doubleTime / 60) * 100) / 100;
        reports.push(
          staffReport(model, s, 'overtime', {
            dates: [model.dateOf(weekStart), model.dateOf(weekStart + 6)],
            actual: Math.round((week.total / 60) * 100) / 100,
            threshold: 40,
            penalty: options.weight * (week.overtime / 60 + (2 * week.doubleTime) / 60),
            data: { overtimeHours, doubleTimeHours, rule: facts.staff.overtimeRule, dates: `${model.dateOf(weekStart)}..${model.dateOf(weekStart + 6)}` },
          }),
        );
      }
    });
    return reports;
  },
});
