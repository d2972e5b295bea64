import { z } from 'zod';
import { addCalendarDays, type IsoDate } from '../core/calendar.js';
import type { CostEntry } from '../core/cost-entry.js';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { Dec } from '../core/internal/decimal.js';
import type { Money } from '../core/money.js';
import { parseInput } from '../core/parse.js';
import { committedEntries } from './committed-spend.js';
import { dateArg, indexInventory, inventoryArg } from './internal/args.js';
import type { InventoryIndex } from './internal/lookup.js';
import { planPolicy, type PolicyPlan } from './internal/plan-line.js';
import { priceOf, toMoney } from './internal/pricing.js';
import type { LotUseProjection } from './project-lot-use.js';
import {
  ItemPolicySchema,
  type Funding,
  type Inventory,
  type InventoryInput,
  type ItemPolicy,
  type ItemPolicyInput,
  type PackRounding,
  type Price,
  type ReorderPolicy,
} from './schemas.js';
import type { StockPosition } from './stock-position.js';

/**
 * Options of {@link suggestOrders}.
 *
 * @example
 * ```ts
 * suggestOrders(inventory, policies, '2026-11-23', { horizonDays: 30, topUpToMinimum: true });
 * ```
 * @category Purchasing
 */
export interface SuggestOrdersOptions {
  /** Also suggest lines that fall due within this many days (order-by dates in the future), so one order can batch them; 0 by default. */
  readonly horizonDays?: number;
  /** Add packs to reach a vendor's minimum order value (true by default); otherwise the order is only marked as below it. */
  readonly topUpToMinimum?: boolean;
  /** The `source` written on cost entries; `inventory` by default. */
  readonly source?: string;
}

const OptionsSchema = z
  .object({
    horizonDays: z.int().min(0).max(366).default(0),
    topUpToMinimum: z.boolean().default(true),
    source: z.string().min(1).default('inventory'),
  })
  .strict();

/**
 * Why a line is on an order: the rule and its numbers.
 *
 * @example
 * ```ts
 * const why: OrderLineReason = suggestion.orders[0].lines[0].reason; // rule, position, level, ...
 * ```
 * @category Purchasing
 */
export interface OrderLineReason {
  /** The policy kind that triggered it. */
  readonly rule: ReorderPolicy['kind'];
  /** A readable sentence with the numbers. */
  readonly text: string;
  /** The stock position on the order-by date. */
  readonly position: number;
  /** The level it was compared with (min, reorder point, order-up-to level, PAR). */
  readonly level: number;
  /** The level ordered up to, for min-max, order-up-to and PAR policies. */
  readonly target?: number;
  /** The safety stock inside the level, when computed. */
  readonly safetyStock?: number;
  /** The fixed or EOQ order quantity of a reorder-point policy, in units. */
  readonly orderQuantity?: number;
  /** Demand per day used. */
  readonly demandPerDay: number;
  /** Its sd. */
  readonly demandSdPerDay: number;
  /** Lead time used, in days (mean). */
  readonly leadTimeDays: number;
  /** Units the policy asked for, before pack rounding. */
  readonly policyUnits: number;
  /** The pack rounding applied. */
  readonly rounding: PackRounding;
  /** Packs after rounding, before vendor minimums. */
  readonly packsFromPolicy: number;
  /** The vendor's minimum order quantity for the item, in packs. */
  readonly minimumOrderQuantity: number;
  /** True when the minimum order quantity raised the line. */
  readonly raisedToMinimumOrderQuantity: boolean;
  /** Packs, when the line was raised to a price break because that costs less in total. */
  readonly priceBreakPacks?: number;
  /** Packs added to reach the vendor's minimum order value. */
  readonly toppedUpPacks: number;
  /** Packs before the line was cut to fit the free space at the policy's `receiveAt` location. */
  readonly cappedByCapacityFrom?: number;
  /** True when the item was not due yet and was pulled forward onto this order to reach the vendor's minimum order value. */
  readonly pulledForward: boolean;
}

/**
 * One line of a suggested order.
 *
 * @example
 * ```ts
 * for (const line of order.lines) console.log(line.packs, line.purchaseUnit, line.itemName, line.reason.text);
 * ```
 * @category Purchasing
 */
