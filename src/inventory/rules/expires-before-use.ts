import { z } from 'zod';
import { defineRule, type RuleReport } from '../../rules/index.js';
import type { InventoryContext, InventorySubject } from '../catalog-types.js';
import { indexInventory } from '../internal/lookup.js';
import { streamProjections, subjectOf, todayOf } from '../internal/review.js';

/**
 * Lots that earliest-expiry-first use at the expected demand will not finish before their last
 * usable day: the units that will be wasted unless they are moved, swapped or returned.
 *
 * @example
 * ```ts
 * compilePolicy(inventoryCatalog, { rules: { 'inventory/expires-before-use': ['warn', { minUnits: 5 }] } });
 * ```
 * @category Rules
 */
export const expiresBeforeUse = defineRule({
  id: 'inventory/expires-before-use',
  meta: {
    description: 'Lots projected to expire before they are used, at the expected demand.',
    defaultSeverity: 'warn',
    docs: 'docs/inventory.md#lots-and-expiry',
    messages: {
      waste: 'Lot {lot} of {item}: about {waste} of {available} {unit} will pass {date} unused at {perDay} a day',
    },
  },
  options: z.object({ /** Report only when at least this many units would be wasted. */ minUnits: z.number().min(0).default(1) }).strict(),
  check(input: InventorySubject, options, context: InventoryContext): readonly RuleReport[] {
    const subject = subjectOf(input);
    const today = todayOf(context);
    const index = indexInventory(subject);
    const reports: RuleReport[] = [];
    for (const stream of streamProjections(subject, today)) {
      const item = index.items.get(stream.itemId);
      for (const lot of stream.lots) {
        if (lot.expired || lot.projectedWaste < Math.max(options.minUnits, 1e-9)) continue;
        const waste = Math.round(lot.projectedWaste * 10) / 10;
        const source = index.lots.get(lot.lotId);
        reports.push({
          messageId: 'waste',
          data: { lot: source?.lotNumber ?? lot.lotId, item: item?.name ?? lot.itemId, waste, available: lot.available, unit: item?.unit ?? 'units', date: lot.usableUntil, perDay: Math.round(stream.perDay * 100) / 100 },
          subject: { type: 'lot', id: lot.lotId, dates: [lot.usableUntil], label: `${item?.name ?? lot.itemId} lot ${source?.lotNumber ?? lot.lotId}` },
          actual: waste,
          threshold: options.minUnits,
          suggestedAction: {
            kind: 'rebalance',
            description: `Use lot ${source?.lotNumber ?? lot.lotId} first, move it where it is used faster, or arrange a return before ${lot.usableUntil}`,
            data: { lotId: lot.lotId, projectedWaste: lot.projectedWaste, usableUntil: lot.usableUntil },
          },
        });
      }
    }
    return reports;
  },
});
