import { Dec } from '../../core/internal/decimal.js';
import { minorUnits } from '../../core/currency.js';
import type { Money } from '../../core/money.js';
import type { VendorOffer } from '../schemas.js';

type Decimal = InstanceType<typeof Dec>;

interface Tier {
  readonly min: number;
  readonly price: Decimal;
}

function tiers(offer: VendorOffer): Tier[] {
  const list: Tier[] = [{ min: 1, price: new Dec(offer.unitPrice.amount) }];
  for (const b of [...offer.priceBreaks].sort((a, c) => a.minQuantity - c.minQuantity)) {
    if (b.minQuantity <= 1) list[0] = { min: 1, price: new Dec(b.unitPrice.amount) };
    else list.push({ min: b.minQuantity, price: new Dec(b.unitPrice.amount) });
  }
  return list;
}

/** The price of `packs` purchase units under the offer's price breaks (all-units or incremental). */
export function priceOf(offer: VendorOffer, packs: number): { total: Decimal; unitPrice: Decimal } {
  if (packs <= 0) return { total: new Dec(0), unitPrice: new Dec(offer.unitPrice.amount) };
  const list = tiers(offer);
  if (offer.discount === 'all-units') {
    let price = (list[0] as Tier).price;
    for (const tier of list) if (packs >= tier.min) price = tier.price;
    return { total: price.times(packs), unitPrice: price };
  }
  let total = new Dec(0);
  for (let i = 0; i < list.length; i++) {
    const tier = list[i] as Tier;
    const next = list[i + 1];
    if (packs < tier.min) break;
    const upper = next === undefined ? packs : Math.min(packs, next.min - 1);
    total = total.plus(tier.price.times(upper - tier.min + 1));
  }
  return { total, unitPrice: total.dividedBy(packs) };
}

/** With all-units discounts, buying up to the next break can cost less than buying fewer. */
export function cheapestAtLeast(offer: VendorOffer, packs: number): number {
  if (offer.discount !== 'all-units') return packs;
  let best = packs;
  let bestTotal = priceOf(offer, packs).total;
  for (const b of offer.priceBreaks) {
    if (b.minQuantity <= packs) continue;
    const total = priceOf(offer, b.minQuantity).total;
    if (total.lessThan(bestTotal)) {
      best = b.minQuantity;
      bestTotal = total;
    }
  }
  return best;
}

export function toMoney(value: Decimal, currency: string): Money {
  const decimals = minorUnits(currency);
  return { amount: value.toDecimalPlaces(decimals, Dec.ROUND_HALF_EVEN).toFixed(decimals), currency };
}
