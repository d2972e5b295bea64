import { z } from 'zod';
import { IsoDateSchema } from './calendar.js';

/**
 * A span of days in which a staff member may (or may not) work a role, as the credentials domain
 * works it out and the rota consumes it. `to` is inclusive; an open `to` means "until further notice".
 *
 * @category Cross-domain
 */
export const EligibilityWindowSchema = z
  .object({
    staffId: z.string().min(1),
    roleId: z.string().min(1),
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
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
