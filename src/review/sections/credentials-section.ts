import type { IsoDate } from '../../core/index.js';
import { credentialAlerts, type CredentialsContext, type CredentialsSnapshot } from '../../credentials/index.js';
import { evaluate, type CompiledPolicy } from '../../rules/index.js';
import { tagFindings, type DomainReview } from './domain-review.js';

/**
 * Reviews credentials: findings from the credentials catalog and a table of what lapses or has
 * lapsed, with the rota shifts each lapse touches.
 */
export function reviewCredentials(
  snapshot: CredentialsSnapshot,
  policy: CompiledPolicy<CredentialsSnapshot, CredentialsContext>,
  today: IsoDate,
): DomainReview {
  const findings = evaluate(policy, snapshot, { today });
  const alerts = credentialAlerts({
    today,
    credentials: snapshot.credentials,
    shifts: snapshot.shifts,
    requirements: snapshot.requirements,
    staff: snapshot.staff,
    events: snapshot.events,
    ...(snapshot.types === undefined ? {} : { types: snapshot.types }),
    ...(snapshot.state === undefined ? {} : { state: snapshot.state }),
  });
  const names = new Map(snapshot.staff.map((member) => [member.id, member.name ?? member.id]));
  const lapsed = alerts.filter((alert) => alert.daysLeft < 0).length;
  return {
    findings: tagFindings('credentials', findings),
    section: {
      domain: 'credentials',
      title: 'Licences and certifications',
      headlines: [
        { label: 'Tracked', value: String(snapshot.credentials.length) },
        { label: 'Lapsed', value: String(lapsed) },
        { label: 'Expiring within 90 days', value: String(alerts.length - lapsed) },
      ],
      tables: [
        {
          title: 'Expiring and lapsed',
          columns: ['Staff', 'Credential', 'Expires', 'Days left', 'Renewal window', 'Rota shifts affected'],
          rows: alerts.map((alert) => [
            names.get(alert.staffId) ?? alert.staffId,
            alert.typeName,
            alert.expires,
            String(alert.daysLeft),
            alert.renewalWindowOpen ? 'open' : `opens ${alert.renewalOpensOn ?? '-'}`,
            alert.affectedShifts.length === 0 ? '-' : `${alert.affectedShifts.length} from ${alert.affectedShifts[0]?.date ?? ''}`,
          ]),
        },
      ],
    },
  };
}
