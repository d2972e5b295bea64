import type { GroupBy, GroupKey } from '../schemas.js';
import type { LocalClock } from './local-clock.js';

export const NONE = '(none)';

/** The group key (object and string form) of a visit. */
export function groupKeyOf(
  groupBy: readonly GroupBy[],
  clock: LocalClock,
  anchor: number,
  provider: string | undefined,
  visitType: string | undefined,
): { key: GroupKey; text: string } {
  if (groupBy.length === 0) return { key: {}, text: '' };
  const key: { day?: string; hour?: number; provider?: string; visitType?: string } = {};
  const parts: string[] = [];
  for (const g of groupBy) {
    if (g === 'day' || g === 'hour') {
      const local = Number.isNaN(anchor) ? { day: NONE, hour: -1 } : clock.at(anchor);
      if (g === 'day') {
        key.day = local.day;
        parts.push(local.day);
      } else {
        key.hour = local.hour;
        parts.push(String(local.hour).padStart(2, '0'));
      }
    } else if (g === 'provider') {
      key.provider = provider ?? NONE;
      parts.push(key.provider);
    } else {
      key.visitType = visitType ?? NONE;
      parts.push(key.visitType);
    }
  }
  return { key, text: parts.join('\u0000') };
}
