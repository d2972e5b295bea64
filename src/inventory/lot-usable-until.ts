import type { IsoDate } from '../core/calendar.js';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { usableUntil } from './internal/stock.js';
import { ItemSchema, LotSchema, type Item, type Lot } from './schemas.js';

/**
 * The last day a lot may be used: the manufacturer's expiry date, or, when earlier, its
 * beyond-use date: an explicit `beyondUseDate`, or for an opened multi-dose container the
 * opening date plus the item's beyond-use days (28 by default).
 *
 * @param lot - the lot
 * @param item - its item (for the multi-dose beyond-use period)
 * @returns the last usable day, as YYYY-MM-DD
 * @throws PracticeOpsError `INVALID_INPUT` for a malformed lot or item, `UNKNOWN_REFERENCE` when the lot is not of this item
 * @example
 * ```ts
 * lotUsableUntil(
 *   { id: 'l1', itemId: 'ppsv23', locationId: 'fridge', expiresOn: '2027-06-30', openedOn: '2026-11-02', quantity: 7 },
 *   { id: 'ppsv23', name: 'PPSV23 multi-dose', multiDose: { dosesPerContainer: 10 } },
 * ); // '2026-11-30'
 * ```
 * @category Inventory
 */
export function lotUsableUntil(lot: Lot | Parameters<typeof LotSchema.parse>[0], item: Item | Parameters<typeof ItemSchema.parse>[0]): IsoDate {
  const parsedLot = parseInput(LotSchema, lot, { label: 'lot' });
  const parsedItem = parseInput(ItemSchema, item, { label: 'item' });
  if (parsedLot.itemId !== parsedItem.id) {
    throw practiceOpsError(ERROR_CODES.unknownReference, `Lot ${parsedLot.id} is not a lot of ${parsedItem.id}`, {
      path: ['itemId'],
      expected: JSON.stringify(parsedItem.id),
      received: JSON.stringify(parsedLot.itemId),
    });
  }
  return usableUntil(parsedLot, parsedItem);
}
