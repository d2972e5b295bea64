import { addCalendarDays, type IsoDate } from '../../core/calendar.js';
import { Dec } from '../../core/internal/decimal.js';
import type { Inventory, Item, ItemPolicy, LeadTime, Vendor, VendorOffer } from '../schemas.js';
import type { DemandEstimate } from '../estimate-demand.js';
import type { StockPosition } from '../stock-position.js';
import { decide, levelsFor, type Levels } from './decide.js';
import type { InventoryIndex } from './lookup.js';
import { cheapestAtLeast, priceOf } from './pricing.js';
import { packsFor } from '../round-to-packs.js';
import { demandFor, positionFor } from './stock.js';

/** The chosen offer for a policy, or why there is none. */
export function chooseOffer(item: Item, policy: ItemPolicy, index: InventoryIndex): { offer: VendorOffer; vendor: Vendor } | { reason: string } {
  const candidates = item.offers.filter(
    (offer) => offer.funding === policy.funding && (policy.vendorId === undefined || offer.vendorId === policy.vendorId) && index.vendors.has(offer.vendorId),
  );
  if (candidates.length === 0) {
    return {
      reason:
        policy.vendorId === undefined
          ? `no vendor offers ${item.name} for ${policy.funding} stock`
          : `vendor ${policy.vendorId} has no offer for ${item.name} (${policy.funding} stock)`,
    };
  }
  const perUnit = (offer: VendorOffer): InstanceType<typeof Dec> => new Dec(offer.unitPrice.amount).dividedBy(offer.packSize);
  const best = [...candidates].sort(
    (a, b) => Number(b.preferred) - Number(a.preferred) || perUnit(a).comparedTo(perUnit(b)) || (a.vendorId < b.vendorId ? -1 : a.vendorId > b.vendorId ? 1 : 0),
  )[0] as VendorOffer;
  return { offer: best, vendor: index.vendors.get(best.vendorId) as Vendor };
}

/** Everything decided about one policy on one day. */
export interface PolicyPlan {
  readonly policy: ItemPolicy;
  readonly item: Item;
  readonly demand: DemandEstimate;
  readonly position: StockPosition;
  readonly levels?: Levels;
  readonly leadTime?: LeadTime;
  readonly offer?: VendorOffer;
  readonly vendor?: Vendor;
  readonly unorderable?: string;
  /** Present when an order is due within the horizon. */
  readonly line?: PlannedLine;
}

export interface PlannedLine {
  readonly orderBy: IsoDate;
  readonly expectedOn: IsoDate;
  readonly positionAtOrder: number;
  readonly policyUnits: number;
  readonly packsFromPolicy: number;
  readonly packs: number;
  readonly raisedToMinimum: boolean;
  readonly priceBreakPacks?: number;
  readonly pulledForward?: boolean;
  readonly cappedFrom?: number;
  readonly text: string;
}

