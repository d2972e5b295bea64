import { z } from 'zod';
import { parseInput } from '../core/parse.js';
import type { IdentifierCheck } from './check-npi.js';

const OptionsSchema = z.object({ lastName: z.string().optional() });

/**
 * Options for {@link checkDea}.
 *
 * @category Identifiers
 */
export interface CheckDeaOptions {
  /** The registrant's last name: when given, the second letter must be its initial (or 9 for a business). */
  readonly lastName?: string;
}

/**
 * The outcome of a DEA number check: an {@link IdentifierCheck} plus the registrant-type letter and any suffix.
 *
 * @category Identifiers
 */
export interface DeaCheck extends IdentifierCheck {
  /** The first letter: the registrant type (A, B, F, G practitioners; M mid-level practitioners...). */
  readonly registrantType?: string;
  /** The part after a hyphen (an institution's internal code), if any. */
  readonly suffix?: string;
}

/**
 * Checks a DEA registration number: two characters (a registrant-type letter, then a letter or 9)
 * and seven digits whose last digit is the last digit of (d1 + d3 + d5) + 2 × (d2 + d4 + d6).
 * Letters are upper-cased, surrounding spaces ignored, and an optional suffix after a hyphen
 * (as institutions issue to their practitioners) is set aside.
 *
 * @param value - the DEA number as text
 * @param options - the registrant's last name, to check the second letter
 * @returns `{ valid: true, normalized, registrantType }`, or `{ valid: false, reason, message }`
 * @throws PracticeOpsError `INVALID_INPUT` when `value` is not a string
 * @example
 * ```ts
 * checkDea('AB1234563'); // { valid: true, normalized: 'AB1234563', registrantType: 'A' }
 * checkDea('ab1234569'); // { valid: false, reason: 'check-digit', ... }
 * ```
 * @category Identifiers
 */
export function checkDea(value: string, options: CheckDeaOptions = {}): DeaCheck {
  const text = (typeof value === 'string' ? value : parseInput(z.string(), value, { label: 'DEA number' })).trim().toUpperCase();
  const { lastName } = parseInput(OptionsSchema, options, { label: 'options' });
  const hyphen = text.indexOf('-');
  const normalized = hyphen === -1 ? text : text.slice(0, hyphen).trim();
  const suffix = hyphen === -1 ? undefined : text.slice(hyphen + 1).trim();
  const withSuffix = suffix === undefined ? {} : { suffix };
  if (!/^[A-Z][A-Z9]\d{7}$/.test(normalized) || suffix === '') {
    return {
      valid: false,
      normalized,
      ...withSuffix,
      reason: 'format',
      message: `A DEA number is two letters (the second may be 9) and seven digits, with an optional -suffix; got ${JSON.stringify(text)}`,
    };
  }
  const d = [...normalized.slice(2)].map((c) => c.charCodeAt(0) - 48) as [number, number, number, number, number, number, number];
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  const registrantType = normalized[0] as string;
  if (check !== d[6]) {
    return {
      valid: false,
      normalized,
      registrantType,
      ...withSuffix,
      reason: 'check-digit',
      message: `The check digit of DEA number ${normalized} should be ${check}, not ${d[6]}`,
    };
  }
  if (lastName !== undefined) {
    const initial = lastName.trim().toUpperCase()[0];
    const second = normalized[1];
    if (initial !== undefined && second !== '9' && second !== initial) {
      return {
        valid: false,
        normalized,
        registrantType,
        ...withSuffix,
        reason: 'last-name',
        message: `The second letter of DEA number ${normalized} should be ${initial}, the initial of ${lastName.trim()}`,
      };
    }
  }
  return { valid: true, normalized, registrantType, ...withSuffix };
}
