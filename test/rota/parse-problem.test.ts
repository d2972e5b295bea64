import { describe, expect, it } from 'vitest';
import { isPracticeOpsError } from '../../src/core/errors.js';
import { parseRotaProblem, scoreRota } from '../../src/rota/index.js';
import { a, practiceProblem } from './helpers/practice.js';

function thrown(fn: () => unknown): { code: string; path: readonly (string | number)[]; message: string } {
  try {
    fn();
  } catch (error) {
    if (isPracticeOpsError(error)) return error;
    throw error;
  }
  throw new Error('expected a PracticeOpsError');
}

describe('bad input gets a typed error naming the path', () => {
  it('an assignment for unknown staff', () => {
    const error = thrown(() => scoreRota(practiceProblem(), { assignments: [a('ana', '2026-03-02', 'day'), a('zed', '2026-03-03', 'day')] }));
    expect(error.code).toBe('UNKNOWN_REFERENCE');
    expect(error.path).toEqual(['assignments', 1, 'staffId']);
  });

  it('a shift type that does not exist', () => {
    const error = thrown(() => scoreRota(practiceProblem(), { assignments: [a('ana', '2026-03-02', 'swing')] }));
    expect(error.code).toBe('UNKNOWN_REFERENCE');
    expect(error.path).toEqual(['assignments', 0, 'shiftTypeId']);
    const inProblem = thrown(() => parseRotaProblem(practiceProblem({ cover: [{ date: '2026-03-02', shiftTypeId: 'swing', ideal: 1 }] })));
    expect(inProblem.path).toEqual(['cover', 0, 'shiftTypeId']);
  });

  it('overlapping leave for one person', () => {
    const error = thrown(() =>
      parseRotaProblem(
        practiceProblem({
          leave: [
            { id: 'l1', staffId: 'ana', start: '2026-03-02', end: '2026-03-04', status: 'approved' },
            { id: 'l2', staffId: 'ben', start: '2026-03-03', end: '2026-03-04', status: 'approved' },
            { id: 'l3', staffId: 'ana', start: '2026-03-04', end: '2026-03-06', status: 'pending' },
          ],
        }),
      ),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.path).toEqual(['leave', 2]);
    expect(error.message).toContain('l1');
  });

  it('an assignment outside the horizon', () => {
    const error = thrown(() => scoreRota(practiceProblem(), { assignments: [a('ana', '2026-03-09', 'day')] }));
    expect(error.code).toBe('OUT_OF_DOMAIN');
    expect(error.path).toEqual(['assignments', 0, 'date']);
  });

  it('schema errors, unknown contracts, duplicate ids, history inside the horizon', () => {
    expect(thrown(() => parseRotaProblem({ ...practiceProblem(), horizon: { start: '2026-02-30', days: 7 } })).code).toBe('INVALID_INPUT');
    expect(thrown(() => parseRotaProblem(practiceProblem({ staff: [{ id: 'x', contractId: 'nope' }] }))).path).toEqual(['staff', 0, 'contractId']);
    expect(thrown(() => parseRotaProblem(practiceProblem({ staff: [{ id: 'x', contractId: 'flex' }, { id: 'x', contractId: 'flex' }] }))).code).toBe('CONFLICT');
    expect(thrown(() => parseRotaProblem(practiceProblem({ history: [a('ana', '2026-03-02', 'day')] }))).path).toEqual(['history', 0, 'date']);
    expect(thrown(() => parseRotaProblem(practiceProblem({}, { maxShiftsPerType: { swing: 1 } }))).path).toEqual(['contracts', 0, 'maxShiftsPerType', 'swing']);
    expect(thrown(() => scoreRota(practiceProblem(), { assignments: [{ staffId: 'ana' }] })).code).toBe('INVALID_INPUT');
  });

  it('parses once: the result is frozen and accepted as is', () => {
    const problem = parseRotaProblem(practiceProblem());
    expect(Object.isFrozen(problem.staff[0])).toBe(true);
    expect(parseRotaProblem(problem)).toBe(problem);
  });
});

describe('scoreRota options', () => {
  it('rejects a bad context and a policy of another catalog', () => {
    expect(thrown(() => scoreRota(practiceProblem(), { assignments: [] }, { context: { today: 'tomorrow' } })).path).toEqual(['context', 'today']);
    const other = { catalog: 'inventory', enabledRules: [], compiled: [], policy: { catalog: 'inventory', rules: new Map() } };
    expect(thrown(() => scoreRota(practiceProblem(), { assignments: [] }, { policy: other as never })).code).toBe('INVALID_INPUT');
  });
});
