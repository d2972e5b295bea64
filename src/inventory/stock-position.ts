import { z } from 'zod';
import type { IsoDate } from '../core/calendar.js';
import { parseInput } from '../core/parse.js';
import { dateArg, indexInventory, inventoryArg, itemArg } from './internal/args.js';
import { positionFor } from './internal/stock.js';
import type { LotUseProjection } from './project-lot-use.js';
import { FundingSchema, LocationIdSchema, type Funding, type Inventory, type InventoryInput } from './schemas.js';

/**
 * The stock position of one item and funding stream, with every term of its definition:
 * `position = usableOnHand - expiringUnused - reserved + onOrder`, where `usableOnHand` excludes
 * lots past their expiry or beyond-use date and `expiringUnused` is what earliest-expiry-first use
 * at the expected demand will not use in time.
 *
 * @example
 * ```ts
 * const { position, expiringUnused }: StockPosition = stockPosition(inventory, 'gloves-m', '2026-11-23');
 * ```
 * @category Inventory
 */
export interface StockPosition {
  /** The item. */
  readonly itemId: string;
  /** The funding stream. */
  readonly funding: Funding;
  /** The day it was computed for. */
  readonly date: IsoDate;
  /** All units on hand, usable or not. */
  readonly onHand: number;
  /** Units on hand past their last usable day. */
  readonly expired: number;
  /** onHand - expired. */
  readonly usableOnHand: number;
  /** Usable units projected to expire before they are used. */
  readonly expiringUnused: number;
  /** Usable units promised elsewhere. */
  readonly reserved: number;
  /** Units on open purchase orders, not yet received. */
  readonly onOrder: number;
  /** The stock position that reorder policies compare with their levels. */
  readonly position: number;
  /** The lots behind it, in the order they will be used. */
  readonly lots: readonly LotUseProjection[];
}

/**
 * Options of {@link stockPosition}.
 *
 * @example
 * ```ts
 * stockPosition(inventory, 'flu-vaccine', '2026-11-23', { funding: 'vfc', demandPerDay: 3 });
 * ```
 * @category Inventory
 */
export interface StockPositionOptions {
  /** Which stock: `private` (default) or `vfc`. */
  readonly funding?: Funding;
  /** Only lots at these locations. */
  readonly locationIds?: readonly string[];
  /** Expected units used per day, for the expiry projection (0 by default: then every usable unit counts). */
  readonly demandPerDay?: number;
}

const OptionsSchema = z
  .object({ funding: FundingSchema.default('private'), locationIds: z.array(LocationIdSchema).optional(), demandPerDay: z.number().min(0).finite().default(0) })
  .strict();

/**
 * The stock position of an item: usable on hand before expiry, minus what will expire unused,
 * minus reserved, plus on order. See {@link StockPosition} for each term.
 *
 * @param inventory - the inventory snapshot
 * @param itemId - the item
 * @param today - the day
 * @param options - funding stream, locations and expected daily demand
 * @returns the position and its terms
 * @throws PracticeOpsError `INVALID_INPUT` for bad input, `UNKNOWN_REFERENCE` for an unknown item
 * @example
 * ```ts
 * stockPosition(inventory, 'gloves-m', '2026-11-23', { demandPerDay: 120 }).position;
 * ```
 * @category Inventory
 */
export function stockPosition(
  inventory: InventoryInput | Inventory,
  itemId: string,
  today: IsoDate,
  options: StockPositionOptions = {},
): StockPosition {
  const inv = inventoryArg(inventory);
  const index = indexInventory(inv);
  const item = itemArg(index, itemId);
  const opts = parseInput(OptionsSchema, options, { label: 'options' });
  return positionFor(index, item, opts.funding, opts.locationIds, dateArg(today, 'today'), opts.demandPerDay);
}
