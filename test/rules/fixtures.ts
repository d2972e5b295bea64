import { z } from 'zod';
import { defineCatalog, defineRule } from '../../src/rules/index.js';

/** A staff member's week, the subject of the test catalog. */
export interface Week {
  readonly staff: readonly { readonly id: string; readonly hours: number; readonly restHours: number }[];
}

export const maxHours = defineRule({
  id: 'demo/max-hours',
  meta: { description: 'Weekly hours cap', defaultSeverity: 'warn', messages: { over: '{who} works {hours} h, over {limit} h' } },
  options: z.object({ hours: z.number().positive().default(40) }),
  check: (week: Week, options) =>
    week.staff
      .filter((s) => s.hours > options.hours)
      .map((s) => ({
        messageId: 'over',
        data: { who: s.id, hours: s.hours, limit: options.hours },
        subject: { type: 'staff', id: s.id },
        actual: s.hours,
        threshold: options.hours,
        suggestedAction: { kind: 'reassign-shift', description: `Move a shift away from ${s.id}` },
      })),
});

export const minRest = defineRule({
  id: 'demo/min-rest',
  meta: { description: 'Rest between shifts', defaultSeverity: 'error', messages: { short: '{who} rests only {rest} h' } },
  options: z.object({ hours: z.number().min(0).default(11) }),
  check: (week: Week, options) =>
    week.staff
      .filter((s) => s.restHours < options.hours)
      .map((s) => ({ messageId: 'short', data: { who: s.id, rest: s.restHours }, subject: { type: 'staff', id: s.id }, actual: s.restHours, threshold: options.hours })),
});

export const note = defineRule({
  id: 'demo/part-timer',
  meta: { description: 'Notes part-timers', defaultSeverity: 'info', messages: { part: '{who} works part time' } },
  options: z.object({}),
  check: (week: Week) =>
    week.staff.filter((s) => s.hours < 20).map((s) => ({ messageId: 'part', data: { who: s.id }, subject: { type: 'staff', id: s.id } })),
});

export const demoCatalog = defineCatalog({
  name: 'demo',
  rules: [maxHours, note, minRest],
  presets: { strict: { rules: { 'demo/max-hours': ['error', { hours: 38 }], 'demo/part-timer': 'off' } } },
});

export const week: Week = {
  staff: [
    { id: 'zoe', hours: 44, restHours: 12 },
    { id: 'ana', hours: 42, restHours: 9 },
    { id: 'bo', hours: 12, restHours: 8 },
    { id: 'cy', hours: 39, restHours: 11 },
  ],
};
