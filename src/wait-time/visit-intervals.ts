import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { measureMinutes, toTimes } from './internal/times.js';
import { ClockStartSchema, VisitTimelineSchema, type ClockStart, type VisitIntervals, type VisitTimelineInput } from './schemas.js';

const OptionsSchema = z.object({ clockStart: ClockStartSchema.default('check-in') });

const ORDER: readonly [keyof typeof NAMES, keyof typeof NAMES][] = [
  ['checkedInAt', 'roomedAt'],
  ['roomedAt', 'seenAt'],
  ['checkedInAt', 'seenAt'],
  ['seenAt', 'checkedOutAt'],
  ['checkedInAt', 'checkedOutAt'],
];
const NAMES = { checkedInAt: 'check-in', roomedAt: 'roomed', seenAt: 'seen', checkedOutAt: 'checked-out' } as const;

/**
 * A visit's intervals in minutes: lobby wait, door to room, room to provider, door to provider,
 * provider time, cycle time and lateness against the appointment. The door measures start at the
 * chosen clock start. A missing milestone gives `null`; milestones out of order give `null` and an
 * anomaly such as `seen-before-roomed`.
 *
 * @param visit - the visit's timeline
 * @param options - `clockStart`: `check-in` (default) or `later-of-check-in-and-appointment`
 * @returns the intervals
 * @throws PracticeOpsError `INVALID_INPUT` for a malformed timeline
 * @example
 * ```ts
 * visitIntervals({ id: 'v1', scheduledAt: '2026-11-23T09:00:00Z', checkedInAt: '2026-11-23T08:50:00Z', seenAt: '2026-11-23T09:12:00Z' },
 *   { clockStart: 'later-of-check-in-and-appointment' }).doorToProvider; // 12
 * ```
 * @category Timelines
 */
export function visitIntervals(visit: VisitTimelineInput, options: { readonly clockStart?: ClockStart } = {}): VisitIntervals {
  const v = parseInput(VisitTimelineSchema, visit, { label: 'visit timeline' });
  const { clockStart } = parseInput(OptionsSchema, options, { label: 'options' });
  const t = toTimes(v);
  const anomalies: string[] = [];
  for (const [from, to] of ORDER) {
    const a = v[from];
    const b = v[to];
    if (a !== undefined && b !== undefined && Date.parse(b) < Date.parse(a)) anomalies.push(`${NAMES[to]}-before-${NAMES[from]}`);
  }
  return {
    id: v.id,
    lobbyWait: measureMinutes(t, 'lobby-wait', clockStart),
    doorToRoom: measureMinutes(t, 'door-to-room', clockStart),
    roomToProvider: measureMinutes(t, 'room-to-provider', clockStart),
    doorToProvider: measureMinutes(t, 'door-to-provider', clockStart),
    providerTime: measureMinutes(t, 'provider-time', clockStart),
    cycleTime: measureMinutes(t, 'cycle-time', clockStart),
    lateness: measureMinutes(t, 'lateness', clockStart),
    anomalies: [...new Set(anomalies)],
  };
}