export interface SuggestedOrderLine {
  /** The item. */
  readonly itemId: string;
  /** Its name. */
  readonly itemName: string;
  /** Which stock it is for. */
  readonly funding: Funding;
  /** The vendor's catalogue number. */
  readonly sku?: string;
  /** The purchase unit (`box`). */
  readonly purchaseUnit: string;
  /** Item units per purchase unit. */
  readonly packSize: number;
  /** Purchase units to order. */
  readonly packs: number;
  /** Item units that makes. */
  readonly units: number;
  /** Average price per purchase unit at this quantity. */
  readonly unitPrice: Money;
  /** Line total. */
  readonly lineTotal: Money;
  /** The last day to place the order. */
  readonly orderBy: IsoDate;
  /** When it should arrive if ordered on the order-by date. */
  readonly expectedOn: IsoDate;
  /** The rule and its numbers. */
  readonly reason: OrderLineReason;
}

/**
 * A suggested purchase order for one vendor and funding stream.
 *
 * @example
 * ```ts
 * const [first]: readonly SuggestedOrder[] = suggestOrders(inventory, policies, '2026-11-23').orders;
 * ```
 * @category Purchasing
 */
export interface SuggestedOrder {
  /** The vendor. */
  readonly vendorId: string;
  /** Its name. */
  readonly vendorName: string;
  /** Private or VFC stock (never mixed on one order). */
  readonly funding: Funding;
  /** The earliest order-by date of its lines. */
  readonly orderBy: IsoDate;
  /** The lines, by item id. */
  readonly lines: readonly SuggestedOrderLine[];
  /** Order total. */
  readonly total: Money;
  /** The vendor's minimum order value, if any. */
  readonly minimumOrderValue?: Price;
  /** Whether the total reaches the minimum order value. */
  readonly meetsMinimum: boolean;
}

/**
 * A policy that wants an order but cannot place one: no vendor offer fits, or there is no room at the receiving location.
 *
 * @example
 * ```ts
 * for (const missing of suggestion.unorderable) console.log(missing.itemId, missing.reason);
 * ```
 * @category Purchasing
 */
export interface UnorderableItem {
  /** The item. */
  readonly itemId: string;
  /** The funding stream. */
  readonly funding: Funding;
  /** Why it cannot be ordered. */
  readonly reason: string;
}

/**
 * The result of {@link suggestOrders}.
 *
 * @example
 * ```ts
 * const { orders, committedSpend: committed }: PurchaseSuggestions = suggestOrders(inventory, policies, '2026-11-23');
 * ```
 * @category Purchasing
 */
export interface PurchaseSuggestions {
  /** The day of the suggestion. */
  readonly date: IsoDate;
  /** Orders grouped by vendor and funding, by order-by date then vendor. */
  readonly orders: readonly SuggestedOrder[];
  /** Items due for an order that cannot be placed (no offer, or no room). */
  readonly unorderable: readonly UnorderableItem[];
  /** Usable lots projected to pass their last usable day before they are used (use them first, move them, or return them). */
  readonly lotsExpiringBeforeUse: readonly LotUseProjection[];
  /** The stock position of every policy's item. */
  readonly positions: readonly StockPosition[];
  /** Committed spend of the open purchase orders (layer `committed`), for the budget. */
  readonly committedSpend: readonly CostEntry[];
  /** Spend of the suggested orders (layer `projected`), for the budget. */
  readonly projectedSpend: readonly CostEntry[];
}

interface MutableLine {
  plan: PolicyPlan;
  packs: number;
  toppedUp: number;
}

