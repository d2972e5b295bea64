import type { IsoDate } from '../core/calendar.js';
import { parseInput } from '../core/parse.js';
import { dateArg, indexInventory, inventoryArg, itemArg } from './internal/args.js';
import { demandFor } from './internal/stock.js';
import { ItemPolicySchema, type Inventory, type InventoryInput, type ItemPolicyInput } from './schemas.js';
import type { ForecastMethod } from './forecast-demand.js';

/**
 * Daily demand for an item, and where the figure came from.
 *
 * @example
 * ```ts
 * const { perDay, sdPerDay }: DemandEstimate = estimateDemand(inventory, policy, '2026-11-23');
 * ```
 * @category Inventory
 */
export interface DemandEstimate {
  /** Mean units per day. */
  readonly perDay: number;
  /** Standard deviation per day (the forecast's RMSE when there is enough history, else the sample sd). */
  readonly sdPerDay: number;
  /** `given` in the policy, or forecast from the `history` of use movements. */
  readonly source: 'given' | 'history';
  /** Days of history used. */
  readonly days: number;
  /** The forecasting method, for history. */
  readonly method?: ForecastMethod['method'];
}

/**
 * Estimates daily demand for a policy's item and funding stream: the policy's `demand` when given,
 * otherwise a forecast (moving average over 28 days by default) of the `use` movements in the
 * lookback window ending yesterday. The history starts no earlier than the first recorded movement.
 *
 * @param inventory - the inventory snapshot
 * @param policy - the item policy (item, funding, locations, forecast method, lookback)
 * @param today - the day of the estimate
 * @returns the demand per day and its sd
 * @throws PracticeOpsError `INVALID_INPUT` for bad input, `UNKNOWN_REFERENCE` for an unknown item
 * @example
 * ```ts
 * estimateDemand(inventory, { itemId: 'gloves-m', policy: { kind: 'min-max', min: 500, max: 2000 } }, '2026-11-23').perDay;
 * ```
 * @category Inventory
 */
export function estimateDemand(inventory: InventoryInput | Inventory, policy: ItemPolicyInput, today: IsoDate): DemandEstimate {
  const inv = inventoryArg(inventory);
  const index = indexInventory(inv);
  const parsed = parseInput(ItemPolicySchema, policy, { label: 'policy' });
  itemArg(index, parsed.itemId);
  return demandFor(inv, index, parsed, dateArg(today, 'today'));
}
