import { z } from 'zod';
import { parseInput } from '../core/parse.js';

/**
 * The outcome of an identifier check: valid or not, the normalised value and, when not valid, why.
 *
 * @category Identifiers
 */
export interface IdentifierCheck {
  /** Whether the identifier is valid. */
  readonly valid: boolean;
  /** The identifier after trimming and upper-casing (and without a DEA suffix). */
  readonly normalized: string;
  /** Why it is not valid: `format`, `first-digit`, `check-digit`, `last-name`. */
  readonly reason?: 'format' | 'first-digit' | 'check-digit' | 'last-name';
  /** A readable explanation when not valid. */
  readonly message?: string;
}

/**
 * The Luhn check of an NPI: the Luhn sum over the ten digits prefixed with the card-issuer
 * prefix 80840 must be a multiple of ten.
 *
 * @param digits - ten digits
 * @returns whether the check digit is right
 */
function npiLuhn(digits: string): boolean {
  const full = `80840${digits}`;
  let sum = 0;
  for (let i = 0; i < full.length; i++) {
    let n = full.charCodeAt(full.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/**
 * Checks a National Provider Identifier: ten digits, first digit 1 or 2, and the Luhn check
 * digit computed over the number prefixed with 80840 (CMS, "Requirements for NPI Check Digit").
 * Surrounding spaces are ignored.
 *
 * @param value - the NPI as text
 * @returns `{ valid: true, normalized }`, or `{ valid: false, reason, message }`
 * @throws PracticeOpsError `INVALID_INPUT` when `value` is not a string
 * @example
 * ```ts
 * checkNpi('1234567893'); // { valid: true, normalized: '1234567893' }
 * checkNpi('9941339100'); // { valid: false, reason: 'first-digit', ... } (its checksum passes)
 * ```
 * @category Identifiers
 */
export function checkNpi(value: string): IdentifierCheck {
  const normalized = (typeof value === 'string' ? value : parseInput(z.string(), value, { label: 'NPI' })).trim();
  if (!/^\d{10}$/.test(normalized)) {
    return { valid: false, normalized, reason: 'format', message: `An NPI is ten digits; got ${JSON.stringify(normalized)}` };
  }
  if (normalized[0] !== '1' && normalized[0] !== '2') {
    return { valid: false, normalized, reason: 'first-digit', message: `An NPI starts with 1 or 2; ${normalized} starts with ${normalized[0] ?? ''}` };
  }
  if (!npiLuhn(normalized)) {
    return { valid: false, normalized, reason: 'check-digit', message: `The check digit of NPI ${normalized} is wrong` };
  }
  return { valid: true, normalized };
}
