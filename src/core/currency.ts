import { z } from 'zod';
import { ERROR_CODES, practiceOpsError } from './errors.js';

const ZERO_DIGIT = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DIGIT = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DIGIT = 'CLF UYW';
const TWO_DIGIT =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF ' +
  'CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG ' +
  'HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK ' +
  'MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE ' +
  'SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

function table(): ReadonlyMap<string, number> {
  const entries: [string, number][] = [];
  for (const [codes, digits] of [
    [ZERO_DIGIT, 0],
    [TWO_DIGIT, 2],
    [THREE_DIGIT, 3],
    [FOUR_DIGIT, 4],
  ] as const) {
    for (const code of codes.split(' ')) entries.push([code, digits]);
  }
  return new Map(entries);
}

/**
 * ISO 4217 minor units (digits after the decimal point) for every active currency code.
 * The library's own table: `Intl` is not trusted for it (engines disagree, for example on ISK and HUF).
 *
 * @example
 * ```ts
 * CURRENCY_MINOR_UNITS.get('JPY'); // 0
 * ```
 * @category Money
 */
export const CURRENCY_MINOR_UNITS: ReadonlyMap<string, number> = table();

/**
 * An ISO 4217 alphabetic currency code that is in {@link CURRENCY_MINOR_UNITS}.
 *
 * @example
 * ```ts
 * CurrencyCodeSchema.safeParse('BHD').success; // true
 * ```
 * @category Money
 */
export const CurrencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Expected a three-letter ISO 4217 code')
  .refine((code) => CURRENCY_MINOR_UNITS.has(code), 'Unknown ISO 4217 currency code');

/**
 * An ISO 4217 currency code such as `'USD'`.
 *
 * @category Money
 */
export type CurrencyCode = z.infer<typeof CurrencyCodeSchema>;

/**
 * The number of minor-unit digits of a currency (USD 2, JPY 0, BHD 3).
 *
 * @param currency - an ISO 4217 code
 * @returns the number of digits after the decimal point
 * @throws PracticeOpsError `UNKNOWN_CURRENCY` for a code not in the table
 * @example
 * ```ts
 * minorUnits('JPY'); // 0
 * minorUnits('BHD'); // 3
 * ```
 * @category Money
 */
export function minorUnits(currency: string): number {
  const digits = CURRENCY_MINOR_UNITS.get(currency);
  if (digits === undefined) {
    throw practiceOpsError(ERROR_CODES.unknownCurrency, `Unknown ISO 4217 currency code ${JSON.stringify(currency)}`, {
      path: ['currency'],
      expected: 'an ISO 4217 code such as USD',
      received: JSON.stringify(currency),
    });
  }
  return digits;
}
