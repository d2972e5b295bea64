import { z } from 'zod';
import { CurrencyCodeSchema } from '../core/currency.js';
import { IsoDateSchema } from '../core/calendar.js';
import { idSchema } from '../core/ids.js';
import { DecimalStringSchema } from '../core/money.js';
import { ForecastMethodSchema } from './forecast-demand.js';

/**
 * A price: a decimal string and a currency, the same shape as the kernel's `Money`.
 *
 * @example
 * ```ts
 * PriceSchema.parse({ amount: '8.50', currency: 'USD' });
 * ```
 * @category Schemas
 */
export const PriceSchema = z
  .object({
    /** The amount as a decimal string, such as "12.50". */
    amount: DecimalStringSchema,
    /** The ISO 4217 currency code. */
    currency: CurrencyCodeSchema,
  })
  .readonly();
/**
 * A price (the kernel's `Money` shape).
 *
 * @example
 * ```ts
 * const price: Price = { amount: '8.50', currency: 'USD' };
 * ```
 * @category Schemas
 */
export type Price = z.infer<typeof PriceSchema>;
const MoneySchema = PriceSchema;

/**
 * An item id (`gloves-m`, `flu-vaccine-2026`).
 *
 * @example
 * ```ts
 * const id = ItemIdSchema.parse('gloves-m');
 * ```
 * @category Schemas
 */
export const ItemIdSchema = idSchema('ItemId');
/**
 * A branded item id.
 *
 * @example
 * ```ts
 * const id: ItemId = ItemIdSchema.parse('gloves-m');
 * ```
 * @category Schemas
 */
export type ItemId = z.infer<typeof ItemIdSchema>;
/**
 * A lot id: one receipt of one item with one expiry date, at one location.
 *
 * @example
 * ```ts
 * const id = LotIdSchema.parse('gloves-lot-1');
 * ```
 * @category Schemas
 */
export const LotIdSchema = idSchema('LotId');
/**
 * A branded lot id.
 *
 * @example
 * ```ts
 * const id: LotId = LotIdSchema.parse('gloves-lot-1');
 * ```
 * @category Schemas
 */
export type LotId = z.infer<typeof LotIdSchema>;
/**
 * A storage location id (`main-fridge`, `supply-room`).
 *
 * @example
 * ```ts
 * const id = LocationIdSchema.parse('main-fridge');
 * ```
 * @category Schemas
 */
export const LocationIdSchema = idSchema('LocationId');
/**
 * A branded location id.
 *
 * @example
 * ```ts
 * const id: LocationId = LocationIdSchema.parse('main-fridge');
 * ```
 * @category Schemas
 */
export type LocationId = z.infer<typeof LocationIdSchema>;
/**
 * A vendor id.
 *
 * @example
 * ```ts
 * const id = VendorIdSchema.parse('acme');
 * ```
 * @category Schemas
 */
export const VendorIdSchema = idSchema('VendorId');
/**
 * A branded vendor id.
 *
 * @example
 * ```ts
 * const id: VendorId = VendorIdSchema.parse('acme');
 * ```
 * @category Schemas
 */
export type VendorId = z.infer<typeof VendorIdSchema>;
/**
 * A purchase order id.
 *
 * @example
 * ```ts
 * const id = PurchaseOrderIdSchema.parse('PO-1001');
 * ```
 * @category Schemas
 */
export const PurchaseOrderIdSchema = idSchema('PurchaseOrderId');
/**
 * A branded purchase order id.
 *
 * @example
 * ```ts
 * const id: PurchaseOrderId = PurchaseOrderIdSchema.parse('PO-1001');
 * ```
 * @category Schemas
 */
export type PurchaseOrderId = z.infer<typeof PurchaseOrderIdSchema>;

/**
 * Who paid for stock: `private` stock, or `vfc` (publicly funded, such as the US Vaccines for
 * Children programme), which must be kept apart and used only for eligible patients.
 *
 * @example
 * ```ts
 * FundingSchema.parse('vfc');
 * ```
 * @category Schemas
 */
export const FundingSchema = z.literal(['private', 'vfc']);
/**
 * A funding source.
 *
 * @example
 * ```ts
 * const funding: Funding = 'private';
 * ```
 * @category Schemas
 */
