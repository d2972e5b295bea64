import { z } from 'zod';
import { addCalendarDays } from '../../core/calendar.js';
import { defineRule, type RuleReport } from '../../rules/index.js';
import type { InventoryContext, InventorySubject } from '../catalog-types.js';
import { indexInventory } from '../internal/lookup.js';
import { subjectOf, todayOf } from '../internal/review.js';

/**
 * Publicly funded (VFC) and private stock kept apart: flags uses of one funding's stock for a
 * patient of the other in the last `days` days, and (with `flagSharedLocations`) locations that
 * hold VFC and private lots of the same item side by side.
 *
 * @example
 * ```ts
 * compilePolicy(inventoryCatalog, { rules: { 'inventory/funding-mix': ['error', { days: 7, flagSharedLocations: false }] } });
 * ```
 * @category Rules
 */
export const fundingMix = defineRule({
  id: 'inventory/funding-mix',
  meta: {
    description: 'VFC (publicly funded) and private stock mixed in use or in storage.',
    defaultSeverity: 'error',
    docs: 'docs/inventory.md#vfc-and-private-stock',
    messages: {
      wrongStock: 'On {date}, {quantity} {unit} of {lotFunding} {item} (lot {lot}) went to a {patientFunding} patient',
      shared: '{location} holds VFC and private {item} side by side: keep them apart and labelled',
    },
  },
  options: z
    .object({
      /** Look back this many days for mismatched uses. */
      days: z.int().min(0).max(3650).default(30),
      /** Also flag locations holding both VFC and private lots of one item. */
      flagSharedLocations: z.boolean().default(true),
    })
    .strict(),
  check(input: InventorySubject, options, context: InventoryContext): readonly RuleReport[] {
    const subject = subjectOf(input);
    const today = todayOf(context);
    const since = addCalendarDays(today, -options.days);
    const index = indexInventory(subject);
    const reports: RuleReport[] = [];
    subject.movements.forEach((movement, i) => {
      if (movement.type !== 'use' || movement.patientFunding === undefined || movement.date < since || movement.date > today) return;
      const lot = index.lots.get(movement.lotId);
      if (lot === undefined || lot.funding === movement.patientFunding) return;
      const item = index.items.get(lot.itemId);
      reports.push({
        messageId: 'wrongStock',
        data: { date: movement.date, quantity: movement.quantity, unit: item?.unit ?? 'units', lotFunding: lot.funding, item: item?.name ?? lot.itemId, lot: lot.lotNumber ?? lot.id, patientFunding: movement.patientFunding },
        subject: { type: 'movement', id: `${lot.id}#${i}`, dates: [movement.date], label: item?.name ?? lot.itemId },
        actual: movement.patientFunding,
        threshold: lot.funding,
        suggestedAction: {
          kind: 'borrowing-report',
          description: lot.funding === 'vfc' ? 'Record the VFC borrowing and replace the dose with private stock' : 'Record the borrowing and replace the dose from VFC stock',
          data: { lotId: lot.id, movementIndex: i },
        },
      });
    });
    if (options.flagSharedLocations) {
      const seen = new Map<string, Set<string>>();
      for (const lot of subject.lots) {
        if (lot.quantity <= 0) continue;
        const key = `${lot.locationId}\u0000${lot.itemId}`;
        const set = seen.get(key) ?? new Set<string>();
        set.add(lot.funding);
        seen.set(key, set);
      }
      for (const [key, fundings] of seen) {
        if (fundings.size < 2) continue;
        const [locationId, itemId] = key.split('\u0000') as [string, string];
        const item = index.items.get(itemId);
        reports.push({
          messageId: 'shared',
          data: { location: index.locations.get(locationId)?.name ?? locationId, item: item?.name ?? itemId },
          subject: { type: 'location', id: `${locationId}:${itemId}`, label: index.locations.get(locationId)?.name ?? locationId },
          suggestedAction: { kind: 'separate-stock', description: 'Store VFC and private stock in separate, labelled bins or shelves', data: { locationId, itemId } },
        });
      }
    }
    return reports;
  },
});
