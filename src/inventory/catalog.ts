import { defineCatalog, policyJsonSchema, type Catalog } from '../rules/index.js';
import { expiresBeforeUse } from './rules/expires-before-use.js';
import { fundingMix } from './rules/funding-mix.js';
import { lotExpired } from './rules/lot-expired.js';
import { lotExpiring } from './rules/lot-expiring.js';
import { orderOverdue } from './rules/order-overdue.js';
import { reorderDue } from './rules/reorder-due.js';
import { stockOut } from './rules/stock-out.js';
import { storageCapacity } from './rules/storage-capacity.js';

/**
 * The inventory rule catalog: the daily review of supplies. Subject: a parsed inventory snapshot
 * ({@link InventorySubject}); context: `{ today }` ({@link InventoryContext}). Rules:
 * `inventory/reorder-due` (suggested order as the action), `inventory/lot-expiring`,
 * `inventory/lot-expired`, `inventory/expires-before-use`, `inventory/stock-out`,
 * `inventory/funding-mix` (VFC and private stock), `inventory/storage-capacity`,
 * `inventory/order-overdue`. Presets: `recommended` and `strict`.
 *
 * @example
 * ```ts
 * const compiled = compilePolicy(inventoryCatalog, { extends: 'recommended', rules: { 'inventory/lot-expiring': ['error', { days: 14 }] } });
 * const findings = evaluate(compiled, parseInventory(json), { today: '2026-11-23' });
 * ```
 * @category Rules
 */
export const inventoryCatalog: Catalog = defineCatalog({
  name: 'inventory',
  rules: [reorderDue, lotExpiring, lotExpired, expiresBeforeUse, stockOut, fundingMix, storageCapacity, orderOverdue],
  presets: {
    strict: {
      rules: {
        'inventory/reorder-due': ['warn', { horizonDays: 7 }],
        'inventory/lot-expiring': ['warn', { days: 60 }],
        'inventory/expires-before-use': ['error', { minUnits: 1 }],
        'inventory/stock-out': ['error', { minCoverDays: 7 }],
        'inventory/storage-capacity': ['warn', { maxFill: 0.85 }],
        'inventory/order-overdue': ['error', { graceDays: 0 }],
      },
    },
  },
});

/**
 * The JSON Schema of an inventory policy file, for a settings UI.
 *
 * @returns the JSON Schema (draft 2020-12) of `{ extends?, rules? }` for this catalog
 * @example
 * ```ts
 * const schema = inventoryPolicyJsonSchema();
 * ```
 * @category Rules
 */
export function inventoryPolicyJsonSchema(): Record<string, unknown> {
  return policyJsonSchema(inventoryCatalog);
}
