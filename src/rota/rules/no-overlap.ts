import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import type { Cell } from '../internal/model.js';
import { hardOptions, modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: one person's shifts never overlap in real time (history included, so a night shift before
 * the horizon counts). Penalty: `weight` per overlapping pair with at least one shift in the horizon.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/no-overlap': 'error' } });
 * ```
 * @category Rules
 */
export const noOverlap = defineRule({
  id: 'rota/no-overlap',
  meta: {
    description: "A staff member's shifts do not overlap in time.",
    defaultSeverity: 'error',
    docs: 'docs/rota.md#no-overlap',
    messages: { overlap: '{staff} works overlapping shifts {first} and {second} on {dates} ({actual} min overlap)' },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      const all: Cell[] = [...(model.staff[s]?.history ?? []), ...staffRota.cells];
      const timed = all
        .map((cell) => ({ cell, ...model.interval(cell.shift, cell.day) }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
      for (let i = 0; i < timed.length; i++) {
        const a = timed[i] as (typeof timed)[number];
        for (let j = i + 1; j < timed.length; j++) {
          const b = timed[j] as (typeof timed)[number];
          if (b.start >= a.end) break;
          if (a.cell.day < 0 && b.cell.day < 0) continue;
          const overlap = (Math.min(a.end, b.end) - b.start) / 60_000;
          const [first, second] = a.cell.day <= b.cell.day ? [a, b] : [b, a];
          reports.push(
            staffReport(model, s, 'overlap', {
              dates: first.cell.day === second.cell.day ? [model.dateOf(first.cell.day)] : [model.dateOf(first.cell.day), model.dateOf(second.cell.day)],
              actual: overlap,
              threshold: 0,
              penalty: options.weight,
              data: { first: model.shifts[first.cell.shift]?.id, second: model.shifts[second.cell.shift]?.id },
            }),
          );
        }
      }
    });
    return reports;
  },
});
