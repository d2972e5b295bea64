import type { Inventory, Item, Location, Lot, PurchaseOrder, StockMovement, Vendor } from '../schemas.js';

/** Maps over a parsed inventory, built once per snapshot object. */
export interface InventoryIndex {
  readonly items: ReadonlyMap<string, Item>;
  readonly vendors: ReadonlyMap<string, Vendor>;
  readonly locations: ReadonlyMap<string, Location>;
  readonly lots: ReadonlyMap<string, Lot>;
  readonly lotsByItem: ReadonlyMap<string, readonly Lot[]>;
  readonly openOrders: readonly PurchaseOrder[];
  /** Use movements by item id, with their lot. */
  readonly usesByItem: ReadonlyMap<string, readonly { readonly movement: Extract<StockMovement, { type: 'use' }>; readonly lot: Lot }[]>;
  /** The date of the earliest movement, if any. */
  readonly firstMovementOn: string | undefined;
}

const cache = new WeakMap<Inventory, InventoryIndex>();

export function indexInventory(inventory: Inventory): InventoryIndex {
  const cached = cache.get(inventory);
  if (cached !== undefined) return cached;
  const lotsByItem = new Map<string, Lot[]>();
  for (const lot of inventory.lots) {
    const list = lotsByItem.get(lot.itemId);
    if (list === undefined) lotsByItem.set(lot.itemId, [lot]);
    else list.push(lot);
  }
  const lots = new Map(inventory.lots.map((lot) => [lot.id, lot]));
  const usesByItem = new Map<string, { movement: Extract<StockMovement, { type: 'use' }>; lot: Lot }[]>();
  let firstMovementOn: string | undefined;
  for (const movement of inventory.movements) {
    if (firstMovementOn === undefined || movement.date < firstMovementOn) firstMovementOn = movement.date;
    if (movement.type !== 'use') continue;
    const lot = lots.get(movement.lotId);
    if (lot === undefined) continue;
    const list = usesByItem.get(lot.itemId);
    if (list === undefined) usesByItem.set(lot.itemId, [{ movement, lot }]);
    else list.push({ movement, lot });
  }
  const index: InventoryIndex = {
    items: new Map(inventory.items.map((item) => [item.id, item])),
    vendors: new Map(inventory.vendors.map((vendor) => [vendor.id, vendor])),
    locations: new Map(inventory.locations.map((location) => [location.id, location])),
    lots,
    lotsByItem,
    openOrders: inventory.purchaseOrders.filter((order) => order.status === 'open'),
    usesByItem,
    firstMovementOn,
  };
  cache.set(inventory, index);
  return index;
}
