import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate } from '../../src/rules/index.js';
import { rotaCatalog, rotaSubject, type RotaProblemInput } from '../../src/rota/index.js';

const problem: RotaProblemInput = {
  site: { id: 'clinic', timeZone: 'America/New_York' },
  horizon: { start: '2026-12-07', days: 2 },
  contracts: [{ id: 'c', maxConsecutiveWorkDays: 5 }],
  staff: [{ id: 'ana', contractId: 'c', roles: ['ma'] }],
  shiftTypes: [{ id: 'D', start: '08:00', durationMinutes: 480 }],
  cover: [{ date: '2026-12-07', shiftTypeId: 'D', role: 'ma', min: 1, ideal: 1 }],
};

describe('rota rules on a subject an app built by hand', () => {
  it('parse an unparsed subject (defaults filled in) and give the same findings as a parsed one', () => {
    const compiled = compilePolicy(rotaCatalog, { extends: 'strict' });
    const raw = evaluate(compiled, { problem: problem as never, rota: { assignments: [] } }, {});
    const parsed = evaluate(compiled, rotaSubject(problem, { assignments: [] }), {});
    expect(raw).toEqual(parsed);
    expect(raw.map((f) => f.ruleId)).toContain('rota/cover-minimum');
  });

  it('reject an unparsed subject with bad references with a typed error', () => {
    const compiled = compilePolicy(rotaCatalog);
    const rota = { assignments: [{ staffId: 'bob', date: '2026-12-07', shiftTypeId: 'D' }] };
    expect(() => evaluate(compiled, { problem: problem as never, rota }, {})).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: ['assignments', 0, 'staffId'] }),
    );
  });
});
