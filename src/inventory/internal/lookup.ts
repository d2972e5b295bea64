import type { Inventory, Item, Location, Lot, PurchaseOrder, Vendor } from '../schemas.js';

/** Maps over a parsed inventory, built once per snapshot object. */
export interface InventoryIndex {
  readonly items: ReadonlyMap<string, Item>;
  readonly vendors: ReadonlyMap<string, Vendor>;
  readonly locations: ReadonlyMap<string, Location>;
  readonly lots: ReadonlyMap<string, Lot>;
  readonly lotsByItem: ReadonlyMap<string, readonly Lot[]>;
  readonly openOrders: readonly PurchaseOrder[];
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
  const index: InventoryIndex = {
    items: new Map(inventory.items.map((item) => [item.id, item])),
    vendors: new Map(inventory.vendors.map((vendor) => [vendor.id, vendor])),
    locations: new Map(inventory.locations.map((location) => [location.id, location])),
    lots: new Map(inventory.lots.map((lot) => [lot.id, lot])),
    lotsByItem,
    openOrders: inventory.purchaseOrders.filter((order) => order.status === 'open'),
  };
  cache.set(inventory, index);
  return index;
}
