import { daysBetween, type IsoDate } from '../../core/calendar.js';
import { economicOrderQuantity } from '../economic-order-quantity.js';
import { computeSafetyStock } from '../safety-stock.js';
import type { LeadTime, ReorderPolicy } from '../schemas.js';

/** Demand per day with its sd. */
export interface Rate {
  readonly perDay: number;
  readonly sdPerDay: number;
}

/** What EOQ needs beyond demand: the order cost and the holding cost of one unit for a year. */
export interface EoqCosts {
  readonly orderCost: number | undefined;
  readonly holdingCostPerUnitYear: number | undefined;
  /** Quantity discounts per item unit, when the offer has price breaks (with the holding rate, so holding follows the price). */
  readonly discounts?: {
    readonly holdingRate: number;
    readonly discount: 'all-units' | 'incremental';
    readonly breaks: readonly { readonly minQuantity: number; readonly unitPrice: number }[];
  };
}

/** The levels of a policy, computed once for given demand and lead time. */
export interface Levels {
  /** The level the position is compared with (min, reorder point, order-up-to, PAR). */
  readonly level: number;
  /** The level ordered up to, when the policy has one. */
  readonly target?: number;
  /** A fixed order quantity (reorder-point policies). */
  readonly orderQuantity?: number;
  readonly safetyStock?: number;
  readonly safetyFactor?: number;
  readonly note?: string;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function levelsFor(policy: ReorderPolicy, rate: Rate, lead: LeadTime, costs: EoqCosts): Levels {
  switch (policy.kind) {
    case 'min-max':
      return { level: policy.min, target: policy.max };
    case 'par-level':
      return { level: policy.par, target: policy.par };
    case 'order-up-to': {
      if (policy.orderUpTo !== undefined) return { level: policy.orderUpTo, target: policy.orderUpTo };
      const ss = computeSafetyStock({
        demandMean: rate.perDay,
        demandSd: rate.sdPerDay,
        leadTimeMean: lead.meanDays,
        leadTimeSd: lead.sdDays,
        reviewPeriod: policy.reviewEveryDays,
        cycleServiceLevel: policy.cycleServiceLevel,
      });
      const s = ss.protectionDemandMean + ss.safetyStock;
      return { level: s, target: s, safetyStock: ss.safetyStock, safetyFactor: ss.safetyFactor };
    }
    case 'reorder-point': {
      let q: number;
      let note: string | undefined;
      if (policy.orderQuantity === 'eoq') {
        if (rate.perDay <= 0) {
          q = 0;
          note = 'no demand: EOQ is zero';
        } else if (costs.orderCost === undefined || costs.holdingCostPerUnitYear === undefined || costs.holdingCostPerUnitYear <= 0) {
          q = rate.perDay * 30;
          note = 'no order cost or price for EOQ: ordering 30 days of demand';
        } else {
          q =
            costs.discounts !== undefined && costs.discounts.breaks.length > 1
              ? economicOrderQuantity({
                  annualDemand: rate.perDay * 365,
                  orderCost: costs.orderCost,
                  holdingRate: costs.discounts.holdingRate,
                  priceBreaks: [...costs.discounts.breaks],
                  discount: costs.discounts.discount,
                }).quantity
              : economicOrderQuantity({ annualDemand: rate.perDay * 365, orderCost: costs.orderCost, holdingCost: costs.holdingCostPerUnitYear }).quantity;
          note = costs.discounts !== undefined && costs.discounts.breaks.length > 1 ? 'EOQ with quantity discounts' : 'EOQ';
        }
      } else {
        q = policy.orderQuantity;
      }
      if (policy.reorderPoint !== undefined) return { level: policy.reorderPoint, orderQuantity: q, ...(note === undefined ? {} : { note }) };
      const useFill = policy.fillRate !== undefined && q > 0;
      const ss = computeSafetyStock({
        demandMean: rate.perDay,
        demandSd: rate.sdPerDay,
        leadTimeMean: lead.meanDays,
        leadTimeSd: lead.sdDays,
        reviewPeriod: 0,
        ...(useFill ? { fillRate: policy.fillRate, orderQuantity: q } : { cycleServiceLevel: policy.cycleServiceLevel ?? 0.95 }),
      });
      return {
        level: ss.protectionDemandMean + ss.safetyStock,
        orderQuantity: q,
        safetyStock: ss.safetyStock,
        safetyFactor: ss.safetyFactor,
        ...(note === undefined ? {} : { note }),
      };
    }
  }
}

export function isReviewDay(date: IsoDate, first: IsoDate | undefined, every: number): boolean {
  if (first === undefined) return true;
  const diff = daysBetween(first, date);
  return ((diff % every) + every) % every === 0;
}

/** Whether an order is due at this position and date, how many units (before pack rounding), and why. */
export interface Decision {
  readonly due: boolean;
  readonly units: number;
  readonly text: string;
}

export function decide(policy: ReorderPolicy, levels: Levels, position: number, date: IsoDate, rate: Rate, lead: LeadTime): Decision {
  const pos = round(position);
  switch (policy.kind) {
    case 'min-max': {
      const due = policy.trigger === '<' ? position < policy.min : position <= policy.min;
      return { due, units: Math.max(0, policy.max - position), text: `min-max: position ${pos} ${policy.trigger} min ${policy.min}, order up to max ${policy.max}` };
    }
    case 'par-level': {
      const review = isReviewDay(date, policy.firstReviewOn, policy.reviewEveryDays);
      const due = review && position < policy.par;
      return { due, units: Math.max(0, policy.par - position), text: `par-level: count day, position ${pos} below PAR ${policy.par}, refill to PAR` };
    }
    case 'order-up-to': {
      const review = isReviewDay(date, policy.firstReviewOn, policy.reviewEveryDays);
      const s = levels.level;
      const due = review && position < s;
      const basis =
        policy.orderUpTo !== undefined
          ? 'fixed'
          : `demand ${round(rate.perDay)}/day over review ${policy.reviewEveryDays} d + lead time ${lead.meanDays} d, plus safety stock ${round(levels.safetyStock ?? 0)} for ${policy.cycleServiceLevel * 100}% cycle service`;
      return { due, units: Math.max(0, s - position), text: `order-up-to: review day, position ${pos} below order-up-to level ${round(s)} (${basis})` };
    }
    case 'reorder-point': {
      const rop = levels.level;
      const q = levels.orderQuantity ?? 0;
      const due = position <= rop;
      let units = 0;
      if (due) units = q > 0 ? q * (Math.floor((rop - position) / q) + 1) : Math.max(0, rop - position);
      const target = policy.fillRate !== undefined ? `${policy.fillRate * 100}% fill rate` : `${(policy.cycleServiceLevel ?? 0.95) * 100}% cycle service`;
      const basis =
        policy.reorderPoint !== undefined
          ? 'fixed'
          : `demand ${round(rate.perDay)}/day x lead time ${lead.meanDays} d + safety stock ${round(levels.safetyStock ?? 0)} for ${target}`;
      return {
        due,
        units,
        text: `reorder-point: position ${pos} <= reorder point ${round(rop)} (${basis}); order quantity ${round(q)}${levels.note === undefined ? '' : ` (${levels.note})`}`,
      };
    }
  }
}
