import type { CostEntry, EligibilityWindow, IsoDate } from '../../core/index.js';
import { addCalendarDays, eachDate } from '../../core/index.js';
import type { CompiledPolicy } from '../../rules/index.js';
import { parseRota, parseRotaProblem, scoreRota, type Rota, type RotaContext, type RotaProblem, type RotaSubject } from '../../rota/index.js';
import type { RotaGrid } from '../report.js';
import { formatAmount, tagFindings, type DomainReview } from './domain-review.js';

function grid(problem: RotaProblem, rota: Rota): RotaGrid {
  const dates = eachDate(problem.horizon.start, addCalendarDays(problem.horizon.start, problem.horizon.days - 1));
  const column = new Map(dates.map((date, index) => [date, index]));
  const rows = problem.staff.map((staff) => ({ staffId: staff.id, label: staff.name ?? staff.id, cells: dates.map(() => '') }));
  const rowOf = new Map(rows.map((row) => [row.staffId, row]));
  const assigned = dates.map(() => 0);
  for (const assignment of rota.assignments) {
    const index = column.get(assignment.date);
    const row = rowOf.get(assignment.staffId);
    if (index === undefined || row === undefined) continue;
    row.cells[index] = row.cells[index] === '' ? assignment.shiftTypeId : `${row.cells[index]}+${assignment.shiftTypeId}`;
    assigned[index] = (assigned[index] ?? 0) + 1;
  }
  const required = dates.map(() => 0);
  for (const demand of problem.cover) {
    const index = column.get(demand.date);
    if (index !== undefined && demand.shiftTypeId !== undefined) required[index] = (required[index] ?? 0) + demand.ideal;
  }
  return {
    dates,
    rows,
    legend: problem.shiftTypes.map((type) => ({ id: type.id, label: type.name ?? `${type.start} for ${type.durationMinutes} min` })),
    cover: dates.map((date, index) => ({ date, assigned: assigned[index] ?? 0, required: required[index] ?? 0 })),
  };
}

function labourTable(problem: RotaProblem, labour: readonly CostEntry[]) {
  const byStaff = new Map<string, { regular: number; overtime: number; cost: number }>();
  for (const entry of labour) {
    const key = entry.reference ?? 'unknown';
    const row = byStaff.get(key) ?? { regular: 0, overtime: 0, cost: 0 };
    const hours = entry.quantity ?? 0;
    if (entry.category === 'regular') row.regular += hours;
    else row.overtime += hours;
    row.cost += Number(entry.amount.amount);
    byStaff.set(key, row);
  }
  return {
    title: 'Projected labour cost',
    columns: ['Staff', 'Regular h', 'Overtime h', 'Cost'],
    rows: problem.staff
      .filter((staff) => byStaff.has(staff.id))
      .map((staff) => {
        const row = byStaff.get(staff.id) ?? { regular: 0, overtime: 0, cost: 0 };
        return [staff.name ?? staff.id, row.regular.toFixed(1), row.overtime.toFixed(1), formatAmount(row.cost.toFixed(2))];
      }),
  };
}

/**
 * Reviews the rota: its broken rules and cover gaps, the grid of staff by day, and the labour cost.
 */
export function reviewRota(
  problemInput: unknown,
  rotaInput: unknown,
  policy: CompiledPolicy<RotaSubject, RotaContext>,
  today: IsoDate,
  eligibility: readonly EligibilityWindow[],
  labour: readonly CostEntry[],
): DomainReview {
  const problem = parseRotaProblem(problemInput);
  const rota = parseRota(problem, rotaInput ?? { assignments: [] });
  const score = scoreRota(problem, rota, { policy, context: { today, eligibility } });
  const end = addCalendarDays(problem.horizon.start, problem.horizon.days - 1);
  const cost = labour.reduce((sum, entry) => sum + Number(entry.amount.amount), 0);
  return {
    findings: tagFindings('rota', score.findings),
    section: {
      domain: 'rota',
      title: `Rota ${problem.horizon.start} to ${end}`,
      headlines: [
        { label: 'Hard rules', value: score.feasible ? 'all kept' : `${score.hard} broken` },
        { label: 'Soft penalty', value: String(score.soft) },
        { label: 'Shifts', value: String(rota.assignments.length) },
        { label: 'Projected labour', value: `${problem.currency} ${formatAmount(cost.toFixed(2))}` },
      ],
      tables: [labourTable(problem, labour)],
      rotaGrid: grid(problem, rota),
    },
  };
}
