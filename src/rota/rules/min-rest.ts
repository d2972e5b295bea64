import { z } from 'zod';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import type { Cell } from '../internal/model.js';
import { modelOf, roundMinutes, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: the real elapsed time between the end of a shift and the start of the person's next shift
 * (in start order, history included) is at least the contract's `minRestMinutes` (or the rule's
 * `minutes` when the contract sets none). Counted in real minutes, so it is right across DST.
 * Penalty: `weight` per consecutive pair short of rest.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/min-rest': ['error', { minutes: 660 }] } });
 * ```
 * @category Rules
 */
export const minRest = defineRule({
  id: 'rota/min-rest',
  meta: {
    description: 'Enough real elapsed rest between the end of one shift and the start of the next.',
    defaultSeverity: 'error',
    docs: 'docs/rota.md#min-rest',
    messages: { short: '{staff} rests {actual} min between {first} and {second} on {dates} (at least {threshold})' },
  },
  options: z.object({
    /** Penalty per pair short of rest. */
    weight: z.number().finite().min(0).default(1),
    /** Minimum rest in minutes for staff whose contract sets none; none by default. */
    minutes: z.int().min(0).optional(),
  }),
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      const facts = model.staff[s];
      const rest = facts?.contract.minRestMinutes ?? options.minutes;
      if (rest === undefined || facts === undefined) return;
      const all: Cell[] = [...facts.history, ...staffRota.cells];
      const timed = all
        .map((cell) => ({ cell, ...model.interval(cell.shift, cell.day) }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
      for (let i = 1; i < timed.length; i++) {
        const a = timed[i - 1] as (typeof timed)[number];
        const b = timed[i] as (typeof timed)[number];
        if (b.cell.day < 0) continue;
        const gap = (b.start - a.end) / 60_000;
        if (gap < rest) {
          reports.push(
            staffReport(model, s, 'short', {
              dates: a.cell.day === b.cell.day ? [model.dateOf(a.cell.day)] : [model.dateOf(a.cell.day), model.dateOf(b.cell.day)],
              actual: roundMinutes(gap),
              threshold: rest,
              penalty: options.weight,
              data: { first: model.shifts[a.cell.shift]?.id, second: model.shifts[b.cell.shift]?.id },
            }),
          );
        }
      }
    });
    return reports;
  },
});
