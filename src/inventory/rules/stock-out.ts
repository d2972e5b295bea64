import { z } from 'zod';
import { defineRule, type RuleReport } from '../../rules/index.js';
import type { InventoryContext, InventorySubject } from '../catalog-types.js';
import { indexInventory } from '../internal/lookup.js';
import { demandFor, positionFor } from '../internal/stock.js';
import { policyFor, subjectOf, todayOf } from '../internal/review.js';
import type { Funding } from '../schemas.js';

/**
 * Items out of usable stock (nothing usable and unreserved on hand), and, with `minCoverDays`,
 * items whose usable stock covers fewer days of expected demand than that. Every item with a
 * saved policy is checked, plus every item and funding stream that has lots.
 *
 * @example
 * ```ts
 * compilePolicy(inventoryCatalog, { rules: { 'inventory/stock-out': ['error', { minCoverDays: 3 }] } });
 * ```
 * @category Rules
 */
export const stockOut = defineRule({
  id: 'inventory/stock-out',
  meta: {
    description: 'Items with no usable stock, or less cover than a minimum number of days.',
    defaultSeverity: 'error',
    docs: 'docs/inventory.md#stock-position',
    messages: {
      out: '{item} ({funding}) is out of usable stock{onOrder}',
      low: '{item} ({funding}) has {cover} days of usable stock at {perDay} a day, under {minCoverDays}{onOrder}',
    },
  },
  options: z.object({ /** Warn when usable stock covers fewer days than this (0: only report stock-outs). */ minCoverDays: z.number().min(0).default(0) }).strict(),
  check(input: InventorySubject, options, context: InventoryContext): readonly RuleReport[] {
    const subject = subjectOf(input);
    const today = todayOf(context);
    const index = indexInventory(subject);
    const streams = new Set<string>();
    for (const policy of subject.policies) streams.add(`${policy.itemId}\u0000${policy.funding}`);
    for (const lot of subject.lots) streams.add(`${lot.itemId}\u0000${lot.funding}`);
    const reports: RuleReport[] = [];
    for (const stream of [...streams].sort()) {
      const [itemId, funding] = stream.split('\u0000') as [string, Funding];
      const item = index.items.get(itemId);
      if (item === undefined) continue;
      const policy = policyFor(subject, itemId, funding);
      const demand = demandFor(subject, index, policy, today);
      const position = positionFor(index, item, funding, policy.locationIds, today, demand.perDay);
      const available = position.usableOnHand - position.reserved;
      const onOrder = position.onOrder > 0 ? ` (${position.onOrder} on order)` : '';
      const base = { item: item.name, funding, onOrder };
      const subjectRef = { type: 'item', id: `${itemId}:${funding}`, label: item.name };
      if (available <= 1e-9) {
        reports.push({ messageId: 'out', data: base, subject: subjectRef, actual: available, threshold: 0 });
      } else if (options.minCoverDays > 0 && demand.perDay > 0) {
        const cover = available / demand.perDay;
        if (cover < options.minCoverDays) {
          reports.push({
            messageId: 'low',
            data: { ...base, cover: Math.round(cover * 10) / 10, perDay: Math.round(demand.perDay * 100) / 100, minCoverDays: options.minCoverDays },
            subject: subjectRef,
            actual: cover,
            threshold: options.minCoverDays,
          });
        }
      }
    }
    return reports;
  },
});
