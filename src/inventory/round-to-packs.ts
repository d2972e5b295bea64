import { z } from 'zod';
import { parseInput } from '../core/parse.js';
import { PackRoundingSchema, type PackRounding } from './schemas.js';

/** @internal rounding on validated numbers */
export function packsFor(units: number, packSize: number, rounding: PackRounding): number {
  if (units <= 0) return 0;
  const exact = units / packSize;
  const eps = 1e-9;
  const packs = rounding === 'up' ? Math.ceil(exact - eps) : rounding === 'down' ? Math.floor(exact + eps) : Math.round(exact);
  return Math.max(1, packs);
}

/**
 * Rounds a quantity of units to whole purchase units (packs): `up`, `down` or to the `nearest`,
 * and never to zero: a positive need always gives at least one pack. Zero or less gives 0.
 *
 * @param units - the quantity needed, in item units
 * @param packSize - item units per pack (a positive whole number)
 * @param rounding - `up` (default), `down` or `nearest`
 * @returns the number of packs
 * @throws PracticeOpsError `INVALID_INPUT` for a pack size of zero or a non-number
 * @example
 * ```ts
 * roundToPacks(250, 100); // 3
 * roundToPacks(250, 100, 'down'); // 2
 * roundToPacks(20, 100, 'down'); // 1 (never zero)
 * ```
 * @category Policies
 */
export function roundToPacks(units: number, packSize: number, rounding: PackRounding = 'up'): number {
  const u = parseInput(z.number().finite(), units, { label: 'units' });
  const size = parseInput(z.int().positive(), packSize, { label: 'packSize' });
  const mode = parseInput(PackRoundingSchema, rounding, { label: 'rounding' });
  return packsFor(u, size, mode);
}
