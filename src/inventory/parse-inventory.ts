import { ERROR_CODES, PracticeOpsError, type ErrorCode, type ErrorIssue } from '../core/errors.js';
import { safeParseInput } from '../core/parse.js';
import { err, ok, type Result } from '../core/result.js';
import { parsedInventories } from './internal/parsed.js';
import { InventorySchema, type Inventory, type InventoryInput } from './schemas.js';

interface Problem {
  readonly code: ErrorCode;
  readonly issue: ErrorIssue;
}

function checkReferences(inventory: Inventory): Problem[] {
  const problems: Problem[] = [];
  const add = (code: ErrorCode, path: (string | number)[], message: string, expected: string, received: string): void => {
    problems.push({ code, issue: { path, message, expected, received } });
  };
  const unique = (kind: string, ids: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) add(ERROR_CODES.conflict, [kind, i, 'id'], `Duplicate ${kind} id ${id}`, 'a unique id', id);
      seen.add(id);
    });
    return seen;
  };
  const items = unique('items', inventory.items.map((i) => i.id));
  const vendors = unique('vendors', inventory.vendors.map((v) => v.id));
  const locations = unique('locations', inventory.locations.map((l) => l.id));
  const lots = unique('lots', inventory.lots.map((l) => l.id));
  unique('purchaseOrders', inventory.purchaseOrders.map((p) => p.id));
  const currency = inventory.currency;
  const checkCurrency = (path: (string | number)[], found: string): void => {
    if (found !== currency) add(ERROR_CODES.currencyMismatch, path, `Price in ${found} in an inventory kept in ${currency}`, currency, found);
  };
  const ref = (set: Set<string>, id: string, path: (string | number)[], what: string): void => {
    if (!set.has(id)) add(ERROR_CODES.unknownReference, path, `Unknown ${what} ${id}`, `a known ${what} id`, JSON.stringify(id));
  };

  inventory.items.forEach((item, i) => {
    item.offers.forEach((offer, j) => {
      ref(vendors, offer.vendorId, ['items', i, 'offers', j, 'vendorId'], 'vendor');
      checkCurrency(['items', i, 'offers', j, 'unitPrice', 'currency'], offer.unitPrice.currency);
      offer.priceBreaks.forEach((b, k) => checkCurrency(['items', i, 'offers', j, 'priceBreaks', k, 'unitPrice', 'currency'], b.unitPrice.currency));
    });
  });
  inventory.vendors.forEach((vendor, i) => {
    if (vendor.minimumOrderValue) checkCurrency(['vendors', i, 'minimumOrderValue', 'currency'], vendor.minimumOrderValue.currency);
    if (vendor.orderCost) checkCurrency(['vendors', i, 'orderCost', 'currency'], vendor.orderCost.currency);
  });
  inventory.lots.forEach((lot, i) => {
    ref(items, lot.itemId, ['lots', i, 'itemId'], 'item');
    ref(locations, lot.locationId, ['lots', i, 'locationId'], 'location');
    if (lot.reserved > lot.quantity) {
      add(ERROR_CODES.conflict, ['lots', i, 'reserved'], `Lot ${lot.id} reserves more than it holds`, `<= ${lot.quantity}`, String(lot.reserved));
    }
    if (lot.openedOn !== undefined && lot.receivedOn !== undefined && lot.openedOn < lot.receivedOn) {
      add(ERROR_CODES.conflict, ['lots', i, 'openedOn'], `Lot ${lot.id} was opened before it was received`, `>= ${lot.receivedOn}`, lot.openedOn);
    }
  });
  inventory.movements.forEach((movement, i) => {
    ref(lots, movement.lotId, ['movements', i, 'lotId'], 'lot');
    if (movement.type === 'transfer') ref(locations, movement.toLocationId, ['movements', i, 'toLocationId'], 'location');
  });
  inventory.purchaseOrders.forEach((order, i) => {
    ref(vendors, order.vendorId, ['purchaseOrders', i, 'vendorId'], 'vendor');
    if (order.expectedOn < order.orderedOn) {
      add(ERROR_CODES.conflict, ['purchaseOrders', i, 'expectedOn'], `Order ${order.id} is expected before it was placed`, `>= ${order.orderedOn}`, order.expectedOn);
    }
    order.lines.forEach((line, j) => {
      ref(items, line.itemId, ['purchaseOrders', i, 'lines', j, 'itemId'], 'item');
      checkCurrency(['purchaseOrders', i, 'lines', j, 'unitPrice', 'currency'], line.unitPrice.currency);
      if (line.receivedQuantity > line.quantity) {
        add(ERROR_CODES.conflict, ['purchaseOrders', i, 'lines', j, 'receivedQuantity'], 'More received than ordered', `<= ${line.quantity}`, String(line.receivedQuantity));
      }
    });
  });
  inventory.policies.forEach((policy, i) => {
    ref(items, policy.itemId, ['policies', i, 'itemId'], 'item');
    if (policy.vendorId !== undefined) ref(vendors, policy.vendorId, ['policies', i, 'vendorId'], 'vendor');
    policy.locationIds?.forEach((id, j) => ref(locations, id, ['policies', i, 'locationIds', j], 'location'));
    if (policy.receiveAt !== undefined) ref(locations, policy.receiveAt, ['policies', i, 'receiveAt'], 'location');
    if (policy.policy.kind === 'min-max' && policy.policy.max < policy.policy.min) {
      add(ERROR_CODES.conflict, ['policies', i, 'policy', 'max'], 'max is below min', `>= ${policy.policy.min}`, String(policy.policy.max));
    }
    if (policy.policy.kind === 'reorder-point' && policy.policy.fillRate !== undefined && policy.policy.cycleServiceLevel !== undefined) {
      add(ERROR_CODES.conflict, ['policies', i, 'policy', 'fillRate'], 'Give a cycle service level or a fill rate, not both', 'one service target', String(policy.policy.fillRate));
    }
  });
  return problems;
}

