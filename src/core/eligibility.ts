import { z } from 'zod';
import { IsoDateSchema } from './calendar.js';

/**
 * A span of days in which a staff member may (or may not) work a role, as the credentials domain
 * works it out and the rota consumes it. `to` is inclusive; an open `to` means "until further notice".
 *
 * @example
 * ```ts
 * EligibilityWindowSchema.parse({ staffId: 'ana', roleId: 'rn', from: '2026-12-01', eligible: true, reason: 'RN licence' });
 * ```
 * @category Cross-domain
 */
export const EligibilityWindowSchema = z
  .object({
    /** The staff member. */
    staffId: z.string().min(1),
    /** The role. */
    roleId: z.string().min(1),
    /** The first day of the window. */
    from: IsoDateSchema,
    /** The last day of the window (included); open-ended when absent. */
    to: IsoDateSchema.optional(),
    /** Whether the staff member may work the role in the window. */
    eligible: z.boolean(),
    /** Why: the credential that opens or closes the window. */
    reason: z.string(),
  })
  .readonly();

/**
 * When a staff member may or may not work a role.
 *
 * @category Cross-domain
 */
export type EligibilityWindow = z.infer<typeof EligibilityWindowSchema>;
