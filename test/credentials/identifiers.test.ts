import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDea, checkNpi } from 'practiceops/credentials';

/** Computes the NPI check digit for nine digits (Luhn with the 80840 prefix), independently of the library. */
function npiCheckDigit(nine: string): number {
  const digits = `80840${nine}`.split('').map(Number);
  let sum = 0;
  // double every second digit from the right of the 14 digits, starting with the rightmost
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits[i] as number;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

describe('checkNpi', () => {
  it('accepts the CMS worked example and a real-format NPI', () => {
    // CMS, "Requirements for NPI check digit": the nine digits 123456789 get check digit 3.
    expect(checkNpi('1234567893')).toEqual({ valid: true, normalized: '1234567893' });
    // Issue 5 names 1368219030 as valid.
    expect(checkNpi('1368219030').valid).toBe(true);
  });
  it('rejects the NPI of FHIR R4 example practitioner (bad check digit)', () => {
    // 1122334499 appears in the FHIR R4 example Practitioner; its Luhn check fails.
    expect(checkNpi('1122334499')).toMatchObject({ valid: false, reason: 'check-digit' });
  });
  it('rejects a number that passes the checksum but starts with 9', () => {
    // Issue 5: 9941339100 passes the checksum but an NPI starts with 1 or 2.
    expect(checkNpi('9941339100')).toMatchObject({ valid: false, reason: 'first-digit' });
  });
  it('ignores surrounding spaces and rejects the wrong length or letters', () => {
    expect(checkNpi('  1234567893 ')).toEqual({ valid: true, normalized: '1234567893' });
    expect(checkNpi('123456789').reason).toBe('format');
    expect(checkNpi('12345678A3').reason).toBe('format');
    expect(checkNpi('123 4567893').reason).toBe('format');
  });
  it('agrees with an independent Luhn computation, and a changed digit fails (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('1', '2'), fc.stringMatching(/^\d{8}$/), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (first, rest, bump, position) => {
        const nine = `${first}${rest}`;
        const npi = `${nine}${npiCheckDigit(nine)}`;
        expect(checkNpi(npi).valid).toBe(true);
        // changing one digit (not the first, to keep 1/2) always breaks the Luhn check
        const digits = npi.split('');
        digits[position] = String((Number(digits[position]) + bump) % 10);
        expect(checkNpi(digits.join('')).valid).toBe(false);
      }),
    );
  });
  it('a non-string is a typed error', () => {
    expect(() => checkNpi(1234567893 as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('checkDea', () => {
  it('computes the check digit (d1+d3+d5) + 2(d2+d4+d6)', () => {
    // Issue 5: AB1234563 is valid (1+3+5 + 2*(2+4+6) = 33, last digit 3), AB1234569 is not.
    expect(checkDea('AB1234563')).toEqual({ valid: true, normalized: 'AB1234563', registrantType: 'A' });
    expect(checkDea('AB1234569')).toMatchObject({ valid: false, reason: 'check-digit' });
  });
  it('upper-cases, trims and sets a hyphen suffix aside', () => {
    expect(checkDea(' ab1234563 ')).toMatchObject({ valid: true, normalized: 'AB1234563' });
    expect(checkDea('AB1234563-XYZ12')).toEqual({ valid: true, normalized: 'AB1234563', registrantType: 'A', suffix: 'XYZ12' });
    expect(checkDea('AB1234563-').reason).toBe('format');
  });
  it('accepts 9 as the second character (a business) and rejects bad formats', () => {
    // A9 + 1234563 → same digits, still valid
    expect(checkDea('A91234563').valid).toBe(true);
    expect(checkDea('1B1234563').reason).toBe('format');
    expect(checkDea('AB123456').reason).toBe('format');
  });
  it('checks the last-name initial when asked', () => {
    expect(checkDea('AB1234563', { lastName: 'Brown' }).valid).toBe(true);
    expect(checkDea('AB1234563', { lastName: 'Smith' })).toMatchObject({ valid: false, reason: 'last-name' });
  });
  it('every number built with the formula is valid (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2}$/), fc.stringMatching(/^\d{6}$/), (letters, six) => {
        const d = six.split('').map(Number) as number[];
        const check = ((d[0]! + d[2]! + d[4]!) + 2 * (d[1]! + d[3]! + d[5]!)) % 10;
        expect(checkDea(`${letters}${six}${check}`).valid).toBe(true);
        expect(checkDea(`${letters}${six}${(check + 1) % 10}`).valid).toBe(false);
      }),
    );
  });
});