/**
 * Validates an inventory snapshot: its shape (zod) and its references (every lot's item and
 * location exist, every offer's vendor exists, ids are unique, prices are in the inventory's
 * currency, min is not above max...). Returns a Result instead of throwing.
 *
 * @param input - untrusted data
 * @returns the parsed inventory, or a `PracticeOpsError`: `INVALID_INPUT` for a bad shape
 *   (a pack size of zero, a negative lead time), `UNKNOWN_REFERENCE` for a lot of an unknown item,
 *   `CONFLICT` or `CURRENCY_MISMATCH` for contradictions
 * @example
 * ```ts
 * const result = safeParseInventory(json);
 * if (!result.ok) console.log(result.error.code, result.error.path);
 * ```
 * @category Inventory
 */
export function safeParseInventory(input: unknown): Result<Inventory> {
  const parsed = safeParseInput(InventorySchema, input, { label: 'inventory' });
  if (!parsed.ok) return parsed;
  const problems = checkReferences(parsed.value);
  const first = problems[0];
  if (first === undefined) {
    parsedInventories.add(parsed.value);
    return ok(parsed.value);
  }
  const issues = problems.filter((p) => p.code === first.code).map((p) => p.issue);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return err(new PracticeOpsError({ code: first.code, message: `Invalid inventory: ${first.issue.message}${more}`, issues }));
}

/**
 * Like {@link safeParseInventory} but throws the error.
 *
 * @param input - untrusted data
 * @returns the parsed inventory (defaults filled in)
 * @throws PracticeOpsError `INVALID_INPUT`, `UNKNOWN_REFERENCE`, `CONFLICT` or `CURRENCY_MISMATCH`
 * @example
 * ```ts
 * const inventory = parseInventory({ currency: 'USD', items: [], locations: [{ id: 'room', name: 'Supply room' }] });
 * ```
 * @category Inventory
 */
export function parseInventory(input: InventoryInput | Inventory): Inventory {
  const result = safeParseInventory(input);
  if (result.ok) return result.value;
  throw result.error;
}
