import type { IsoDate } from '../../core/index.js';
import { suggestOrders, type Inventory, type InventoryContext, type PurchaseSuggestions } from '../../inventory/index.js';
import { evaluate, type CompiledPolicy } from '../../rules/index.js';
import { formatAmount, tagFindings, type DomainReview } from './domain-review.js';

/**
 * Reviews supplies: findings from the inventory catalog, the suggested purchase orders grouped by
 * vendor, and the lots that will expire before they are used.
 */
export function reviewInventory(
  inventory: Inventory,
  policy: CompiledPolicy<Inventory, InventoryContext>,
  today: IsoDate,
): DomainReview & { readonly suggestions: PurchaseSuggestions } {
  const findings = evaluate(policy, inventory, { today });
  const suggestions = suggestOrders(inventory, inventory.policies, today);
  const names = new Map(inventory.items.map((item) => [item.id as string, item.name]));
  const orderRows = suggestions.orders.flatMap((order) =>
    order.lines.map((line) => [
      order.vendorName,
      line.itemName,
      `${line.packs} × ${line.purchaseUnit}`,
      String(line.units),
      formatAmount(line.lineTotal.amount),
      line.orderBy,
      line.reason.text,
    ]),
  );
  const total = suggestions.orders.reduce((sum, order) => sum + Number(order.total.amount), 0);
  return {
    suggestions,
    findings: tagFindings('inventory', findings),
    section: {
      domain: 'inventory',
      title: 'Supplies',
      headlines: [
        { label: 'Items', value: String(inventory.items.length) },
        { label: 'Orders to place', value: String(suggestions.orders.length) },
        { label: 'Order value', value: formatAmount(total.toFixed(2)) },
        { label: 'Lots expiring before use', value: String(suggestions.lotsExpiringBeforeUse.length) },
      ],
      tables: [
        { title: 'Suggested purchase orders', columns: ['Vendor', 'Item', 'Order', 'Units', 'Total', 'Order by', 'Why'], rows: orderRows },
        {
          title: 'Lots that will expire before they are used',
          columns: ['Item', 'Lot', 'Usable until', 'Available', 'Projected use', 'Projected waste'],
          rows: suggestions.lotsExpiringBeforeUse.map((lot) => [
            names.get(lot.itemId) ?? lot.itemId,
            lot.lotId,
            lot.usableUntil,
            String(lot.available),
            lot.projectedUse.toFixed(1),
            lot.projectedWaste.toFixed(1),
          ]),
        },
      ],
    },
  };
}
