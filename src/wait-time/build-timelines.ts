import { z } from 'zod';
import { parseInput } from '../core/index.js';
import { VisitEventSchema, type VisitEvent, type VisitTimeline } from './schemas.js';

const FIELD = {
  scheduled: 'scheduledAt',
  'checked-in': 'checkedInAt',
  roomed: 'roomedAt',
  seen: 'seenAt',
  'checked-out': 'checkedOutAt',
  'left-without-being-seen': 'leftAt',
} as const;

interface Draft {
  id: string;
  visitType?: string;
  provider?: string;
  times: Partial<Record<(typeof FIELD)[keyof typeof FIELD], { instant: string; epoch: number }>>;
  outcome?: 'no-show' | 'left-without-being-seen';
  sources: Record<string, string>;
}

/**
 * Turns a list of visit events (in any order) into one timeline per visit. Each milestone takes
 * its earliest event (a repeated check-in keeps the first), the visit type and provider come from
 * the last event that names them, and `sources` records which event each timestamp came from
 * (`event[<index>]`). A `no-show` or `left-without-being-seen` event sets the outcome.
 *
 * @param events - visit events
 * @returns timelines in order of each visit's first event
 * @throws PracticeOpsError `INVALID_INPUT` when an event is malformed (the path names it)
 * @example
 * ```ts
 * const [visit] = buildTimelines([
 *   { visitId: 'v1', kind: 'checked-in', at: '2026-11-23T08:55:00-05:00' },
 *   { visitId: 'v1', kind: 'seen', at: '2026-11-23T09:10:00-05:00' },
 * ]);
 * visit.checkedInAt; // '2026-11-23T08:55:00-05:00'
 * ```
 * @category Timelines
 */
export function buildTimelines(events: readonly VisitEvent[]): VisitTimeline[] {
  const parsed = parseInput(z.array(VisitEventSchema), events, { label: 'visit events' });
  const drafts = new Map<string, Draft>();
  parsed.forEach((event, index) => {
    let draft = drafts.get(event.visitId);
    if (draft === undefined) {
      draft = { id: event.visitId, times: {}, sources: {} };
      drafts.set(event.visitId, draft);
    }
    if (event.visitType !== undefined) draft.visitType = event.visitType;
    if (event.provider !== undefined) draft.provider = event.provider;
    if (event.kind === 'no-show') {
      draft.outcome = 'no-show';
      draft.sources['outcome'] = `event[${index}]`;
      return;
    }
    if (event.kind === 'left-without-being-seen') {
      draft.outcome = 'left-without-being-seen';
      draft.sources['outcome'] = `event[${index}]`;
    }
    const field = FIELD[event.kind];
    const epoch = Date.parse(event.at);
    const current = draft.times[field];
    if (current === undefined || epoch < current.epoch) {
      draft.times[field] = { instant: event.at, epoch };
      draft.sources[field] = `event[${index}]`;
    }
  });
  const out: VisitTimeline[] = [];
  for (const draft of drafts.values()) {
    const timeline: Record<string, unknown> = { id: draft.id };
    if (draft.visitType !== undefined) timeline['visitType'] = draft.visitType;
    if (draft.provider !== undefined) timeline['provider'] = draft.provider;
    for (const [field, value] of Object.entries(draft.times)) timeline[field] = value.instant;
    if (draft.outcome !== undefined) timeline['outcome'] = draft.outcome;
    timeline['sources'] = draft.sources;
    out.push(timeline as VisitTimeline);
  }
  return out;
}
