import { z } from 'zod';
import { defineRule, type RuleReport } from '../../rules/index.js';
import type { InventoryContext, InventorySubject } from '../catalog-types.js';
import { indexInventory } from '../internal/lookup.js';
import { subjectOf } from '../internal/review.js';

/**
 * Storage checks: a location filled beyond `maxFill` of its capacity (items need a `unitVolume`),
 * and lots kept in the wrong storage (a fridge item in a room location).
 *
 * @example
 * ```ts
 * compilePolicy(inventoryCatalog, { rules: { 'inventory/storage-capacity': ['warn', { maxFill: 0.85 }] } });
 * ```
 * @category Rules
 */
export const storageCapacity = defineRule({
  id: 'inventory/storage-capacity',
  meta: {
    description: 'Locations over capacity, and items stored at the wrong temperature.',
    defaultSeverity: 'warn',
    docs: 'docs/inventory.md#storage',
    messages: {
      full: '{location} is {percent}% full (limit {limitPercent}%)',
      wrongStorage: 'Lot {lot} of {item} needs {needs} storage but is in {location} ({has})',
    },
  },
  options: z.object({ /** Share of capacity that counts as full. */ maxFill: z.number().gt(0).max(1).default(1) }).strict(),
  check(input: InventorySubject, options, _context: InventoryContext): readonly RuleReport[] {
    const subject = subjectOf(input);
    const index = indexInventory(subject);
    const used = new Map<string, number>();
    const reports: RuleReport[] = [];
    for (const lot of subject.lots) {
      if (lot.quantity <= 0) continue;
      const item = index.items.get(lot.itemId);
      const location = index.locations.get(lot.locationId);
      if (item === undefined || location === undefined) continue;
      if (item.unitVolume !== undefined) used.set(location.id, (used.get(location.id) ?? 0) + item.unitVolume * lot.quantity);
      if (item.storage !== location.storage) {
        reports.push({
          messageId: 'wrongStorage',
          data: { lot: lot.lotNumber ?? lot.id, item: item.name, needs: item.storage, location: location.name, has: location.storage },
          subject: { type: 'lot', id: lot.id, label: item.name },
          actual: location.storage,
          threshold: item.storage,
          suggestedAction: { kind: 'move', description: `Move lot ${lot.lotNumber ?? lot.id} of ${item.name} to ${item.storage} storage`, data: { lotId: lot.id } },
        });
      }
    }
    for (const location of subject.locations) {
      const volume = used.get(location.id);
      if (location.capacity === undefined || volume === undefined) continue;
      const fill = volume / location.capacity;
      if (fill <= options.maxFill) continue;
      reports.push({
        messageId: 'full',
        data: { location: location.name, percent: Math.round(fill * 1000) / 10, limitPercent: Math.round(options.maxFill * 1000) / 10 },
        subject: { type: 'location', id: location.id, label: location.name },
        actual: fill,
        threshold: options.maxFill,
      });
    }
    return reports;
  },
});
