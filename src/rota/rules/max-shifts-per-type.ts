import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { hardOptions, modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: a staff member works each shift type at most the contract's `maxShiftsPerType` times over the
 * horizon. Penalty: `weight` x shifts over the maximum.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/max-shifts-per-type': 'error' } });
 * ```
 * @category Rules
 */
export const maxShiftsPerType = defineRule({
  id: 'rota/max-shifts-per-type',
  meta: {
    description: 'No more shifts of a type over the horizon than the contract allows.',
    defaultSeverity: 'error',
    docs: 'docs/rota.md#max-shifts-per-type',
    messages: { over: '{staff} works {actual} {shiftType} shifts ({dates}); at most {threshold}' },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      const limits = model.staff[s]?.contract.maxShiftsPerType;
      if (limits === undefined) return;
      const days = model.shifts.map((): number[] => []);
      for (const cell of staffRota.cells) days[cell.shift]?.push(cell.day);
      model.shifts.forEach((shift, t) => {
        const max = limits[shift.id];
        const worked = days[t] as number[];
        if (max === undefined || worked.length <= max) return;
        reports.push(
          staffReport(model, s, 'over', {
            dates: worked.map((day) => model.dateOf(day)),
            actual: worked.length,
            threshold: max,
            penalty: options.weight * (worked.length - max),
            data: { shiftType: shift.id },
          }),
        );
      });
    });
    return reports;
  },
});
