/** Inventories that came out of parseInventory: safe to use without parsing again. */
export const parsedInventories = new WeakSet<object>();
