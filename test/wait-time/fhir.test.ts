import { describe, expect, it } from 'vitest';
import type { Appointment, Encounter } from 'fhir/r4';
import { timelinesFromFhir, visitIntervals } from 'practiceops/wait-time';
import { isPracticeOpsError } from 'practiceops';

const encounter: Encounter = {
  resourceType: 'Encounter',
  id: 'e1',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
  type: [{ coding: [{ code: 'follow-up' }] }],
  participant: [
    { type: [{ coding: [{ code: 'ADM' }] }], individual: { reference: 'Practitioner/clerk' } },
    { type: [{ coding: [{ code: 'PPRF' }] }], individual: { reference: 'Practitioner/dr-lee' } },
  ],
  appointment: [{ reference: 'Appointment/a1' }],
  statusHistory: [
    { status: 'arrived', period: { start: '2026-11-23T08:52:00-05:00', end: '2026-11-23T09:03:00-05:00' } },
    { status: 'triaged', period: { start: '2026-11-23T09:03:00-05:00', end: '2026-11-23T09:10:00-05:00' } },
    { status: 'in-progress', period: { start: '2026-11-23T09:10:00-05:00', end: '2026-11-23T09:30:00-05:00' } },
  ],
  period: { start: '2026-11-23T08:52:00-05:00', end: '2026-11-23T09:31:00-05:00' },
};

const appointments: Appointment[] = [
  { resourceType: 'Appointment', id: 'a1', status: 'fulfilled', start: '2026-11-23T09:00:00-05:00', appointmentType: { coding: [{ code: 'FOLLOWUP' }] }, participant: [] },
  {
    resourceType: 'Appointment',
    id: 'a2',
    status: 'noshow',
    start: '2026-11-23T09:20:00-05:00',
    participant: [{ actor: { reference: 'Practitioner/dr-ng' }, status: 'accepted' }],
  },
];

describe('timelinesFromFhir', () => {
  it('maps statusHistory, period and the linked Appointment, recording each source', () => {
    const { timelines, warnings } = timelinesFromFhir({ encounters: [encounter], appointments });
    expect(warnings).toEqual([]);
    const [e1, a2] = timelines;
    expect(e1).toMatchObject({
      id: 'e1',
      visitType: 'follow-up',
      provider: 'Practitioner/dr-lee',
      scheduledAt: '2026-11-23T09:00:00-05:00',
      checkedInAt: '2026-11-23T08:52:00-05:00',
      roomedAt: '2026-11-23T09:03:00-05:00',
      seenAt: '2026-11-23T09:10:00-05:00',
      checkedOutAt: '2026-11-23T09:31:00-05:00',
    });
    expect(e1?.sources).toMatchObject({
      checkedInAt: 'Encounter/e1.statusHistory[0].period.start',
      roomedAt: 'Encounter/e1.statusHistory[1].period.start',
      seenAt: 'Encounter/e1.statusHistory[2].period.start',
      checkedOutAt: 'Encounter/e1.period.end',
      scheduledAt: 'Appointment/a1.start',
      provider: 'Encounter/e1.participant[1].individual',
      appointment: 'Encounter/e1.appointment[0]',
    });
    expect(visitIntervals(e1 as never).doorToProvider).toBe(18);
    expect(a2).toMatchObject({ id: 'a2', outcome: 'no-show', provider: 'Practitioner/dr-ng', scheduledAt: '2026-11-23T09:20:00-05:00' });
    expect(a2?.sources?.['outcome']).toBe('Appointment/a2.status');
  });

  it('treats a cancelled encounter after arrival as a walk-out and skips date-only times with a warning', () => {
    const walkOut: Encounter = {
      resourceType: 'Encounter',
      id: 'e2',
      status: 'cancelled',
      class: { code: 'AMB' },
      statusHistory: [
        { status: 'arrived', period: { start: '2026-11-23T10:00:00-05:00' } },
        { status: 'cancelled', period: { start: '2026-11-23T10:42:00-05:00' } },
      ],
    };
    const dateOnly: Encounter = { resourceType: 'Encounter', id: 'e3', status: 'arrived', class: { code: 'AMB' }, period: { start: '2026-11-23' } };
    const { timelines, warnings } = timelinesFromFhir({ encounters: [walkOut, dateOnly] });
    expect(timelines[0]).toMatchObject({ outcome: 'left-without-being-seen', leftAt: '2026-11-23T10:42:00-05:00' });
    expect(timelines[0]?.sources?.['leftAt']).toBe('Encounter/e2.statusHistory[1].period.start');
    expect(timelines[1]?.checkedInAt).toBeUndefined();
    expect(warnings).toEqual(['Encounter/e3.period.start: "2026-11-23" has no time with an offset; skipped']);
  });

  it('rejects something that is not an Encounter', () => {
    try {
      timelinesFromFhir({ encounters: [{ resourceType: 'Patient' } as never] });
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'INVALID_INPUT')).toBe(true);
      expect((error as { path: unknown }).path).toEqual(['encounters', 0, 'resourceType']);
    }
  });
});