export function planPolicy(inventory: Inventory, index: InventoryIndex, policy: ItemPolicy, today: IsoDate, horizonDays: number): PolicyPlan {
  const item = index.items.get(policy.itemId) as Item;
  const demand = demandFor(inventory, index, policy, today);
  const position = positionFor(index, item, policy.funding, policy.locationIds, today, demand.perDay);
  const choice = chooseOffer(item, policy, index);
  const base = { policy, item, demand, position };
  const offer = 'offer' in choice ? choice.offer : undefined;
  const vendor = 'offer' in choice ? choice.vendor : undefined;
  const leadTime: LeadTime = offer?.leadTime ?? vendor?.leadTime ?? { meanDays: 0, sdDays: 0 };
  const unitPrice = offer === undefined ? undefined : new Dec(offer.unitPrice.amount).dividedBy(offer.packSize).toNumber();
  const discounts =
    offer === undefined || offer.priceBreaks.length === 0
      ? undefined
      : {
          holdingRate: item.holdingRate,
          discount: offer.discount,
          breaks: [
            { minQuantity: 0, unitPrice: new Dec(offer.unitPrice.amount).dividedBy(offer.packSize).toNumber() },
            ...offer.priceBreaks
              .filter((b) => b.minQuantity > 1)
              .map((b) => ({ minQuantity: (b.minQuantity - 1) * offer.packSize + 1, unitPrice: new Dec(b.unitPrice.amount).dividedBy(offer.packSize).toNumber() })),
          ],
        };
  const levels = levelsFor(policy.policy, demand, leadTime, {
    orderCost: vendor?.orderCost === undefined ? undefined : Number(vendor.orderCost.amount),
    holdingCostPerUnitYear: unitPrice === undefined ? undefined : unitPrice * item.holdingRate,
    ...(discounts === undefined ? {} : { discounts }),
  });
  for (let t = 0; t <= horizonDays; t++) {
    const date = addCalendarDays(today, t);
    const projected = position.position - demand.perDay * t;
    const decision = decide(policy.policy, levels, projected, date, demand, leadTime);
    if (!decision.due || decision.units <= 0) continue;
    if (offer === undefined || vendor === undefined) {
      return { ...base, levels, leadTime, unorderable: 'reason' in choice ? choice.reason : 'no offer' };
    }
    const packsFromPolicy = packsFor(decision.units, offer.packSize, policy.rounding);
    let packs = Math.max(packsFromPolicy, offer.minimumOrderQuantity);
    const raisedToMinimum = packs > packsFromPolicy;
    const bumped = cheapestAtLeast(offer, packs);
    let priceBreakPacks = bumped > packs ? bumped : undefined;
    packs = bumped;
    // storage capacity at the receiving location caps the order
    let cappedFrom: number | undefined;
    const room = freeSpace(inventory, index, policy.receiveAt);
    if (room !== undefined && item.unitVolume !== undefined && item.unitVolume > 0) {
      const fits = Math.floor(room.free / (item.unitVolume * offer.packSize) + 1e-9);
      if (fits < packs) {
        if (fits < Math.max(1, offer.minimumOrderQuantity)) {
          return { ...base, levels, leadTime, offer, vendor, unorderable: `${room.name} has no room for a minimum order of ${item.name}` };
        }
        cappedFrom = packs;
        packs = fits;
        if (priceBreakPacks !== undefined && priceBreakPacks > packs) priceBreakPacks = undefined;
      }
    }
    return {
      ...base,
      levels,
      leadTime,
      offer,
      vendor,
      line: {
        orderBy: date,
        expectedOn: addCalendarDays(date, Math.round(leadTime.meanDays)),
        positionAtOrder: projected,
        policyUnits: decision.units,
        packsFromPolicy,
        packs,
        raisedToMinimum,
        ...(priceBreakPacks === undefined ? {} : { priceBreakPacks }),
        ...(cappedFrom === undefined ? {} : { cappedFrom }),
        text: decision.text,
      },
    };
  }
  return { ...base, levels, leadTime, ...(offer === undefined ? {} : { offer }), ...(vendor === undefined ? {} : { vendor }) };
}

/** Free space at a location: capacity minus the volume of the lots there (items without a unit volume take none). */
function freeSpace(inventory: Inventory, index: InventoryIndex, locationId: string | undefined): { free: number; name: string } | undefined {
  if (locationId === undefined) return undefined;
  const location = index.locations.get(locationId);
  if (location?.capacity === undefined) return undefined;
  let used = 0;
  for (const lot of inventory.lots) {
    if (lot.locationId !== locationId) continue;
    used += lot.quantity * (index.items.get(lot.itemId)?.unitVolume ?? 0);
  }
  return { free: Math.max(0, location.capacity - used), name: location.name };
}

export function lineCost(offer: VendorOffer, packs: number): { total: InstanceType<typeof Dec>; unitPrice: InstanceType<typeof Dec> } {
  return priceOf(offer, packs);
}
