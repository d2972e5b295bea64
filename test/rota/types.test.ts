import { describe, expectTypeOf, it } from 'vitest';
import type { CostEntry } from '../../src/core/index.js';
import type { Finding } from '../../src/rules/index.js';
import { labourCost, readCurtoisInstance, scoreRota, type HardSoftScore, type RotaProblem, type RotaScore } from '../../src/rota/index.js';

describe('public types', () => {
  it('scoreRota returns an explained HardSoftScore', () => {
    expectTypeOf(scoreRota).returns.toEqualTypeOf<RotaScore>();
    expectTypeOf<RotaScore>().toMatchTypeOf<HardSoftScore>();
    expectTypeOf<RotaScore['findings']>().toEqualTypeOf<readonly Finding[]>();
  });
  it('labour cost entries are core CostEntry records', () => {
    expectTypeOf(labourCost).returns.items.toMatchTypeOf<CostEntry>();
  });
  it('the benchmark reader returns the parsed model', () => {
    expectTypeOf(readCurtoisInstance).returns.toEqualTypeOf<RotaProblem>();
  });
});
