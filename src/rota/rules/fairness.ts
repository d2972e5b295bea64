import { z } from 'zod';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { workedDays } from '../internal/model.js';
import { modelOf, staffReport } from '../internal/report.js';
import { wallTimeToMinutes } from '../../core/time.js';
import type { RotaContext, RotaSubject } from '../subject.js';

const MEASURES = ['hours', 'weekends', 'nights'] as const;

/**
 * Fairness (info by default): compares, across staff with an FTE above 0, the hours, weekends and
 * night shifts each works per FTE over the horizon, and reports anyone more than `tolerance`
 * (relative) away from the mean. A night shift is one marked `night`, or one that crosses midnight.
 * Penalty: `weight` x the distance from the mean (hours, weekends or nights per FTE); `weight` is 0
 * by default, so the rule reports without changing the score.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/fairness': ['warn', { tolerance: 0.15, measures: ['weekends'] }] } });
 * ```
 * @category Rules
 */
export const fairness = defineRule({
  id: 'rota/fairness',
  meta: {
    description: 'Hours, weekends and nights are shared in proportion to FTE.',
    defaultSeverity: 'info',
    docs: 'docs/rota.md#fairness',
    messages: {
      above: '{staff} works {actual} {measure} per FTE over {dates}, above the mean {threshold}',
      below: '{staff} works {actual} {measure} per FTE over {dates}, below the mean {threshold}',
    },
  },
  options: z.object({
    /** Relative distance from the mean that is still fair; 0.25 by default. */
    tolerance: z.number().finite().min(0).default(0.25),
    /** What to compare. */
    measures: z.array(z.enum(MEASURES)).default([...MEASURES]),
    /** Penalty per unit of distance from the mean; 0 by default. */
    weight: z.number().finite().min(0).default(0),
  }),
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    const members = model.staff.filter((facts) => facts.staff.fte > 0);
    if (members.length < 2) return reports;
    const isNight = model.shifts.map((shift) => shift.night ?? wallTimeToMinutes(shift.start) + shift.durationMinutes > 1440);
    const firstSaturday = ((6 - model.startWeekday + 7) % 7) - (model.startWeekday === 0 ? 7 : 0);
    const dates = [model.dateOf(0), model.dateOf(model.days - 1)];
    const values = members.map((facts) => {
      const cells = rm.staff[facts.index]?.cells ?? [];
      let minutes = 0;
      let nights = 0;
      for (const cell of cells) {
        minutes += model.minutes(cell.shift, cell.day);
        if (isNight[cell.shift] === true) nights++;
      }
      const worked = workedDays(rm, facts.index);
      const offset = -model.historyStart;
      const on = (day: number): boolean => day >= 0 && day < model.days && worked[day + offset] === 1;
      let weekends = 0;
      for (let saturday = firstSaturday; saturday < model.days; saturday += 7) if (on(saturday) || on(saturday + 1)) weekends++;
      return { facts, hours: minutes / 60 / facts.staff.fte, weekends: weekends / facts.staff.fte, nights: nights / facts.staff.fte };
    });
    for (const measure of options.measures) {
      const mean = values.reduce((sum, v) => sum + v[measure], 0) / values.length;
      if (mean <= 0) continue;
      for (const v of values) {
        const distance = Math.abs(v[measure] - mean);
        if (distance / mean <= options.tolerance) continue;
        reports.push(
          staffReport(model, v.facts.index, v[measure] > mean ? 'above' : 'below', {
            dates,
            actual: Math.round(v[measure] * 100) / 100,
            threshold: Math.round(mean * 100) / 100,
            penalty: options.weight * distance,
            data: { measure, dates: `${dates[0] ?? ''}..${dates[1] ?? ''}` },
          }),
        );
      }
    }
    return reports;
  },
});
