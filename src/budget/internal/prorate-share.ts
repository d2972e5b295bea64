import { daysBetween } from '../../core/index.js';
import type { ProrationMethod } from '../schemas.js';

/** The share of a period due by `asOf` as a fraction `[numerator, denominator]` of days. */
export function prorationShare(start: string, end: string, asOf: string, method: ProrationMethod): readonly [number, number] {
  if (asOf < start) return [0, 1];
  if (asOf >= end) return [1, 1];
  if (method === 'whole') return [1, 1];
  if (method === 'ended') return [0, 1];
  return [daysBetween(start, asOf) + 1, daysBetween(start, end) + 1];
}
