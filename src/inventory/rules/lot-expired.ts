import { z } from 'zod';
import { daysBetween } from '../../core/calendar.js';
import { defineRule, type RuleReport } from '../../rules/index.js';
import type { InventoryContext, InventorySubject } from '../catalog-types.js';
import { indexInventory } from '../internal/lookup.js';
import { describeLot, subjectOf, todayOf } from '../internal/review.js';
import { usableUntil } from '../internal/stock.js';

/**
 * Lots still on the shelf after their last usable day: past the manufacturer's expiry, or past
 * the beyond-use date of an opened multi-dose container. Expired VFC stock is returned to the
 * programme, private stock is discarded.
 *
 * @example
 * ```ts
 * compilePolicy(inventoryCatalog, { rules: { 'inventory/lot-expired': 'error' } });
 * ```
 * @category Rules
 */
export const lotExpired = defineRule({
  id: 'inventory/lot-expired',
  meta: {
    description: 'Lots on hand past their expiry or beyond-use date.',
    defaultSeverity: 'error',
    docs: 'docs/inventory.md#lots-and-expiry',
    messages: {
      expired: 'Lot {lot} of {item} ({quantity} {unit} at {location}) expired on {date}',
      beyondUse: 'Opened lot {lot} of {item} ({quantity} {unit} at {location}) passed its beyond-use date {date}',
    },
  },
  options: z.object({}).strict(),
  check(input: InventorySubject, _options, context: InventoryContext): readonly RuleReport[] {
    const subject = subjectOf(input);
    const today = todayOf(context);
    const index = indexInventory(subject);
    const reports: RuleReport[] = [];
    for (const lot of subject.lots) {
      if (lot.quantity <= 0) continue;
      const item = index.items.get(lot.itemId);
      const until = usableUntil(lot, item);
      if (until >= today) continue;
      const beyondUse = until < lot.expiresOn;
      const { name, label, data, subject: lotSubject } = describeLot(lot, index, until);
      reports.push({
        messageId: beyondUse ? 'beyondUse' : 'expired',
        data,
        subject: lotSubject,
        actual: daysBetween(until, today),
        threshold: 0,
        suggestedAction:
          lot.funding === 'vfc'
            ? { kind: 'return', description: `Remove lot ${label} of ${name} from use and report it for return to the VFC programme`, data: { lotId: lot.id, quantity: lot.quantity } }
            : { kind: 'discard', description: `Remove lot ${label} of ${name} from use and record it as waste`, data: { lotId: lot.id, quantity: lot.quantity, reason: beyondUse ? 'beyond-use' : 'expired' } },
      });
    }
    return reports;
  },
});
