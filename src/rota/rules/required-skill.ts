import { toDayNumber } from '../../core/calendar.js';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { hardOptions, modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: whoever works a shift has every skill it requires and, when the shift type lists roles, one
 * of them. With eligibility windows in the context (from the credentials domain), a role is missing
 * on the dates a window marks it not eligible. Penalty: `weight` per assignment.
 *
 * @example
 * ```ts
 * evaluate(compilePolicy(rotaCatalog), subject, { eligibility: windows });
 * ```
 * @category Rules
 */
export const requiredSkill = defineRule({
  id: 'rota/required-skill',
  meta: {
    description: 'Staff working a shift hold the skills and a role it needs.',
    defaultSeverity: 'error',
    docs: 'docs/rota.md#required-skill',
    messages: {
      skill: '{staff} works {shiftType} on {dates} without the skill {missing}',
      role: '{staff} works {shiftType} on {dates} without an eligible role ({missing})',
    },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    const ineligible = new Map<string, { from: number; to: number }[]>();
    for (const window of context?.eligibility ?? []) {
      if (window.eligible) continue;
      const key = `${window.staffId}\u0000${window.roleId}`;
      const list = ineligible.get(key) ?? [];
      list.push({ from: toDayNumber(window.from), to: window.to === undefined ? Number.POSITIVE_INFINITY : toDayNumber(window.to) });
      ineligible.set(key, list);
    }
    const holdsRole = (staffId: string, roles: ReadonlySet<string>, role: string, day: number): boolean => {
      if (!roles.has(role)) return false;
      const windows = ineligible.get(`${staffId}\u0000${role}`);
      const date = model.startDay + day;
      return windows === undefined || !windows.some((w) => w.from <= date && date <= w.to);
    };
    rm.staff.forEach((staffRota, s) => {
      const facts = model.staff[s];
      if (facts === undefined) return;
      for (const cell of staffRota.cells) {
        const shift = model.shifts[cell.shift];
        if (shift === undefined) continue;
        const dates = [model.dateOf(cell.day)];
        const missingSkills = shift.requiredSkills.filter((skill) => !facts.skills.has(skill));
        if (missingSkills.length > 0) {
          reports.push(staffReport(model, s, 'skill', { dates, actual: missingSkills.length, threshold: 0, penalty: options.weight, data: { shiftType: shift.id, missing: missingSkills.join(', ') } }));
          continue;
        }
        if (shift.roles.length > 0 && !shift.roles.some((role) => holdsRole(facts.staff.id, facts.roles, role, cell.day))) {
          reports.push(staffReport(model, s, 'role', { dates, actual: 0, threshold: 1, penalty: options.weight, data: { shiftType: shift.id, missing: shift.roles.join(' | ') } }));
        }
      }
    });
    return reports;
  },
});