export type Funding = z.infer<typeof FundingSchema>;

/**
 * Storage conditions: room temperature, refrigerator or freezer.
 *
 * @example
 * ```ts
 * StorageSchema.parse('fridge');
 * ```
 * @category Schemas
 */
export const StorageSchema = z.literal(['room', 'fridge', 'freezer']);
/**
 * A storage condition.
 *
 * @example
 * ```ts
 * const storage: Storage = 'freezer';
 * ```
 * @category Schemas
 */
export type Storage = z.infer<typeof StorageSchema>;

/**
 * A replenishment lead time in days: mean and standard deviation.
 *
 * @example
 * ```ts
 * LeadTimeSchema.parse({ meanDays: 9, sdDays: 2 });
 * ```
 * @category Schemas
 */
export const LeadTimeSchema = z
  .object({
    /** Mean days from order to receipt (never negative). */
    meanDays: z.number().min(0).finite(),
    /** Standard deviation of the lead time, in days. */
    sdDays: z.number().min(0).finite().default(0),
  })
  .readonly();
/**
 * A lead time.
 *
 * @example
 * ```ts
 * const lead: LeadTime = { meanDays: 3, sdDays: 1 };
 * ```
 * @category Schemas
 */
export type LeadTime = z.infer<typeof LeadTimeSchema>;

/**
 * A price break: from `minQuantity` purchase units on, each costs `unitPrice`.
 *
 * @example
 * ```ts
 * PriceBreakSchema.parse({ minQuantity: 10, unitPrice: { amount: '7.90', currency: 'USD' } });
 * ```
 * @category Schemas
 */
export const PriceBreakSchema = z
  .object({
    /** The first quantity, in purchase units, at which the price applies. */
    minQuantity: z.int().positive(),
    /** The price per purchase unit from there on. */
    unitPrice: MoneySchema,
  })
  .readonly();
/**
 * A price break.
 *
 * @example
 * ```ts
 * const tier: PriceBreak = { minQuantity: 10, unitPrice: { amount: '7.90', currency: 'USD' } };
 * ```
 * @category Schemas
 */
export type PriceBreak = z.infer<typeof PriceBreakSchema>;

/**
 * How one vendor sells one item: the purchase unit (a box of 100 gloves), its price and price
 * breaks, the minimum order quantity and the lead time.
 *
 * @example
 * ```ts
 * VendorOfferSchema.parse({ vendorId: 'acme', purchaseUnit: 'box', packSize: 100, unitPrice: { amount: '8.50', currency: 'USD' } });
 * ```
 * @category Schemas
 */
export const VendorOfferSchema = z
  .object({
    /** The vendor. */
    vendorId: VendorIdSchema,
    /** The vendor's catalogue number. */
    sku: z.string().min(1).optional(),
    /** The name of the purchase unit (`box`, `case`, `vial`). */
    purchaseUnit: z.string().min(1).default('pack'),
    /** Item units in one purchase unit (100 gloves to a box): a positive whole number. */
    packSize: z.int().positive(),
    /** Price of one purchase unit. */
    unitPrice: MoneySchema,
    /** Quantity discounts, in purchase units. */
    priceBreaks: z.array(PriceBreakSchema).default([]),
    /** `all-units` (the tier price applies to every unit) or `incremental`. */
    discount: z.literal(['all-units', 'incremental']).default('all-units'),
    /** The vendor's minimum order quantity for this item, in purchase units. */
    minimumOrderQuantity: z.int().positive().default(1),
    /** Lead time for this item, when it differs from the vendor's. */
    leadTime: LeadTimeSchema.optional(),
    /** Which stock this offer supplies (a VFC programme supplies `vfc` stock). */
    funding: FundingSchema.default('private'),
    /** Prefer this offer when several fit. */
    preferred: z.boolean().default(false),
  })
  .readonly();
/**
 * A vendor's offer for an item.
 *
 * @example
 * ```ts
 * const offer: VendorOffer = VendorOfferSchema.parse({ vendorId: 'acme', packSize: 100, unitPrice: { amount: '8.50', currency: 'USD' } });
 * ```
 * @category Schemas
 */
