import type { IsoDate } from '../core/calendar.js';
import type { Inventory } from './schemas.js';

/**
 * What the inventory rules look at: one parsed inventory snapshot (see {@link parseInventory}),
 * with its saved reorder policies in `policies`.
 *
 * @example
 * ```ts
 * const subject: InventorySubject = parseInventory(json);
 * ```
 * @category Rules
 */
export type InventorySubject = Inventory;

/**
 * Shared facts for the inventory rules.
 *
 * @example
 * ```ts
 * const context: InventoryContext = { today: '2026-11-23' };
 * ```
 * @category Rules
 */
export interface InventoryContext {
  /** The day of the review (YYYY-MM-DD). */
  readonly today: IsoDate;
}
