import { z } from 'zod';
import type { CostEntry } from '../core/cost-entry.js';
import { Dec } from '../core/internal/decimal.js';
import { parseInput } from '../core/parse.js';
import { indexInventory, inventoryArg } from './internal/args.js';
import type { InventoryIndex } from './internal/lookup.js';
import { toMoney } from './internal/pricing.js';
import type { Inventory, InventoryInput } from './schemas.js';

/**
 * Options of {@link committedSpend}.
 *
 * @example
 * ```ts
 * committedSpend(inventory, { source: 'supplies-app' });
 * ```
 * @category Purchasing
 */
export interface CommittedSpendOptions {
  /** The `source` written on each entry; `inventory` by default. */
  readonly source?: string;
}

const OptionsSchema = z.object({ source: z.string().min(1).default('inventory') }).strict();

/** @internal committed entries on a parsed inventory */
export function committedEntries(inventory: Inventory, index: InventoryIndex, source: string): CostEntry[] {
  const entries: CostEntry[] = [];
  for (const order of index.openOrders) {
    order.lines.forEach((line, i) => {
      const remaining = line.quantity - line.receivedQuantity;
      if (remaining <= 0) return;
      const item = index.items.get(line.itemId);
      const amount = new Dec(line.unitPrice.amount).times(remaining);
      entries.push({
        source,
        account: item?.account ?? 'medical-surgical-supplies',
        ...(item?.costCentre === undefined ? {} : { costCentre: item.costCentre }),
        date: order.orderedOn,
        amount: toMoney(amount, inventory.currency),
        layer: 'committed',
        description: `${order.id}: ${remaining} x ${item?.name ?? line.itemId} (${line.funding}) from ${order.vendorId}, expected ${order.expectedOn}`,
        reference: `${order.id}#${i + 1}`,
        quantity: remaining * line.packSize,
      });
    });
  }
  return entries;
}

/**
 * The committed spend of the open purchase orders, as budget cost entries (layer `committed`): one
 * entry per line not yet received in full, for the part not yet received, dated on the order
 * date, on the item's budget account and cost centre. The budget domain consumes these.
 *
 * @param inventory - the inventory snapshot
 * @param options - the source name written on each entry
 * @returns the cost entries
 * @throws PracticeOpsError for an invalid inventory
 * @example
 * ```ts
 * const entries = committedSpend(inventory); // [{ layer: 'committed', account: 'medical-surgical-supplies', amount: { amount: '96.00', currency: 'USD' }, ... }]
 * ```
 * @category Purchasing
 */
export function committedSpend(inventory: InventoryInput | Inventory, options: CommittedSpendOptions = {}): readonly CostEntry[] {
  const inv = inventoryArg(inventory);
  const opts = parseInput(OptionsSchema, options, { label: 'options' });
  return committedEntries(inv, indexInventory(inv), opts.source);
}
