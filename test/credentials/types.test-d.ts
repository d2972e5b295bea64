import { describe, expectTypeOf, it } from 'vitest';
import type { EligibilityWindow } from 'practiceops';
import {
  checkDea,
  checkNpi,
  computeEligibilityWindows,
  computeExpiry,
  credentialsCatalog,
  type CredentialsContext,
  type CredentialsSnapshot,
  type RenewalRule,
  type StaffCredential,
} from 'practiceops/credentials';
import { compilePolicy, evaluate, type Finding } from 'practiceops/rules';

describe('credentials types', () => {
  it('eligibility windows are the core type', () => {
    expectTypeOf(computeEligibilityWindows).returns.toEqualTypeOf<readonly EligibilityWindow[]>();
  });
  it('identifier checks return a valid flag and an optional reason', () => {
    expectTypeOf(checkNpi('1234567893').valid).toEqualTypeOf<boolean>();
    expectTypeOf(checkDea('AB1234563').reason).toEqualTypeOf<'format' | 'first-digit' | 'check-digit' | 'last-name' | undefined>();
  });
  it('renewal rules are a discriminated union', () => {
    expectTypeOf<RenewalRule['kind']>().toEqualTypeOf<'month-end' | 'rolling-days' | 'issuer-set' | 'fixed-cycle' | 'event-driven' | 'none'>();
    expectTypeOf(computeExpiry).returns.toEqualTypeOf<string | undefined>();
    // @ts-expect-error a month-end rule needs months
    computeExpiry({ kind: 'month-end' }, { issued: '2020-01-01' });
  });
  it('a staff credential carries readonly-friendly fields', () => {
    expectTypeOf<StaffCredential['status']>().toEqualTypeOf<'active' | 'pending' | 'suspended' | 'revoked'>();
  });
  it('the catalog evaluates a snapshot with a context into findings', () => {
    const compiled = compilePolicy<CredentialsSnapshot, CredentialsContext>(credentialsCatalog);
    expectTypeOf(evaluate(compiled, {} as CredentialsSnapshot, { today: '2026-11-23' })).toEqualTypeOf<Finding[]>();
  });
});