export type VendorOffer = z.infer<typeof VendorOfferSchema>;

/**
 * A multi-dose container: once opened it must be used within `beyondUseDays` (28 by default).
 *
 * @example
 * ```ts
 * MultiDoseSchema.parse({ dosesPerContainer: 10 }); // beyondUseDays 28
 * ```
 * @category Schemas
 */
export const MultiDoseSchema = z
  .object({
    /** Doses (item units) per container. */
    dosesPerContainer: z.int().positive(),
    /** Days a container may be used after it is first opened. */
    beyondUseDays: z.int().min(0).default(28),
  })
  .readonly();

/**
 * A supply item: gloves, syringes, a vaccine, printer paper.
 *
 * @example
 * ```ts
 * ItemSchema.parse({ id: 'gloves-m', name: 'Nitrile gloves M', unit: 'glove', offers: [] });
 * ```
 * @category Schemas
 */
export const ItemSchema = z
  .object({
    /** The item id. */
    id: ItemIdSchema,
    /** A readable name. */
    name: z.string().min(1),
    /** The unit it is used in (`glove`, `dose`, `ream`). */
    unit: z.string().min(1).default('each'),
    /** Storage condition. */
    storage: StorageSchema.default('room'),
    /** Space one unit takes in its location, in the location's capacity unit (litres, say). */
    unitVolume: z.number().min(0).finite().optional(),
    /** The budget account its spend goes to. */
    account: z.string().min(1).default('medical-surgical-supplies'),
    /** A cost centre for its spend. */
    costCentre: z.string().min(1).optional(),
    /** Multi-dose containers and their beyond-use period. */
    multiDose: MultiDoseSchema.optional(),
    /** Cost of holding stock for a year, as a fraction of its value (for EOQ); 0.25 by default. */
    holdingRate: z.number().positive().max(10).default(0.25),
    /** Vendors that sell it. */
    offers: z.array(VendorOfferSchema).default([]),
  })
  .readonly();
/**
 * A supply item.
 *
 * @example
 * ```ts
 * const item: Item = ItemSchema.parse({ id: 'ppd', name: 'Tuberculin PPD', storage: 'fridge', multiDose: { dosesPerContainer: 10 } });
 * ```
 * @category Schemas
 */
export type Item = z.infer<typeof ItemSchema>;

/**
 * A vendor: a minimum order value, a default lead time and the cost of placing an order.
 *
 * @example
 * ```ts
 * VendorSchema.parse({ id: 'acme', name: 'Acme Medical', minimumOrderValue: { amount: '150', currency: 'USD' } });
 * ```
 * @category Schemas
 */
export const VendorSchema = z
  .object({
    /** The vendor id. */
    id: VendorIdSchema,
    /** A readable name. */
    name: z.string().min(1),
    /** Orders below this value are refused or surcharged. */
    minimumOrderValue: MoneySchema.optional(),
    /** Lead time for items without their own. */
    leadTime: LeadTimeSchema.default({ meanDays: 3, sdDays: 0 }),
    /** Cost of placing one order (staff time, shipping), for EOQ. */
    orderCost: MoneySchema.optional(),
  })
  .readonly();
/**
 * A vendor.
 *
 * @example
 * ```ts
 * const vendor: Vendor = VendorSchema.parse({ id: 'acme', name: 'Acme Medical' });
 * ```
 * @category Schemas
 */
export type Vendor = z.infer<typeof VendorSchema>;

/**
 * A storage location: a supply room, a fridge, a freezer.
 *
 * @example
 * ```ts
 * LocationSchema.parse({ id: 'main-fridge', name: 'Main fridge', storage: 'fridge', capacity: 60 });
 * ```
 * @category Schemas
 */
export const LocationSchema = z
  .object({
    /** The location id. */
    id: LocationIdSchema,
    /** A readable name. */
    name: z.string().min(1),
    /** What it can hold. */
    storage: StorageSchema.default('room'),
    /** Capacity, in the unit of the items' `unitVolume`. */
    capacity: z.number().positive().finite().optional(),
  })
  .readonly();