function buildLine(line: MutableLine, currency: string): SuggestedOrderLine {
  const { plan } = line;
  const offer = plan.offer;
  const planned = plan.line;
  if (offer === undefined || planned === undefined || plan.levels === undefined) throw new Error('unreachable: line without offer');
  const price = priceOf(offer, line.packs);
  const levels = plan.levels;
  return {
    itemId: plan.item.id,
    itemName: plan.item.name,
    funding: plan.policy.funding,
    ...(offer.sku === undefined ? {} : { sku: offer.sku }),
    purchaseUnit: offer.purchaseUnit,
    packSize: offer.packSize,
    packs: line.packs,
    units: line.packs * offer.packSize,
    unitPrice: toMoney(price.unitPrice, currency),
    lineTotal: toMoney(price.total, currency),
    orderBy: planned.orderBy,
    expectedOn: planned.expectedOn,
    reason: {
      rule: plan.policy.policy.kind,
      text: planned.text,
      position: planned.positionAtOrder,
      level: levels.level,
      ...(levels.target === undefined ? {} : { target: levels.target }),
      ...(levels.safetyStock === undefined ? {} : { safetyStock: levels.safetyStock }),
      ...(levels.orderQuantity === undefined ? {} : { orderQuantity: levels.orderQuantity }),
      demandPerDay: plan.demand.perDay,
      demandSdPerDay: plan.demand.sdPerDay,
      leadTimeDays: plan.leadTime?.meanDays ?? 0,
      policyUnits: planned.policyUnits,
      rounding: plan.policy.rounding,
      packsFromPolicy: planned.packsFromPolicy,
      minimumOrderQuantity: offer.minimumOrderQuantity,
      raisedToMinimumOrderQuantity: planned.raisedToMinimum,
      ...(planned.priceBreakPacks === undefined ? {} : { priceBreakPacks: planned.priceBreakPacks }),
      toppedUpPacks: line.toppedUp,
      pulledForward: planned.pulledForward === true,
      ...(planned.cappedFrom === undefined ? {} : { cappedByCapacityFrom: planned.cappedFrom }),
    },
  };
}

function orderTotal(lines: readonly MutableLine[]): InstanceType<typeof Dec> {
  return lines.reduce((sum, line) => (line.plan.offer === undefined ? sum : sum.plus(priceOf(line.plan.offer, line.packs).total)), new Dec(0));
}

/** Adds packs, one at a time, to the line with the fewest days of cover until the minimum value is reached. */
function topUp(lines: MutableLine[], minimum: InstanceType<typeof Dec>): void {
  const priced = lines.filter((line) => line.plan.offer !== undefined && new Dec(line.plan.offer.unitPrice.amount).greaterThan(0));
  if (priced.length === 0) return;
  const lineTotals = new Map<MutableLine, InstanceType<typeof Dec>>(lines.map((line) => [line, line.plan.offer === undefined ? new Dec(0) : priceOf(line.plan.offer, line.packs).total]));
  let total = [...lineTotals.values()].reduce((sum, value) => sum.plus(value), new Dec(0));
  for (let guard = 0; guard < 100_000 && total.lessThan(minimum); guard++) {
    let best: MutableLine | undefined;
    let bestCover = Infinity;
    for (const line of priced) {
      const offer = line.plan.offer as NonNullable<typeof line.plan.offer>;
      const perDay = line.plan.demand.perDay;
      const cover = perDay > 0 ? (line.plan.position.position + line.packs * offer.packSize) / perDay : Infinity;
      if (best === undefined || cover < bestCover || (cover === bestCover && line.plan.item.id < best.plan.item.id)) {
        best = line;
        bestCover = cover;
      }
    }
    if (best === undefined) return;
    const offer = best.plan.offer as NonNullable<typeof best.plan.offer>;
    const step = best.packs === 0 ? Math.max(1, offer.minimumOrderQuantity) : 1;
    best.packs += step;
    best.toppedUp += step;
    const updated = priceOf(offer, best.packs).total;
    total = total.minus(lineTotals.get(best) ?? new Dec(0)).plus(updated);
    lineTotals.set(best, updated);
  }
}

