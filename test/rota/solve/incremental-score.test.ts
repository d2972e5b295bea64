import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRotaScorer, scoreRota } from '../../../src/rota/index.js';
import type { Rota } from '../../../src/rota/index.js';
import { clinicDates, clinicStaff, curtois, hasCurtois, smallClinic } from './fixtures.js';

const cell = fc.record({
  staffId: fc.constantFrom(...clinicStaff),
  date: fc.constantFrom(...clinicDates),
  shiftTypeId: fc.constantFrom('D', 'N', null),
});

function rotaOf(cells: { staffId: string; date: string; shiftTypeId: string | null }[]): Rota {
  const grid = new Map<string, { staffId: string; date: string; shiftTypeId: string }>();
  for (const c of cells) {
    const key = `${c.staffId}|${c.date}`;
    if (c.shiftTypeId === null) grid.delete(key);
    else grid.set(key, { staffId: c.staffId, date: c.date, shiftTypeId: c.shiftTypeId });
  }
  return { assignments: [...grid.values()] };
}

describe('incremental scorer', () => {
  const problem = smallClinic();

  it('agrees with scoreRota (the reference scorer, recommended policy) on random rotas', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 80 }), (cells) => {
        const rota = rotaOf(cells);
        const reference = scoreRota(problem, rota);
        const incremental = createRotaScorer(problem, rota).score();
        expect(incremental.hard).toBe(reference.hard);
        expect(incremental.soft).toBeCloseTo(reference.soft, 9);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps exact totals through random changes, evaluations and undos', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.array(fc.tuple(cell, fc.constantFrom('apply', 'evaluate', 'undo')), { maxLength: 60 }), (start, steps) => {
        const scorer = createRotaScorer(problem, rotaOf(start));
        for (const [change, action] of steps) {
          const before = scorer.score();
          if (action === 'undo') {
            scorer.undo();
            continue;
          }
          const delta = action === 'apply' ? scorer.apply(change) : scorer.evaluate(change);
          const after = scorer.score();
          if (action === 'evaluate') expect(after).toEqual(before);
          else {
            expect(after.hard).toBeCloseTo(before.hard + delta.hard, 9);
            expect(after.soft).toBeCloseTo(before.soft + delta.soft, 9);
          }
        }
        const reference = scoreRota(problem, scorer.rota());
        expect(scorer.score().hard).toBe(reference.hard);
        expect(scorer.score().soft).toBeCloseTo(reference.soft, 9);
      }),
      { numRuns: 100 },
    );
  });

  it('undo takes back exactly the last apply', () => {
    const scorer = createRotaScorer(problem, { assignments: [{ staffId: 'ann', date: '2026-03-02', shiftTypeId: 'D' }] });
    const start = scorer.score();
    scorer.apply([
      { staffId: 'bob', date: '2026-03-02', shiftTypeId: 'N' },
      { staffId: 'ann', date: '2026-03-02', shiftTypeId: null },
    ]);
    expect(scorer.shiftOf('ann', '2026-03-02')).toBeNull();
    scorer.undo();
    expect(scorer.score()).toEqual(start);
    expect(scorer.shiftOf('ann', '2026-03-02')).toBe('D');
    expect(scorer.shiftOf('bob', '2026-03-02')).toBeNull();
  });

  it('rejects unknown staff with a typed error', () => {
    const scorer = createRotaScorer(problem);
    expect(() => scorer.evaluate({ staffId: 'zed', date: '2026-03-02', shiftTypeId: 'D' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }));
  });

  it.skipIf(!hasCurtois)('scores the HiGHS optimal roster of Instance1 at 607 (Curtois & Qu 2014 optimum)', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { readRotaSolution } = await import('../../../src/rota/index.js');
    const problem1 = curtois('Instance1');
    const text = readFileSync(fileURLToPath(new URL('../../../../shared/data/rostering/curtois-qu/solutions/highs-milp/Instance1.roster.tsv', import.meta.url)), 'utf8');
    const rota = readRotaSolution(text, problem1);
    // 607: proven optimum of Instance1 (Curtois & Qu 2014, best-known.csv in the data folder).
    expect(createRotaScorer(problem1, rota).score()).toEqual({ hard: 0, soft: 607 });
  });
});
