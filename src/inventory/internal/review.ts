import { IsoDateSchema, type IsoDate } from '../../core/calendar.js';
import { parseInput } from '../../core/parse.js';
import type { InventoryContext, InventorySubject } from '../catalog-types.js';
import type { LotUseProjection } from '../project-lot-use.js';
import { ItemPolicySchema, type Funding, type Inventory, type ItemPolicy } from '../schemas.js';
import { suggestParsed, type PurchaseSuggestions } from '../suggest-orders.js';
import { inventoryArg } from './args.js';
import { indexInventory, type InventoryIndex } from './lookup.js';
import { demandFor, lotsFor, projectUse } from './stock.js';

/** The subject as a parsed inventory: parsed snapshots pass straight through, anything else is validated (typed errors, never a TypeError). */
export function subjectOf(subject: InventorySubject): Inventory {
  return inventoryArg(subject);
}

/** Checks the context once per rule call: today must be a date. */
export function todayOf(context: InventoryContext | undefined): IsoDate {
  return parseInput(IsoDateSchema, context?.today, { label: 'context.today', basePath: ['context', 'today'] });
}

const suggestionCache = new WeakMap<Inventory, Map<string, PurchaseSuggestions>>();

/** suggestOrders for the saved policies, shared by rules that ask the same question. */
export function cachedSuggestions(inventory: Inventory, today: IsoDate, horizonDays: number, topUpToMinimum: boolean): PurchaseSuggestions {
  let byKey = suggestionCache.get(inventory);
  if (byKey === undefined) {
    byKey = new Map();
    suggestionCache.set(inventory, byKey);
  }
  const key = `${today}|${horizonDays}|${String(topUpToMinimum)}`;
  let result = byKey.get(key);
  if (result === undefined) {
    const index = indexInventory(inventory);
    const policies = inventory.policies.filter((policy) => index.items.has(policy.itemId));
    result = suggestParsed(inventory, index, policies, today, { horizonDays, topUpToMinimum, source: 'inventory' });
    byKey.set(key, result);
  }
  return result;
}

/** One item and funding stream with stock, its demand and its FEFO projection. */
export interface StreamProjection {
  readonly itemId: string;
  readonly funding: Funding;
  readonly perDay: number;
  readonly lots: readonly LotUseProjection[];
}

const projectionCache = new WeakMap<Inventory, Map<string, readonly StreamProjection[]>>();

export function policyFor(inventory: Inventory, itemId: string, funding: Funding): ItemPolicy {
  return (
    inventory.policies.find((policy) => policy.itemId === itemId && policy.funding === funding) ??
    ItemPolicySchema.parse({ itemId, funding, policy: { kind: 'min-max', min: 0, max: 0 } })
  );
}

/** FEFO projections for every item and funding stream that has lots. */
export function streamProjections(inventory: Inventory, today: IsoDate): readonly StreamProjection[] {
  let byDay = projectionCache.get(inventory);
  if (byDay === undefined) {
    byDay = new Map();
    projectionCache.set(inventory, byDay);
  }
  const cached = byDay.get(today);
  if (cached !== undefined) return cached;
  const index: InventoryIndex = indexInventory(inventory);
  const out: StreamProjection[] = [];
  const streams = new Set<string>();
  for (const lot of inventory.lots) streams.add(`${lot.itemId}\u0000${lot.funding}`);
  for (const stream of [...streams].sort()) {
    const [itemId, funding] = stream.split('\u0000') as [string, Funding];
    const item = index.items.get(itemId);
    if (item === undefined) continue;
    const policy = policyFor(inventory, itemId, funding);
    const demand = demandFor(inventory, index, policy, today);
    out.push({ itemId, funding, perDay: demand.perDay, lots: projectUse(lotsFor(index, itemId, funding, policy.locationIds), item, today, demand.perDay) });
  }
  byDay.set(today, out);
  return out;
}

/** How a lot is named in findings: its message data (lot, item, quantity, unit, location) and its subject. */
export function describeLot(
  lot: Inventory['lots'][number],
  index: InventoryIndex,
  date: IsoDate,
): { readonly name: string; readonly label: string; readonly data: Record<string, unknown>; readonly subject: { type: string; id: string; dates: string[]; label: string } } {
  const item = index.items.get(lot.itemId);
  const name = item?.name ?? lot.itemId;
  const label = lot.lotNumber ?? lot.id;
  return {
    name,
    label,
    data: { lot: label, item: name, quantity: lot.quantity, unit: item?.unit ?? 'units', location: index.locations.get(lot.locationId)?.name ?? lot.locationId, date },
    subject: { type: 'lot', id: lot.id, dates: [date], label: `${name} lot ${label}` },
  };
}