/** @internal suggestions on validated input; shared with the rule catalog */
export function suggestParsed(
  inventory: Inventory,
  index: InventoryIndex,
  policies: readonly ItemPolicy[],
  today: IsoDate,
  options: z.output<typeof OptionsSchema>,
): PurchaseSuggestions {
  const plans = policies.map((policy) => planPolicy(inventory, index, policy, today, options.horizonDays));
  const groups = new Map<string, MutableLine[]>();
  const unorderable: UnorderableItem[] = [];
  for (const plan of plans) {
    if (plan.unorderable !== undefined) unorderable.push({ itemId: plan.item.id, funding: plan.policy.funding, reason: plan.unorderable });
    if (plan.line === undefined || plan.vendor === undefined) continue;
    const key = `${plan.vendor.id}\u0000${plan.policy.funding}`;
    const list = groups.get(key) ?? [];
    list.push({ plan, packs: plan.line.packs, toppedUp: 0 });
    groups.set(key, list);
  }
  // items of the same vendor that are not due yet may be pulled forward to reach a minimum order value
  const spare = new Map<string, MutableLine[]>();
  for (const plan of plans) {
    if (plan.line !== undefined || plan.unorderable !== undefined || plan.vendor === undefined || plan.offer === undefined || plan.levels === undefined) continue;
    const key = `${plan.vendor.id}\u0000${plan.policy.funding}`;
    const list = spare.get(key) ?? [];
    list.push({
      plan: {
        ...plan,
        line: {
          orderBy: today,
          expectedOn: addCalendarDays(today, Math.round(plan.leadTime?.meanDays ?? 0)),
          positionAtOrder: plan.position.position,
          policyUnits: 0,
          packsFromPolicy: 0,
          packs: 0,
          raisedToMinimum: false,
          pulledForward: true,
          text: `not due yet (position ${Math.round(plan.position.position * 100) / 100}, level ${Math.round(plan.levels.level * 100) / 100}): pulled forward to reach the vendor's minimum order value`,
        },
      },
      packs: 0,
      toppedUp: 0,
    });
    spare.set(key, list);
  }
  const orders: SuggestedOrder[] = [];
  for (const lines of groups.values()) {
    const first = lines[0] as MutableLine;
    const vendor = first.plan.vendor;
    if (vendor === undefined) continue;
    const minimum = vendor.minimumOrderValue === undefined ? undefined : new Dec(vendor.minimumOrderValue.amount);
    if (minimum !== undefined && options.topUpToMinimum && orderTotal(lines).lessThan(minimum)) {
      const candidates = [...lines, ...(spare.get(`${vendor.id}\u0000${first.plan.policy.funding}`) ?? [])];
      topUp(candidates, minimum);
      for (const candidate of candidates) if (!lines.includes(candidate) && candidate.packs > 0) lines.push(candidate);
    }
    lines.sort((a, b) => (a.plan.item.id < b.plan.item.id ? -1 : a.plan.item.id > b.plan.item.id ? 1 : 0));
    const built = lines.map((line) => buildLine(line, inventory.currency));
    const total = orderTotal(lines);
    const orderBy = built.reduce((min, line) => (line.orderBy < min ? line.orderBy : min), (built[0] as SuggestedOrderLine).orderBy);
    orders.push({
      vendorId: vendor.id,
      vendorName: vendor.name,
      funding: first.plan.policy.funding,
      orderBy,
      lines: built,
      total: toMoney(total, inventory.currency),
      ...(vendor.minimumOrderValue === undefined ? {} : { minimumOrderValue: vendor.minimumOrderValue }),
      meetsMinimum: minimum === undefined || !total.lessThan(minimum),
    });
  }
  orders.sort((a, b) => (a.orderBy < b.orderBy ? -1 : a.orderBy > b.orderBy ? 1 : a.vendorId < b.vendorId ? -1 : a.vendorId > b.vendorId ? 1 : a.funding < b.funding ? -1 : 1));
  const projectedSpend: CostEntry[] = [];
  for (const order of orders) {
    for (const line of order.lines) {
      const item = index.items.get(line.itemId);
      projectedSpend.push({
        source: options.source,
        account: item?.account ?? 'medical-surgical-supplies',
        ...(item?.costCentre === undefined ? {} : { costCentre: item.costCentre }),
        date: line.orderBy,
        amount: line.lineTotal,
        layer: 'projected',
        description: `Suggested: ${line.packs} ${line.purchaseUnit} of ${line.itemName} (${line.funding}) from ${order.vendorName}`,
        reference: `suggested:${order.vendorId}:${line.itemId}:${line.funding}`,
        quantity: line.units,
      });
    }
  }
  const lotsExpiringBeforeUse = plans
    .flatMap((plan) => plan.position.lots.filter((lot) => !lot.expired && lot.projectedWaste > 1e-9))
    .sort((a, b) => (a.usableUntil < b.usableUntil ? -1 : a.usableUntil > b.usableUntil ? 1 : a.lotId < b.lotId ? -1 : 1));
  return {
    date: today,
    orders,
    unorderable,
    lotsExpiringBeforeUse,
    positions: plans.map((plan) => plan.position),
    committedSpend: committedEntries(inventory, index, options.source),
    projectedSpend,
  };
}

