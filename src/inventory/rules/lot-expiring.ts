import { z } from 'zod';
import { daysBetween } from '../../core/calendar.js';
import { defineRule, type RuleReport } from '../../rules/index.js';
import type { InventoryContext, InventorySubject } from '../catalog-types.js';
import { indexInventory } from '../internal/lookup.js';
import { describeLot, subjectOf, todayOf } from '../internal/review.js';
import { usableUntil } from '../internal/stock.js';

/**
 * Lots on hand whose last usable day (expiry, or beyond-use date of an opened multi-dose
 * container) falls within the next `days` days. Suggests using them first.
 *
 * @example
 * ```ts
 * compilePolicy(inventoryCatalog, { rules: { 'inventory/lot-expiring': ['warn', { days: 14 }] } });
 * ```
 * @category Rules
 */
export const lotExpiring = defineRule({
  id: 'inventory/lot-expiring',
  meta: {
    description: 'Lots that reach their expiry or beyond-use date soon.',
    defaultSeverity: 'warn',
    docs: 'docs/inventory.md#lots-and-expiry',
    messages: {
      expiring: 'Lot {lot} of {item} ({quantity} {unit} at {location}) is usable until {date}, {days} days from now',
    },
  },
  options: z.object({ /** Look this many days ahead. */ days: z.int().min(0).max(3650).default(30) }).strict(),
  check(input: InventorySubject, options, context: InventoryContext): readonly RuleReport[] {
    const subject = subjectOf(input);
    const today = todayOf(context);
    const index = indexInventory(subject);
    const reports: RuleReport[] = [];
    for (const lot of subject.lots) {
      if (lot.quantity <= 0) continue;
      const item = index.items.get(lot.itemId);
      const until = usableUntil(lot, item);
      const days = daysBetween(today, until);
      if (days < 0 || days > options.days) continue;
      const described = describeLot(lot, index, until);
      reports.push({
        messageId: 'expiring',
        data: { ...described.data, days },
        subject: described.subject,
        actual: days,
        threshold: options.days,
        suggestedAction: { kind: 'use-first', description: `Use lot ${described.label} of ${described.name} before other lots`, data: { lotId: lot.id } },
      });
    }
    return reports;
  },
});
