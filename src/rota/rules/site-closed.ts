import { z } from 'zod';
import { weekdayOf } from '../../core/calendar.js';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Reports shifts on days the site is closed: a closure date, a public holiday, or a weekday without
 * opening hours (when the site lists any) - unless a cover demand falls on that date, which says the
 * practice means to open. Penalty: `weight` per shift; 0 by default, so the rule reports without
 * changing the score.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/site-closed': ['warn', { weight: 5 }] } });
 * ```
 * @category Rules
 */
export const siteClosed = defineRule({
  id: 'rota/site-closed',
  meta: {
    description: 'No shifts on days the site is closed, unless cover is planned for them.',
    defaultSeverity: 'warn',
    docs: 'docs/rota.md#rules-and-scoring',
    messages: { closed: '{staff} works {shiftType} on {dates}, when the site is closed ({why})' },
  },
  options: z.object({
    /** Penalty per shift on a closed day; 0 by default. */
    weight: z.number().finite().min(0).default(0),
  }),
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const site = model.problem.site;
    const closures = new Map(site.closures.map((c) => [c.date, c.reason ?? 'closure']));
    const holidays = new Map(site.publicHolidays.map((h) => [h.date, h.name]));
    const openWeekdays = new Set(site.openingHours.map((h) => h.weekday));
    const coverDates = new Set(model.problem.cover.map((c) => c.date));
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      for (const cell of staffRota.cells) {
        const date = model.dateOf(cell.day);
        if (coverDates.has(date)) continue;
        const why =
          closures.get(date) ??
          (holidays.has(date) ? `public holiday: ${holidays.get(date) ?? ''}` : undefined) ??
          (openWeekdays.size > 0 && !openWeekdays.has(weekdayOf(date)) ? 'no opening hours that weekday' : undefined);
        if (why === undefined) continue;
        reports.push(staffReport(model, s, 'closed', { dates: [date], actual: 1, threshold: 0, penalty: options.weight, data: { shiftType: model.shifts[cell.shift]?.id, why } }));
      }
    });
    return reports;
  },
});
