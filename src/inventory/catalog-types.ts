import type { IsoDate } from '../core/calendar.js';
import type { Inventory } from './schemas.js';

/**
 * What the inventory rules look at: one parsed inventory snapshot (see {@link parseInventory}),
 * with its saved reorder policies in `policies`.
 *
 * @category Rules
 */
export type InventorySubject = Inventory;

/**
 * Shared facts for the inventory rules.
 *
 * @category Rules
 */
export interface InventoryContext {
  /** The day of the review (YYYY-MM-DD). */
  readonly today: IsoDate;
}
