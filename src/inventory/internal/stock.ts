import { addCalendarDays, daysBetween, toDayNumber, type IsoDate } from '../../core/calendar.js';
import { forecastDemandParsed } from '../forecast-demand.js';
import type { InventoryIndex } from './lookup.js';
import type { DemandEstimate } from '../estimate-demand.js';
import type { LotUseProjection } from '../project-lot-use.js';
import type { StockPosition } from '../stock-position.js';
import type { Funding, Inventory, Item, ItemPolicy, Lot } from '../schemas.js';

/** The last day a lot may be used: its expiry, or the beyond-use date of an opened multi-dose container if earlier. */
export function usableUntil(lot: Lot, item: Item | undefined): IsoDate {
  let until = lot.expiresOn;
  if (lot.beyondUseDate !== undefined && lot.beyondUseDate < until) until = lot.beyondUseDate;
  if (lot.openedOn !== undefined && item?.multiDose !== undefined) {
    const bud = addCalendarDays(lot.openedOn, item.multiDose.beyondUseDays);
    if (bud < until) until = bud;
  }
  return until;
}

/** The lots of one item and funding stream, optionally at some locations only. */
export function lotsFor(index: InventoryIndex, itemId: string, funding: Funding | undefined, locationIds?: readonly string[]): Lot[] {
  const all = index.lotsByItem.get(itemId) ?? [];
  return all.filter((lot) => (funding === undefined || lot.funding === funding) && (locationIds === undefined || locationIds.includes(lot.locationId)));
}

/** Earliest-expiry-first use of the lots at a constant daily demand, from `today` on. */
export function projectUse(lots: readonly Lot[], item: Item | undefined, today: IsoDate, perDay: number): LotUseProjection[] {
  const rows = lots
    .map((lot) => ({ lot, until: usableUntil(lot, item) }))
    .sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : a.lot.expiresOn < b.lot.expiresOn ? -1 : a.lot.expiresOn > b.lot.expiresOn ? 1 : a.lot.id < b.lot.id ? -1 : a.lot.id > b.lot.id ? 1 : 0));
  const out: LotUseProjection[] = [];
  let usedBefore = 0;
  for (const { lot, until } of rows) {
    const available = Math.max(0, lot.quantity - lot.reserved);
    const days = daysBetween(today, until) + 1; // usable through `until`
    const expired = days <= 0;
    let used = 0;
    if (!expired && perDay > 0) used = Math.min(available, Math.max(0, perDay * days - usedBefore));
    const waste = expired ? available : available - used;
    const startOffset = perDay > 0 ? Math.floor(usedBefore / perDay + 1e-9) : undefined;
    const depletedOffset = perDay > 0 && used > 0 && waste <= 1e-9 ? Math.ceil((usedBefore + used) / perDay - 1e-9) - 1 : undefined;
    out.push({
      lotId: lot.id,
      itemId: lot.itemId,
      locationId: lot.locationId,
      funding: lot.funding,
      usableUntil: until,
      expired,
      available,
      reserved: lot.reserved,
      projectedUse: used,
      projectedWaste: waste,
      ...(startOffset !== undefined && used > 0 ? { firstUseOn: addCalendarDays(today, startOffset) } : {}),
      ...(depletedOffset !== undefined ? { depletedOn: addCalendarDays(today, Math.max(0, depletedOffset)) } : {}),
    });
    usedBefore += used;
  }
  return out;
}