/** @internal validates policies against the inventory */
export function checkPolicies(index: InventoryIndex, policies: readonly ItemPolicy[]): void {
  const seen = new Set<string>();
  policies.forEach((policy, i) => {
    if (!index.items.has(policy.itemId)) {
      throw practiceOpsError(ERROR_CODES.unknownReference, `Policy for unknown item ${policy.itemId}`, {
        path: [i, 'itemId'],
        expected: 'a known item id',
        received: JSON.stringify(policy.itemId),
      });
    }
    if (policy.receiveAt !== undefined && !index.locations.has(policy.receiveAt)) {
      throw practiceOpsError(ERROR_CODES.unknownReference, `Policy names unknown location ${policy.receiveAt}`, {
        path: [i, 'receiveAt'],
        expected: 'a known location id',
        received: JSON.stringify(policy.receiveAt),
      });
    }
    if (policy.vendorId !== undefined && !index.vendors.has(policy.vendorId)) {
      throw practiceOpsError(ERROR_CODES.unknownReference, `Policy names unknown vendor ${policy.vendorId}`, {
        path: [i, 'vendorId'],
        expected: 'a known vendor id',
        received: JSON.stringify(policy.vendorId),
      });
    }
    const key = `${policy.itemId}\u0000${policy.funding}`;
    if (seen.has(key)) {
      throw practiceOpsError(ERROR_CODES.conflict, `Two policies for ${policy.itemId} (${policy.funding})`, {
        path: [i],
        expected: 'one policy per item and funding',
        received: policy.itemId,
      });
    }
    seen.add(key);
    if (policy.policy.kind === 'min-max' && policy.policy.max < policy.policy.min) {
      throw practiceOpsError(ERROR_CODES.conflict, 'max is below min', { path: [i, 'policy', 'max'], expected: `>= ${policy.policy.min}`, received: String(policy.policy.max) });
    }
    if (policy.policy.kind === 'reorder-point' && policy.policy.fillRate !== undefined && policy.policy.cycleServiceLevel !== undefined) {
      throw practiceOpsError(ERROR_CODES.conflict, 'Give a cycle service level or a fill rate, not both', { path: [i, 'policy', 'fillRate'] });
    }
  });
}

/**
 * Suggests purchase orders for a day. For each item policy: estimate demand, work out the
 * expiry-aware stock position (see {@link stockPosition}), apply the policy, round to the
 * vendor's packs, apply the vendor's minimum order quantity and price breaks; then group the
 * lines by vendor and funding (VFC and private stock are never on one order), top each order up
 * to the vendor's minimum order value (packs go to the line with the fewest days of cover), and
 * give each line an order-by date and its reason. Lots that will expire before use are flagged,
 * and the spend comes out as cost entries: committed for open purchase orders, projected for the
 * suggestions.
 *
 * @param inventory - the inventory snapshot
 * @param policies - one policy per item and funding stream (pass `inventory.policies` for the saved ones)
 * @param today - the day of the suggestion
 * @param options - look-ahead horizon, minimum-value top-up, cost entry source
 * @returns the suggested orders, flagged lots, positions and cost entries
 * @throws PracticeOpsError `INVALID_INPUT` for bad input, `UNKNOWN_REFERENCE` for a policy of an unknown item, `CONFLICT` for two policies of one item
 * @example
 * ```ts
 * const { orders } = suggestOrders(inventory, inventory.policies, '2026-11-23');
 * for (const order of orders) console.log(order.vendorName, order.total.amount, order.lines.map((l) => `${l.packs} ${l.purchaseUnit} ${l.itemName}`));
 * ```
 * @category Purchasing
 */
export function suggestOrders(
  inventory: InventoryInput | Inventory,
  policies: readonly ItemPolicyInput[],
  today: IsoDate,
  options: SuggestOrdersOptions = {},
): PurchaseSuggestions {
  const inv = inventoryArg(inventory);
  const index = indexInventory(inv);
  const parsedPolicies = parseInput(z.array(ItemPolicySchema), policies, { label: 'policies' });
  checkPolicies(index, parsedPolicies);
  const day = dateArg(today, 'today');
  const opts = parseInput(OptionsSchema, options, { label: 'options' });
  return suggestParsed(inv, index, parsedPolicies, day, opts);
}
