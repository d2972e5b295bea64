import type { Contract, RotaProblemInput } from '../../../src/rota/index.js';

/** A small practice: three staff, four shift types, a week from Monday 2026-03-02 in New York. */
export function practiceProblem(overrides: Partial<RotaProblemInput> = {}, contract: Partial<Contract> = {}): RotaProblemInput {
  return {
    id: 'practice-week',
    site: { id: 'main-street', name: 'Main Street Family Practice', timeZone: 'America/New_York' },
    horizon: { start: '2026-03-02', days: 7 },
    contracts: [{ id: 'flex', ...contract }],
    staff: [
      { id: 'ana', name: 'Ana', roles: ['rn'], skills: ['phlebotomy'], contractId: 'flex', payRate: '40.00' },
      { id: 'ben', name: 'Ben', roles: ['ma'], skills: [], contractId: 'flex', payRate: '22.50' },
      { id: 'cy', name: 'Cy', roles: ['front-desk'], skills: [], contractId: 'flex', payRate: '19.00', overtimeRule: 'california' },
    ],
    shiftTypes: [
      { id: 'early', start: '06:00', durationMinutes: 240 },
      { id: 'day', start: '08:00', durationMinutes: 480, unpaidBreakMinutes: 30 },
      { id: 'late', start: '14:00', durationMinutes: 480, forbiddenSuccessors: ['early'] },
      { id: 'night', start: '22:00', durationMinutes: 600 },
      { id: 'lab', start: '08:00', durationMinutes: 240, requiredSkills: ['phlebotomy'] },
    ],
    ...overrides,
  };
}

/** An assignment. */
export function a(staffId: string, date: string, shiftTypeId: string): { staffId: string; date: string; shiftTypeId: string } {
  return { staffId, date, shiftTypeId };
}
