import { z } from 'zod';
import { describe, expectTypeOf, it } from 'vitest';
import { compilePolicy, defineRule, evaluate, type Finding, type Rule } from '../../src/rules/index.js';
import { money, type Money, type Result, safeParseInput, PracticeOpsError } from '../../src/core/index.js';
import { demoCatalog, type Week } from './fixtures.js';

describe('types', () => {
  it('infers a rule options type from its zod schema', () => {
    const rule = defineRule({
      id: 'demo/typed',
      meta: { description: 'x', defaultSeverity: 'info', messages: { m: 'x' } },
      options: z.object({ minutes: z.number().default(600), label: z.string().optional() }),
      check: (subject: { n: number }, options) => {
        expectTypeOf(options).toEqualTypeOf<{ minutes: number; label?: string | undefined }>();
        return subject.n > options.minutes ? [{ messageId: 'm', data: {}, subject: { type: 't', id: 'x' } }] : [];
      },
    });
    expectTypeOf(rule).toMatchTypeOf<Rule<{ n: number }, { minutes: number; label?: string | undefined }, unknown>>();
  });

  it('types evaluate by the compiled policy subject and returns findings', () => {
    const compiled = compilePolicy<Week>(demoCatalog);
    expectTypeOf(evaluate(compiled, { staff: [] })).toEqualTypeOf<Finding[]>();
    // @ts-expect-error the subject must be a Week
    evaluate(compiled, { nope: true });
  });

  it('types money and results', () => {
    expectTypeOf(money('1', 'USD')).toEqualTypeOf<Money>();
    expectTypeOf(safeParseInput(z.number(), 1)).toEqualTypeOf<Result<number, PracticeOpsError>>();
  });
});