/**
 * A storage location.
 *
 * @example
 * ```ts
 * const where: Location = LocationSchema.parse({ id: 'supply-room', name: 'Supply room' });
 * ```
 * @category Schemas
 */
export type Location = z.infer<typeof LocationSchema>;

/**
 * A lot on hand: units of one item, from one receipt, with one expiry date, at one location.
 * The beyond-use date of an opened multi-dose lot is `openedOn` plus the item's beyond-use days
 * (or `beyondUseDate` when given), and never later than the expiry date.
 *
 * @example
 * ```ts
 * LotSchema.parse({ id: 'l1', itemId: 'flu', locationId: 'main-fridge', expiresOn: '2027-06-30', quantity: 40 });
 * ```
 * @category Schemas
 */
export const LotSchema = z
  .object({
    /** The lot id. */
    id: LotIdSchema,
    /** The item. */
    itemId: ItemIdSchema,
    /** Where it is. */
    locationId: LocationIdSchema,
    /** Who paid for it. */
    funding: FundingSchema.default('private'),
    /** The manufacturer's lot number. */
    lotNumber: z.string().min(1).optional(),
    /** The last day it may be used (the manufacturer's expiry date). */
    expiresOn: IsoDateSchema,
    /** When it arrived. */
    receivedOn: IsoDateSchema.optional(),
    /** When a multi-dose container was first opened. */
    openedOn: IsoDateSchema.optional(),
    /** An explicit beyond-use date (overrides the multi-dose default). */
    beyondUseDate: IsoDateSchema.optional(),
    /** Units on hand. */
    quantity: z.number().min(0).finite(),
    /** Units on hand already promised (to a booked clinic, say). */
    reserved: z.number().min(0).finite().default(0),
  })
  .readonly();
/**
 * A lot.
 *
 * @example
 * ```ts
 * const lot: Lot = LotSchema.parse({ id: 'l1', itemId: 'flu', locationId: 'main-fridge', funding: 'vfc', expiresOn: '2027-06-30', quantity: 40 });
 * ```
 * @category Schemas
 */
export type Lot = z.infer<typeof LotSchema>;

const MovementBase = {
  /** The day it happened. */
  date: IsoDateSchema,
  /** The lot moved. */
  lotId: LotIdSchema,
  /** A note. */
  note: z.string().optional(),
};

/**
 * A stock movement: a receipt into a lot, a use, waste, a transfer to another location, or a count
 * that sets the lot's quantity (the difference is the adjustment).
 *
 * @example
 * ```ts
 * StockMovementSchema.parse({ type: 'waste', date: '2026-11-23', lotId: 'l1', quantity: 2, reason: 'temperature' });
 * ```
 * @category Schemas
 */
export const StockMovementSchema = z.discriminatedUnion('type', [
  z
    .object({
      /** Units received into an existing lot. */
      type: z.literal('receipt'),
      ...MovementBase,
      /** Units received. */
      quantity: z.number().positive().finite(),
      /** The purchase order it fills. */
      purchaseOrderId: PurchaseOrderIdSchema.optional(),
    })
    .readonly(),
  z
    .object({
      /** Units used for patients. */
      type: z.literal('use'),
      ...MovementBase,
      /** Units used. */
      quantity: z.number().positive().finite(),
      /** The funding the patient is eligible for (a VFC-eligible child gets `vfc` stock). */
      patientFunding: FundingSchema.optional(),
    })
    .readonly(),
  z
    .object({
      /** Units thrown away. */
      type: z.literal('waste'),
      ...MovementBase,
      /** Units wasted. */
      quantity: z.number().positive().finite(),
      /** Why: expired, beyond use, broken, temperature excursion... */
      reason: z.literal(['expired', 'beyond-use', 'damaged', 'temperature', 'other']).default('other'),
    })
    .readonly(),
  z
    .object({
      /** Units moved to another location (they become a new lot with `newLotId`). */
      type: z.literal('transfer'),
      ...MovementBase,
      /** Units moved. */
      quantity: z.number().positive().finite(),
      /** Where to. */
      toLocationId: LocationIdSchema,
      /** The id of the lot at the destination (created or topped up). */
      newLotId: LotIdSchema,
    })
    .readonly(),
  z
    .object({
      /** A physical count: the lot's quantity becomes `counted`. */
      type: z.literal('count'),
      ...MovementBase,
      /** Units counted. */
      counted: z.number().min(0).finite(),
    })
    .readonly(),
]);
/**
 * A stock movement.
 *
 * @example
 * ```ts
 * const use: StockMovement = StockMovementSchema.parse({ type: 'use', date: '2026-11-23', lotId: 'l1', quantity: 1, patientFunding: 'vfc' });
 * ```
 * @category Schemas
 */
