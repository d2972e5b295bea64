import { produceWithHistory } from '../core/internal/produce-with-history.js';
import type { StatePatch } from '../core/state-patch.js';
import { z } from 'zod';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { inventoryArg } from './internal/args.js';
import { parseInventory } from './parse-inventory.js';
import { StockMovementSchema, type Inventory, type InventoryInput, type Lot, type StockMovement, type StockMovementInput } from './schemas.js';

/**
 * One JSON patch operation (as immer produces it): replace, add or remove the value at a path.
 *
 * @example
 * ```ts
 * const { inversePatches } = applyMovements(inventory, moves); // InventoryPatch[] to undo
 * ```
 * @category Inventory
 */
export type InventoryPatch = StatePatch;

/**
 * The result of {@link applyMovements}: the new snapshot and immer patches for an audit trail and undo.
 *
 * @example
 * ```ts
 * const { inventory: next, patches } = applyMovements(inventory, [{ type: 'count', date: '2026-11-23', lotId: 'gloves-1', counted: 880 }]);
 * ```
 * @category Inventory
 */
export interface AppliedMovements {
  /** The inventory after the movements (the input is untouched). */
  readonly inventory: Inventory;
  /** JSON patches from the old snapshot to the new one. */
  readonly patches: readonly InventoryPatch[];
  /** JSON patches that undo them. */
  readonly inversePatches: readonly InventoryPatch[];
}

type Draft = { -readonly [K in keyof Inventory]: Inventory[K] extends readonly (infer T)[] ? T[] : Inventory[K] };
type MutableLot = { -readonly [K in keyof Lot]: Lot[K] };


function fail(code: (typeof ERROR_CODES)[keyof typeof ERROR_CODES], index: number, field: string, message: string, expected: string, received: string): never {
  throw practiceOpsError(code, message, { path: [index, field], expected, received });
}

/**
 * Applies stock movements to an inventory snapshot, in order: a receipt adds to a lot (and to the
 * received quantity of its purchase order line, closing the order when all is in); use and waste
 * take from a lot; a transfer moves units to a lot at another location (created when new, with the
 * same item, funding and expiry); a count sets a lot's quantity. The movements are appended to the
 * history. Nothing is mutated: a new snapshot comes back with immer patches.
 *
 * @param inventory - the inventory snapshot
 * @param movements - the movements, applied in order
 * @returns the new snapshot and the patches
 * @throws PracticeOpsError `UNKNOWN_REFERENCE` for an unknown lot or location, `CONFLICT` for taking more than a lot holds
 * @example
 * ```ts
 * const { inventory: next, inversePatches } = applyMovements(inventory, [{ type: 'use', date: '2026-11-23', lotId: 'gloves-lot-1', quantity: 40 }]);
 * ```
 * @category Inventory
 */
export function applyMovements(inventory: InventoryInput | Inventory, movements: readonly StockMovementInput[]): AppliedMovements {
  const inv = inventoryArg(inventory);
  const list: StockMovement[] = parseInput(z.array(StockMovementSchema), movements, { label: 'movements' });
  const { next, patches, inversePatches } = produceWithHistory(inv as unknown as Draft, (draft) => {
    const lots = draft.lots as MutableLot[];
    const find = (lotId: string, i: number): MutableLot =>
      lots.find((lot) => lot.id === lotId) ?? fail(ERROR_CODES.unknownReference, i, 'lotId', `Unknown lot ${lotId}`, 'a known lot id', JSON.stringify(lotId));
    const take = (lot: MutableLot, quantity: number, i: number): void => {
      if (quantity > lot.quantity + 1e-9) {
        fail(ERROR_CODES.conflict, i, 'quantity', `Lot ${lot.id} holds ${lot.quantity}, cannot take ${quantity}`, `<= ${lot.quantity}`, String(quantity));
      }
      lot.quantity = Math.max(0, lot.quantity - quantity);
      if (lot.reserved > lot.quantity) lot.reserved = lot.quantity;
    };
    list.forEach((movement, i) => {
      const lot = find(movement.lotId, i);
      switch (movement.type) {
        case 'receipt': {
          lot.quantity += movement.quantity;
          if (movement.purchaseOrderId !== undefined) {
            const order = draft.purchaseOrders.find((o) => o.id === movement.purchaseOrderId);
            if (order === undefined) {
              fail(ERROR_CODES.unknownReference, i, 'purchaseOrderId', `Unknown purchase order ${movement.purchaseOrderId}`, 'a known order id', movement.purchaseOrderId);
            }
            const mutableOrder = order as { status: string; lines: { itemId: string; funding: string; quantity: number; receivedQuantity: number; packSize: number }[] };
            let units = movement.quantity;
            for (const line of mutableOrder.lines) {
              if (units <= 0) break;
              if (line.itemId !== lot.itemId || line.funding !== lot.funding) continue;
              const open = line.quantity - line.receivedQuantity;
              const packs = Math.min(open, Math.floor(units / line.packSize + 1e-9));
              line.receivedQuantity += packs;
              units -= packs * line.packSize;
            }
            if (mutableOrder.lines.every((line) => line.receivedQuantity >= line.quantity)) mutableOrder.status = 'received';
          }
          break;
        }
        case 'use':
        case 'waste':
          take(lot, movement.quantity, i);
          break;
        case 'transfer': {
          if (!draft.locations.some((location) => location.id === movement.toLocationId)) {
            fail(ERROR_CODES.unknownReference, i, 'toLocationId', `Unknown location ${movement.toLocationId}`, 'a known location id', movement.toLocationId);
          }
          take(lot, movement.quantity, i);
          const target = lots.find((other) => other.id === movement.newLotId);
          if (target === undefined) {
            const { reserved: _reserved, ...rest } = lot;
            lots.push({ ...rest, id: movement.newLotId, locationId: movement.toLocationId, quantity: movement.quantity, reserved: 0 });
          } else {
            if (target.itemId !== lot.itemId || target.funding !== lot.funding || target.expiresOn !== lot.expiresOn) {
              fail(ERROR_CODES.conflict, i, 'newLotId', `Lot ${target.id} is not the same stock as ${lot.id}`, 'same item, funding and expiry', target.id);
            }
            target.quantity += movement.quantity;
          }
          break;
        }
        case 'count':
          lot.quantity = movement.counted;
          if (lot.reserved > lot.quantity) lot.reserved = lot.quantity;
          break;
      }
      draft.movements.push(movement);
    });
  });
  return { inventory: parseInventory(next as unknown as Inventory), patches, inversePatches };
}
