import { z } from 'zod';
import { addCalendarDays, daysBetween } from '../../core/calendar.js';
import { defineRule, type RuleReport } from '../../rules/index.js';
import type { InventoryContext, InventorySubject } from '../catalog-types.js';
import { subjectOf, todayOf } from '../internal/review.js';

/**
 * Open purchase orders more than `graceDays` past their expected date.
 *
 * @example
 * ```ts
 * compilePolicy(inventoryCatalog, { rules: { 'inventory/order-overdue': ['warn', { graceDays: 2 }] } });
 * ```
 * @category Rules
 */
export const orderOverdue = defineRule({
  id: 'inventory/order-overdue',
  meta: {
    description: 'Open purchase orders past their expected date.',
    defaultSeverity: 'warn',
    docs: 'docs/inventory.md#purchase-orders',
    messages: { overdue: 'Order {order} from {vendor} was expected on {date}, {days} days ago' },
  },
  options: z.object({ /** Days of slack before an order counts as late. */ graceDays: z.int().min(0).default(0) }).strict(),
  check(input: InventorySubject, options, context: InventoryContext): readonly RuleReport[] {
    const subject = subjectOf(input);
    const today = todayOf(context);
    const reports: RuleReport[] = [];
    for (const order of subject.purchaseOrders) {
      if (order.status !== 'open' || addCalendarDays(order.expectedOn, options.graceDays) >= today) continue;
      const vendor = subject.vendors.find((v) => v.id === order.vendorId);
      const days = daysBetween(order.expectedOn, today);
      reports.push({
        messageId: 'overdue',
        data: { order: order.id, vendor: vendor?.name ?? order.vendorId, date: order.expectedOn, days },
        subject: { type: 'purchase-order', id: order.id, dates: [order.expectedOn] },
        actual: days,
        threshold: options.graceDays,
        suggestedAction: { kind: 'chase-vendor', description: `Ask ${vendor?.name ?? order.vendorId} about order ${order.id}`, data: { purchaseOrderId: order.id } },
      });
    }
    return reports;
  },
});