export type StockMovement = z.infer<typeof StockMovementSchema>;
/**
 * A stock movement as written (plain strings for ids, defaults optional).
 *
 * @example
 * ```ts
 * const move: StockMovementInput = { type: 'transfer', date: '2026-11-23', lotId: 'l1', quantity: 10, toLocationId: 'clinic-b', newLotId: 'l1-b' };
 * ```
 * @category Schemas
 */
export type StockMovementInput = z.input<typeof StockMovementSchema>;

/**
 * One line of a purchase order, in purchase units.
 *
 * @example
 * ```ts
 * PurchaseOrderLineSchema.parse({ itemId: 'gloves-m', quantity: 10, packSize: 100, unitPrice: { amount: '7.90', currency: 'USD' } });
 * ```
 * @category Schemas
 */
export const PurchaseOrderLineSchema = z
  .object({
    /** The item. */
    itemId: ItemIdSchema,
    /** Which stock it is for. */
    funding: FundingSchema.default('private'),
    /** Purchase units ordered. */
    quantity: z.int().positive(),
    /** Item units per purchase unit. */
    packSize: z.int().positive(),
    /** Price per purchase unit. */
    unitPrice: MoneySchema,
    /** Purchase units received so far. */
    receivedQuantity: z.int().min(0).default(0),
  })
  .readonly();
/**
 * A purchase order line.
 *
 * @example
 * ```ts
 * const line: PurchaseOrderLine = PurchaseOrderLineSchema.parse({ itemId: 'gloves-m', quantity: 10, packSize: 100, unitPrice: { amount: '7.90', currency: 'USD' } });
 * ```
 * @category Schemas
 */
export type PurchaseOrderLine = z.infer<typeof PurchaseOrderLineSchema>;

/**
 * A purchase order placed with a vendor. Open orders count as stock on order and as committed spend.
 *
 * @example
 * ```ts
 * PurchaseOrderSchema.parse({ id: 'PO-1', vendorId: 'acme', orderedOn: '2026-11-18', expectedOn: '2026-11-21', lines: [line] });
 * ```
 * @category Schemas
 */
export const PurchaseOrderSchema = z
  .object({
    /** The order id. */
    id: PurchaseOrderIdSchema,
    /** The vendor. */
    vendorId: VendorIdSchema,
    /** The day it was placed. */
    orderedOn: IsoDateSchema,
    /** The day it is expected. */
    expectedOn: IsoDateSchema,
    /** `open` until received in full or cancelled. */
    status: z.literal(['open', 'received', 'cancelled']).default('open'),
    /** Its lines. */
    lines: z.array(PurchaseOrderLineSchema).min(1),
  })
  .readonly();
/**
 * A purchase order.
 *
 * @example
 * ```ts
 * const open: PurchaseOrder[] = inventory.purchaseOrders.filter((order) => order.status === 'open');
 * ```
 * @category Schemas
 */
export type PurchaseOrder = z.infer<typeof PurchaseOrderSchema>;

/**
 * A reorder policy (the trigger and the quantity), one of:
 *
 * - `min-max`: the (s, S) policy. When the stock position falls below `min` (or to it, with
 *   `trigger: '<='`), order up to `max`.
 * - `reorder-point`: continuous review (s, Q). The reorder point is given, or computed from
 *   demand and lead-time variability for a cycle service level or a fill rate; the quantity is
 *   given or the EOQ.
 * - `order-up-to`: periodic review (R, S). Every `reviewEveryDays` days from `firstReviewOn`, order
 *   up to S (given, or computed for the service level over review period plus lead time).
 * - `par-level`: count and refill: on review days, order what brings the position back to `par`.
 *
 * @example
 * ```ts
 * ReorderPolicySchema.parse({ kind: 'reorder-point', cycleServiceLevel: 0.95, orderQuantity: 'eoq' });
 * ```
 * @category Policies
 */
