import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import type { Cell } from '../internal/model.js';
import { hardOptions, modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: a shift type listed in another's `forbiddenSuccessors` is not worked the day after it (the
 * day before the horizon counts through the history). Penalty: `weight` per pair.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/forbidden-succession': 'error' } });
 * ```
 * @category Rules
 */
export const forbiddenSuccession = defineRule({
  id: 'rota/forbidden-succession',
  meta: {
    description: 'Shift types that may not follow another on the next day are not worked then.',
    defaultSeverity: 'error',
    docs: 'docs/rota.md#forbidden-succession',
    messages: { forbidden: '{staff} works {second} on the day after {first} ({dates})' },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      const facts = model.staff[s];
      if (facts === undefined) return;
      const previous: Cell[] = facts.history.filter((cell) => cell.day === -1);
      const cells = [...previous, ...staffRota.cells];
      for (let i = 0; i < cells.length; i++) {
        const a = cells[i] as Cell;
        for (let j = i + 1; j < cells.length; j++) {
          const b = cells[j] as Cell;
          if (b.day <= a.day) continue;
          if (b.day > a.day + 1) break;
          if (model.forbidden[a.shift]?.[b.shift] === true) {
            reports.push(
              staffReport(model, s, 'forbidden', {
                dates: [model.dateOf(a.day), model.dateOf(b.day)],
                actual: 1,
                threshold: 0,
                penalty: options.weight,
                data: { first: model.shifts[a.shift]?.id, second: model.shifts[b.shift]?.id },
              }),
            );
          }
        }
      }
    });
    return reports;
  },
});