/** Units used per day over the lookback window ending yesterday, oldest first. */
export function dailyUse(
  _inventory: Inventory,
  index: InventoryIndex,
  itemId: string,
  funding: Funding | undefined,
  locationIds: readonly string[] | undefined,
  today: IsoDate,
  lookbackDays: number,
): number[] {
  let start = addCalendarDays(today, -lookbackDays);
  const earliest = index.firstMovementOn;
  if (earliest !== undefined && earliest > start) start = earliest;
  const length = Math.max(0, daysBetween(start, today));
  const series = Array.from({ length }, () => 0);
  const first = toDayNumber(start);
  for (const { movement, lot } of index.usesByItem.get(itemId) ?? []) {
    if (funding !== undefined && lot.funding !== funding) continue;
    if (locationIds !== undefined && !locationIds.includes(lot.locationId)) continue;
    const offset = toDayNumber(movement.date) - first;
    if (offset >= 0 && offset < length) series[offset] = (series[offset] as number) + movement.quantity;
  }
  return series;
}

const demandCache = new WeakMap<Inventory, Map<string, DemandEstimate>>();

/** Demand per day for a policy: given, or forecast from the use history (memoised per snapshot). */
export function demandFor(inventory: Inventory, index: InventoryIndex, policy: ItemPolicy, today: IsoDate): DemandEstimate {
  if (policy.demand !== undefined) return { perDay: policy.demand.perDay, sdPerDay: policy.demand.sdPerDay, source: 'given', days: 0 };
  let cache = demandCache.get(inventory);
  if (cache === undefined) {
    cache = new Map();
    demandCache.set(inventory, cache);
  }
  const key = JSON.stringify([policy.itemId, policy.funding, policy.locationIds ?? null, policy.lookbackDays, policy.forecast, today]);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const estimate = estimateFromHistory(inventory, index, policy, today);
  cache.set(key, estimate);
  return estimate;
}

function estimateFromHistory(inventory: Inventory, index: InventoryIndex, policy: ItemPolicy, today: IsoDate): DemandEstimate {
  if (policy.demand !== undefined) return { perDay: policy.demand.perDay, sdPerDay: policy.demand.sdPerDay, source: 'given', days: 0 };
  const series = dailyUse(inventory, index, policy.itemId, policy.funding, policy.locationIds, today, policy.lookbackDays);
  if (series.length === 0) return { perDay: 0, sdPerDay: 0, source: 'history', days: 0 };
  let method = policy.forecast;
  if (method.method === 'moving-average' && method.window > series.length) method = { method: 'moving-average', window: series.length };
  const forecast = forecastDemandParsed(series, method, 1);
  const mean = series.reduce((a, b) => a + b, 0) / series.length;
  const sampleSd = series.length > 1 ? Math.sqrt(series.reduce((a, b) => a + (b - mean) ** 2, 0) / (series.length - 1)) : 0;
  const sd = forecast.error.count >= 7 ? forecast.error.rmse : sampleSd;
  return { perDay: Math.max(0, forecast.next), sdPerDay: sd, source: 'history', days: series.length, method: forecast.method };
}

/** The stock position of one item and funding stream. */
export function positionFor(
  index: InventoryIndex,
  item: Item,
  funding: Funding,
  locationIds: readonly string[] | undefined,
  today: IsoDate,
  perDay: number,
): StockPosition {
  const lots = lotsFor(index, item.id, funding, locationIds);
  const projection = projectUse(lots, item, today, perDay);
  let onHand = 0;
  let expired = 0;
  let reserved = 0;
  let expiringUnused = 0;
  for (const row of projection) {
    onHand += row.available + row.reserved;
    if (row.expired) expired += row.available + row.reserved;
    else {
      reserved += row.reserved;
      expiringUnused += row.projectedWaste;
    }
  }
  let onOrder = 0;
  for (const order of index.openOrders) {
    for (const line of order.lines) {
      if (line.itemId === item.id && line.funding === funding) onOrder += Math.max(0, line.quantity - line.receivedQuantity) * line.packSize;
    }
  }
  const usableOnHand = onHand - expired;
  return {
    itemId: item.id,
    funding,
    date: today,
    onHand,
    expired,
    usableOnHand,
    expiringUnused,
    reserved,
    onOrder,
    position: usableOnHand - expiringUnused - reserved + onOrder,
    lots: projection,
  };
}