export const ReorderPolicySchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** (s, S). */
      kind: z.literal('min-max'),
      /** s: the reorder level. */
      min: z.number().min(0).finite(),
      /** S: the level to order up to. */
      max: z.number().min(0).finite(),
      /** Reorder when the position is `<` min or `<=` min. */
      trigger: z.literal(['<', '<=']).default('<='),
    })
    .readonly(),
  z
    .object({
      /** (s, Q). */
      kind: z.literal('reorder-point'),
      /** A fixed reorder point; computed from the service target when omitted. */
      reorderPoint: z.number().min(0).finite().optional(),
      /** Target cycle service level (0.95 by default when no fill rate is given). */
      cycleServiceLevel: z.number().gt(0).lt(1).optional(),
      /** Target fill rate (instead of a cycle service level). */
      fillRate: z.number().gt(0).lt(1).optional(),
      /** Units per order, or `eoq` for the economic order quantity. */
      orderQuantity: z.union([z.number().positive().finite(), z.literal('eoq')]).default('eoq'),
    })
    .readonly(),
  z
    .object({
      /** (R, S). */
      kind: z.literal('order-up-to'),
      /** Days between reviews. */
      reviewEveryDays: z.int().positive(),
      /** A review day; the others follow every `reviewEveryDays` days. */
      firstReviewOn: IsoDateSchema,
      /** A fixed order-up-to level; computed from the service level when omitted. */
      orderUpTo: z.number().min(0).finite().optional(),
      /** Target cycle service level. */
      cycleServiceLevel: z.number().gt(0).lt(1).default(0.95),
    })
    .readonly(),
  z
    .object({
      /** Count and refill to a PAR level. */
      kind: z.literal('par-level'),
      /** The PAR level. */
      par: z.number().min(0).finite(),
      /** Days between counts (1: every day). */
      reviewEveryDays: z.int().positive().default(1),
      /** A count day; the others follow. Every day counts when omitted. */
      firstReviewOn: IsoDateSchema.optional(),
    })
    .readonly(),
]);
/**
 * A reorder policy.
 *
 * @example
 * ```ts
 * const policy: ReorderPolicy = ReorderPolicySchema.parse({ kind: 'min-max', min: 300, max: 900, trigger: '<' });
 * ```
 * @category Policies
 */
export type ReorderPolicy = z.infer<typeof ReorderPolicySchema>;
/**
 * A reorder policy as written (defaults optional).
 *
 * @example
 * ```ts
 * const policy: ReorderPolicyInput = { kind: 'order-up-to', reviewEveryDays: 7, firstReviewOn: '2026-11-16' };
 * ```
 * @category Policies
 */
export type ReorderPolicyInput = z.input<typeof ReorderPolicySchema>;

/**
 * Demand statistics per day, when they are known rather than estimated from use.
 *
 * @example
 * ```ts
 * DemandRateSchema.parse({ perDay: 20, sdPerDay: 5 });
 * ```
 * @category Policies
 */
export const DemandRateSchema = z
  .object({
    /** Mean units used per day. */
    perDay: z.number().min(0).finite(),
    /** Standard deviation of daily use. */
    sdPerDay: z.number().min(0).finite().default(0),
  })
  .readonly();
/**
 * Daily demand statistics.
 *
 * @example
 * ```ts
 * const demand: DemandRate = { perDay: 20, sdPerDay: 5 };
 * ```
 * @category Policies
 */
export type DemandRate = z.infer<typeof DemandRateSchema>;

/**
 * How to round an order to whole purchase units. Every rounding is "never zero": an order that
 * is due always has at least one purchase unit.
 *
 * @example
 * ```ts
 * PackRoundingSchema.parse('nearest');
 * ```
 * @category Policies
 */
export const PackRoundingSchema = z.literal(['up', 'down', 'nearest']);
/**
 * A pack rounding mode.
 *
 * @example
 * ```ts
 * const rounding: PackRounding = 'down';
 * ```
 * @category Policies
 */
