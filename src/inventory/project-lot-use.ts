import { z } from 'zod';
import type { IsoDate } from '../core/calendar.js';
import { parseInput } from '../core/parse.js';
import { dateArg, indexInventory, inventoryArg, itemArg } from './internal/args.js';
import { lotsFor, projectUse } from './internal/stock.js';
import { FundingSchema, LocationIdSchema, type Funding, type Inventory, type InventoryInput } from './schemas.js';

/**
 * What earliest-expiry-first use at a steady daily demand does to one lot.
 *
 * @example
 * ```ts
 * const wasted = projectLotUse(inventory, 'flu-vaccine', '2026-11-23', 4).filter((lot: LotUseProjection) => lot.projectedWaste > 0);
 * ```
 * @category Inventory
 */
export interface LotUseProjection {
  /** The lot. */
  readonly lotId: string;
  /** Its item. */
  readonly itemId: string;
  /** Its location. */
  readonly locationId: string;
  /** Its funding. */
  readonly funding: Funding;
  /** Its last usable day (expiry or beyond-use date). */
  readonly usableUntil: IsoDate;
  /** Already past its last usable day. */
  readonly expired: boolean;
  /** Units free for general use (on hand minus reserved). */
  readonly available: number;
  /** Units reserved. */
  readonly reserved: number;
  /** Units projected to be used before the lot's last usable day. */
  readonly projectedUse: number;
  /** Units projected to expire unused (all available units of an expired lot). */
  readonly projectedWaste: number;
  /** The day use of this lot is projected to start. */
  readonly firstUseOn?: IsoDate;
  /** The day the lot is projected to run out, when it runs out before it expires. */
  readonly depletedOn?: IsoDate;
}

/**
 * Options of {@link projectLotUse}.
 *
 * @example
 * ```ts
 * projectLotUse(inventory, 'flu-vaccine', '2026-11-23', 4, { funding: 'vfc' });
 * ```
 * @category Inventory
 */
export interface ProjectLotUseOptions {
  /** Only lots of this funding (all by default). */
  readonly funding?: Funding;
  /** Only lots at these locations. */
  readonly locationIds?: readonly string[];
}

const OptionsSchema = z.object({ funding: FundingSchema.optional(), locationIds: z.array(LocationIdSchema).optional() }).strict();

/**
 * Projects earliest-expiry-first (FEFO) use of an item's lots at a steady daily demand from `today`
 * on: which lots are used when, and how many units of each will pass their last usable day unused.
 *
 * @param inventory - the inventory snapshot
 * @param itemId - the item
 * @param today - the first day of use
 * @param demandPerDay - units used per day
 * @param options - funding and location filters
 * @returns one projection per lot, in the order they are used
 * @throws PracticeOpsError `INVALID_INPUT` for bad input, `UNKNOWN_REFERENCE` for an unknown item
 * @example
 * ```ts
 * projectLotUse(inventory, 'flu-vaccine', '2026-11-23', 4).filter((lot) => lot.projectedWaste > 0);
 * ```
 * @category Inventory
 */
export function projectLotUse(
  inventory: InventoryInput | Inventory,
  itemId: string,
  today: IsoDate,
  demandPerDay: number,
  options: ProjectLotUseOptions = {},
): readonly LotUseProjection[] {
  const inv = inventoryArg(inventory);
  const index = indexInventory(inv);
  const item = itemArg(index, itemId);
  const day = dateArg(today, 'today');
  const perDay = parseInput(z.number().min(0).finite(), demandPerDay, { label: 'demandPerDay' });
  const opts = parseInput(OptionsSchema, options, { label: 'options' });
  return projectUse(lotsFor(index, item.id, opts.funding, opts.locationIds), item, day, perDay);
}
