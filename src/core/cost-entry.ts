import { z } from 'zod';
import { IsoDateSchema } from './calendar.js';
import { MoneySchema } from './money.js';

/**
 * One cost that a domain produces for the budget: labour from a rota, committed spend from an
 * open purchase order. This is how data crosses domains without one importing another.
 *
 * @example
 * ```ts
 * CostEntrySchema.parse({ source: 'rota', account: 'support-staff-salaries', date: '2026-12-01', amount: { amount: '180.00', currency: 'USD' }, layer: 'projected' });
 * ```
 * @category Cross-domain
 */
export const CostEntrySchema = z
  .object({
    /** Where it came from: `rota`, `inventory`, or an app's own name. */
    source: z.string().min(1),
    /** The budget account it belongs to, for example `support-staff-salaries` or `medical-supplies`. */
    account: z.string().min(1),
    /** The cost centre, if known. */
    costCentre: z.string().min(1).optional(),
    /** The date the cost falls on. */
    date: IsoDateSchema,
    /** The amount. */
    amount: MoneySchema,
    /** `actual` (posted), `committed` (ordered, not yet invoiced) or `projected`. */
    layer: z.enum(['actual', 'committed', 'projected']),
    /** A readable description. */
    description: z.string().optional(),
    /** What it is about: a staff id, a purchase order id... */
    reference: z.string().optional(),
    /** Quantity and unit behind it (hours, units), if any. */
    quantity: z.number().finite().optional(),
    /** Pay category for labour: regular, overtime or double time. */
    category: z.string().optional(),
  })
  .readonly();

/**
 * One cost crossing from a domain into the budget.
 *
 * @category Cross-domain
 */
export type CostEntry = z.infer<typeof CostEntrySchema>;