export type PackRounding = z.infer<typeof PackRoundingSchema>;

/**
 * The reorder settings of one item and funding stream: the policy, where demand comes from, the
 * vendor and the pack rounding. Vendor minimums are applied after the policy, never folded into it.
 *
 * @example
 * ```ts
 * ItemPolicySchema.parse({ itemId: 'syringe-3ml', policy: { kind: 'min-max', min: 300, max: 900 } });
 * ```
 * @category Policies
 */
export const ItemPolicySchema = z
  .object({
    /** The item. */
    itemId: ItemIdSchema,
    /** Which stock (private or VFC) the policy manages; each stream is counted apart. */
    funding: FundingSchema.default('private'),
    /** Only count stock at these locations (all locations when omitted). */
    locationIds: z.array(LocationIdSchema).optional(),
    /** The policy. */
    policy: ReorderPolicySchema,
    /** Known demand per day; otherwise estimated from `use` movements. */
    demand: DemandRateSchema.optional(),
    /** How to estimate demand from use movements when `demand` is not given. */
    forecast: ForecastMethodSchema.default({ method: 'moving-average', window: 28 }),
    /** Days of use history to look at. */
    lookbackDays: z.int().positive().default(90),
    /** The vendor to buy from; the preferred (then cheapest) offer by default. */
    vendorId: VendorIdSchema.optional(),
    /** Pack rounding. */
    rounding: PackRoundingSchema.default('up'),
    /** Where deliveries are put away: with a location capacity and the item's unitVolume, orders are capped to the free space. */
    receiveAt: LocationIdSchema.optional(),
  })
  .readonly();
/**
 * An item's reorder settings.
 *
 * @example
 * ```ts
 * const policy: ItemPolicy = ItemPolicySchema.parse({ itemId: 'flu', funding: 'vfc', policy: { kind: 'min-max', min: 60, max: 150 } });
 * ```
 * @category Policies
 */
export type ItemPolicy = z.infer<typeof ItemPolicySchema>;
/**
 * An item's reorder settings as written (defaults optional).
 *
 * @example
 * ```ts
 * const policy: ItemPolicyInput = { itemId: 'gloves-m', policy: { kind: 'reorder-point', orderQuantity: 'eoq' }, rounding: 'up' };
 * ```
 * @category Policies
 */
export type ItemPolicyInput = z.input<typeof ItemPolicySchema>;

/**
 * A snapshot of a practice's inventory: items, vendors, locations, lots on hand, recent
 * movements (the use history that demand is estimated from), open purchase orders and the
 * saved reorder policies. This is the subject of the inventory rule catalog.
 *
 * @example
 * ```ts
 * const inventory = InventorySchema.parse(json); // shape only: parseInventory also checks references
 * ```
 * @category Schemas
 */
export const InventorySchema = z
  .object({
    /** The currency of every price. */
    currency: CurrencyCodeSchema,
    /** Items. */
    items: z.array(ItemSchema),
    /** Vendors. */
    vendors: z.array(VendorSchema).default([]),
    /** Locations. */
    locations: z.array(LocationSchema).min(1),
    /** Lots on hand. */
    lots: z.array(LotSchema).default([]),
    /** Movements already reflected in the lots (the history). */
    movements: z.array(StockMovementSchema).default([]),
    /** Purchase orders. */
    purchaseOrders: z.array(PurchaseOrderSchema).default([]),
    /** Saved reorder policies. */
    policies: z.array(ItemPolicySchema).default([]),
  })
  .readonly();
/**
 * An inventory snapshot (parsed).
 *
 * @example
 * ```ts
 * const inventory: Inventory = parseInventory(json);
 * ```
 * @category Schemas
 */
export type Inventory = z.infer<typeof InventorySchema>;
/**
 * An inventory snapshot as written (defaults optional).
 *
 * @example
 * ```ts
 * const input: InventoryInput = { currency: 'USD', items: [], locations: [{ id: 'room', name: 'Supply room' }] };
 * ```
 * @category Schemas
 */
export type InventoryInput = z.input<typeof InventorySchema>;
