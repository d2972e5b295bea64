import { z } from 'zod';
import { defineRule, type RuleReport } from '../../rules/index.js';
import type { InventoryContext, InventorySubject } from '../catalog-types.js';
import { cachedSuggestions, subjectOf, todayOf } from '../internal/review.js';

/**
 * Items whose stock position has reached their policy's trigger: one finding per suggested order
 * line, with the line (vendor, packs, price, order-by date, reason) as the suggested action, and
 * one per item that needs an order but has no vendor offer.
 *
 * @example
 * ```ts
 * const compiled = compilePolicy(inventoryCatalog, { rules: { 'inventory/reorder-due': ['warn', { horizonDays: 7 }] } });
 * ```
 * @category Rules
 */
export const reorderDue = defineRule({
  id: 'inventory/reorder-due',
  meta: {
    description: 'Items at or below their reorder trigger, with the suggested order line.',
    defaultSeverity: 'warn',
    docs: 'docs/inventory.md#reorder-policies',
    messages: {
      reorder: '{item} ({funding}): {rule} triggered at position {position} (level {level}); order {packs} {purchaseUnit} from {vendor} by {orderBy}',
      pullForward: '{item} ({funding}) is not due yet (position {position}, level {level}); {packs} {purchaseUnit} added to reach the minimum order value of {vendor}',
      unorderable: '{item} ({funding}) needs an order, but {reason}',
    },
  },
  options: z
    .object({
      /** Also report lines due within this many days. */
      horizonDays: z.int().min(0).max(366).default(0),
      /** Top orders up to the vendor minimum order value. */
      topUpToMinimum: z.boolean().default(true),
    })
    .strict(),
  check(input: InventorySubject, options, context: InventoryContext): readonly RuleReport[] {
    const subject = subjectOf(input);
    const today = todayOf(context);
    const suggestions = cachedSuggestions(subject, today, options.horizonDays, options.topUpToMinimum);
    const reports: RuleReport[] = [];
    for (const order of suggestions.orders) {
      for (const line of order.lines) {
        reports.push({
          messageId: line.reason.pulledForward ? 'pullForward' : 'reorder',
          data: {
            item: line.itemName,
            funding: line.funding,
            rule: line.reason.rule,
            position: Math.round(line.reason.position * 100) / 100,
            level: Math.round(line.reason.level * 100) / 100,
            packs: line.packs,
            purchaseUnit: line.purchaseUnit,
            vendor: order.vendorName,
            orderBy: line.orderBy,
          },
          subject: { type: 'item', id: `${line.itemId}:${line.funding}`, dates: [line.orderBy], label: line.itemName },
          actual: line.reason.position,
          threshold: line.reason.level,
          suggestedAction: {
            kind: 'order',
            description: `Order ${line.packs} ${line.purchaseUnit} (${line.units} units) of ${line.itemName} from ${order.vendorName} for ${line.lineTotal.amount} ${line.lineTotal.currency}: ${line.reason.text}`,
            data: { vendorId: order.vendorId, funding: order.funding, line },
          },
        });
      }
    }
    for (const missing of suggestions.unorderable) {
      reports.push({
        messageId: 'unorderable',
        data: { item: missing.itemId, funding: missing.funding, reason: missing.reason },
        subject: { type: 'item', id: `${missing.itemId}:${missing.funding}` },
      });
    }
    return reports;
  },
});
