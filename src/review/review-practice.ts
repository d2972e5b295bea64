import {
  addCalendarDays,
  IsoDateSchema,
  parseInput,
  wallClockToEpoch,
  epochToInstant,
  type CostEntry,
  type EligibilityWindow,
  type IsoDate,
} from '../core/index.js';
import { compareFindings, compilePolicy, resolvePolicy, type Finding, type Policy, type PolicyInput } from '../rules/index.js';
import { budgetCatalog, BudgetSnapshotSchema } from '../budget/index.js';
import { computeEligibilityWindows, credentialsCatalog, type CredentialsSnapshot } from '../credentials/index.js';
import { inventoryCatalog } from '../inventory/index.js';
import { labourCost, parseRotaProblem, rotaCatalog, type RotaProblem } from '../rota/index.js';
import { waitTimeCatalog } from '../wait-time/index.js';
import { practiceCatalog } from './catalog.js';
import type { ReviewFinding, ReviewReport, ReviewSection, Urgency } from './report.js';
import { PracticeSnapshotSchema, type PracticeSnapshot, type PracticeSnapshotInput } from './schemas.js';
import { reviewBudget } from './sections/budget-section.js';
import { reviewCredentials } from './sections/credentials-section.js';
import type { DomainReview } from './sections/domain-review.js';
import { reviewInventory } from './sections/inventory-section.js';
import { reviewRota } from './sections/rota-section.js';
import { reviewWaitTime } from './sections/wait-time-section.js';

const GROUPS: readonly { urgency: Urgency; title: string; severity: Finding['severity'] }[] = [
  { urgency: 'act-now', title: 'Act on now', severity: 'error' },
  { urgency: 'this-week', title: 'This week', severity: 'warn' },
  { urgency: 'for-info', title: 'For information', severity: 'info' },
];

function horizonOf(problem: RotaProblem): { from: IsoDate; to: IsoDate } {
  return { from: problem.horizon.start, to: addCalendarDays(problem.horizon.start, problem.horizon.days - 1) };
}

/** The rota's shifts as the credentials domain sees them: who works which role on which day. */
function rotaShifts(problem: RotaProblem, snapshot: PracticeSnapshot): CredentialsSnapshot['shifts'] {
  const roles = new Map(problem.staff.map((staff) => [staff.id, staff.roles[0]]));
  return (snapshot.rota?.rota?.assignments ?? []).flatMap((assignment) => {
    const roleId = roles.get(assignment.staffId);
    return roleId === undefined
      ? []
      : [{ id: `${assignment.staffId}|${assignment.date}|${assignment.shiftTypeId}`, staffId: assignment.staffId, roleId, date: assignment.date }];
  });
}

function eligibilityFor(credentials: CredentialsSnapshot, problem: RotaProblem, state: string | undefined): readonly EligibilityWindow[] {
  const { from, to } = horizonOf(problem);
  return computeEligibilityWindows({
    credentials: credentials.credentials,
    requirements: credentials.requirements,
    from,
    to,
    events: credentials.events,
    ...(credentials.types === undefined ? {} : { types: credentials.types }),
    ...((credentials.state ?? state) === undefined ? {} : { state: (credentials.state ?? state) as string }),
  });
}

/**
 * The office manager's daily review: every domain's rule catalog under one policy, in one report.
 * It gathers the cross-domain facts first (eligibility windows from credentials for the rota, the
 * rota's shifts for credential lapses, projected labour from the rota and open purchase orders from
 * inventory for the budget), evaluates each catalog, and groups the findings by urgency (errors:
 * act on now; warnings: this week; info) with their suggested actions, beside a section per domain.
 *
 * @param snapshot - the practice snapshot (validated with {@link PracticeSnapshotSchema})
 * @param policy - one policy for all domains (rule ids of every catalog); `recommended` by default
 * @param today - the day of the review at the practice, `YYYY-MM-DD`
 * @returns the review report (validates against {@link ReviewReportSchema})
 * @throws PracticeOpsError `INVALID_INPUT` for a bad snapshot or date, `UNKNOWN_RULE` or `INVALID_INPUT` for a bad policy
 * @example
 * ```ts
 * const report = reviewPractice(snapshot, { extends: 'recommended', rules: { 'rota/min-rest': ['error', { minutes: 660 }] } }, '2026-11-24');
 * console.log(renderReviewText(report));
 * ```
 * @category Review
 */
export function reviewPractice(snapshot: PracticeSnapshotInput, policy: PolicyInput | Policy = { extends: 'recommended' }, today: IsoDate): ReviewReport {
  const input = parseInput(PracticeSnapshotSchema, snapshot, { label: 'practice snapshot' });
  const day = parseInput(IsoDateSchema, today, { label: 'today', basePath: ['today'] });
  const resolved = resolvePolicy(practiceCatalog, policy);
  const zone = input.practice.timeZone;
  const now = input.now ?? epochToInstant(wallClockToEpoch(day, 10 * 60, zone), zone);
  const problem = input.rota === undefined ? undefined : parseRotaProblem(input.rota.problem);
  const state = input.practice.state;

  const credentials: CredentialsSnapshot | undefined =
    input.credentials === undefined
      ? undefined
      : problem !== undefined && input.credentials.shifts.length === 0
        ? { ...input.credentials, shifts: rotaShifts(problem, input) }
        : input.credentials;
  const eligibility = credentials !== undefined && problem !== undefined ? eligibilityFor(credentials, problem, state) : [];
  const labour: CostEntry[] =
    problem !== undefined && input.rota !== undefined
      ? labourCost(problem, input.rota.rota ?? { assignments: [] }, {
          accountsByRole: input.rota.labourAccounts,
          ...(input.rota.costCentre === undefined ? {} : { costCentre: input.rota.costCentre }),
        })
      : [];

  const reviews: DomainReview[] = [];
  if (problem !== undefined && input.rota !== undefined) {
    reviews.push(reviewRota(problem, input.rota.rota, compilePolicy(rotaCatalog, resolved), day, eligibility, labour));
  }
  if (credentials !== undefined) reviews.push(reviewCredentials(credentials, compilePolicy(credentialsCatalog, resolved), day));
  let committed: readonly CostEntry[] = [];
  if (input.inventory !== undefined) {
    const inventoryReview = reviewInventory(input.inventory, compilePolicy(inventoryCatalog, resolved), day);
    committed = inventoryReview.suggestions.committedSpend;
    reviews.push(inventoryReview);
  }
  if (input.budget !== undefined) {
    const budget = parseInput(BudgetSnapshotSchema, {
      ...input.budget,
      entries: [...input.budget.entries, ...labour, ...committed],
    });
    reviews.push(reviewBudget(budget, compilePolicy(budgetCatalog, resolved), day));
  }
  if (input.waitTime !== undefined) {
    reviews.push(reviewWaitTime(input.waitTime.events, input.waitTime.goals, zone, compilePolicy(waitTimeCatalog, resolved), day, now));
  }

  const findings: ReviewFinding[] = reviews.flatMap((review) => review.findings).sort((a, b) => compareFindings(a as Finding, b as Finding));
  const sections: ReviewSection[] = reviews.map((review) => review.section);
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  return {
    practice: { name: input.practice.name, timeZone: zone },
    today: day,
    counts: { error: count('error'), warn: count('warn'), info: count('info') },
    groups: GROUPS.map((group) => ({
      urgency: group.urgency,
      title: group.title,
      findings: findings.filter((finding) => finding.severity === group.severity),
    })),
    sections,
  };
}
