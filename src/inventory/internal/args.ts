import { z } from 'zod';
import { IsoDateSchema } from '../../core/calendar.js';
import { ERROR_CODES, practiceOpsError } from '../../core/errors.js';
import { parseInput } from '../../core/parse.js';
import { parseInventory } from '../parse-inventory.js';
import type { Inventory, InventoryInput, Item } from '../schemas.js';
import { indexInventory, type InventoryIndex } from './lookup.js';
import { parsedInventories } from './parsed.js';


/** Parses an inventory unless this very object came out of a parse already. */
export function inventoryArg(input: InventoryInput | Inventory): Inventory {
  if (typeof input === 'object' && input !== null && parsedInventories.has(input)) return input as Inventory;
  return parseInventory(input);
}

export function dateArg(value: unknown, label: string): string {
  return parseInput(IsoDateSchema, value, { label });
}

export function itemArg(index: InventoryIndex, itemId: unknown): Item {
  const id = parseInput(z.string().min(1), itemId, { label: 'itemId' });
  const item = index.items.get(id);
  if (item === undefined) {
    throw practiceOpsError(ERROR_CODES.unknownReference, `Unknown item ${id}`, { path: ['itemId'], expected: 'a known item id', received: JSON.stringify(id) });
  }
  return item;
}

export { indexInventory };
