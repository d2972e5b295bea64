import { z } from 'zod';
import { addCalendarDays, IsoDateSchema, type IsoDate } from '../core/calendar.js';
import { parseInput } from '../core/parse.js';
import { decide, levelsFor } from './internal/decide.js';
import { normalDraw, seededRandom } from '../core/internal/random.js';
import { packsFor } from './round-to-packs.js';
import { DemandRateSchema, LeadTimeSchema, PackRoundingSchema, ReorderPolicySchema } from './schemas.js';

/**
 * Input of {@link simulatePolicy}.
 *
 * @example
 * ```ts
 * SimulatePolicyInputSchema.parse({ demand: [3, 4, 2], start: '2026-01-01', policy: { kind: 'min-max', min: 5, max: 20 }, leadTime: { meanDays: 2 }, initialStock: 10 });
 * ```
 * @category Simulation
 */
export const SimulatePolicyInputSchema = z
  .object({
    /** Units demanded per day, replayed in order (the practice's own history). */
    demand: z.array(z.number().min(0).finite()).min(1),
    /** The date of the first day (review days of periodic policies count from it). */
    start: IsoDateSchema,
    /** The policy to simulate. */
    policy: ReorderPolicySchema,
    /** Lead time in days; each order draws its own (normal, rounded to whole days, at least 1). */
    leadTime: LeadTimeSchema,
    /** Units on hand on the first morning. */
    initialStock: z.number().min(0).finite(),
    /** Days a received unit stays usable (the initial stock counts from `start`); no expiry when omitted. */
    shelfLifeDays: z.int().positive().optional(),
    /** Units per pack. */
    packSize: z.int().positive().default(1),
    /** Pack rounding. */
    rounding: PackRoundingSchema.default('up'),
    /** Vendor minimum order quantity, in packs. */
    minimumOrderQuantity: z.int().positive().default(1),
    /** The demand the policy plans with; the mean and sd of `demand` by default. */
    demandEstimate: DemandRateSchema.optional(),
    /** Cost of placing an order, for an EOQ order quantity. */
    orderCost: z.number().min(0).finite().optional(),
    /** Cost of holding a unit for a year, for an EOQ order quantity. */
    holdingCostPerUnitYear: z.number().positive().finite().optional(),
    /** Seed of the lead-time draws: the same seed gives the same run. */
    seed: z.int().default(1),
  })
  .readonly();

/**
 * Input of {@link simulatePolicy} (before defaults).
 *
 * @example
 * ```ts
 * const input: SimulatePolicyInput = { demand, start: '2026-01-01', policy: { kind: 'par-level', par: 40 }, leadTime: { meanDays: 2 }, initialStock: 40, seed: 7 };
 * ```
 * @category Simulation
 */
export type SimulatePolicyInput = z.input<typeof SimulatePolicyInputSchema>;

/**
 * What a policy would have done over the demand history.
 *
 * @example
 * ```ts
 * const { fillRate, unitsExpired }: SimulationReport = simulatePolicy(input);
 * ```
 * @category Simulation
 */
export interface SimulationReport {
  /** Days simulated. */
  readonly days: number;
  /** Units demanded. */
  readonly totalDemand: number;
  /** Units supplied from stock. */
  readonly unitsFilled: number;
  /** Units short (lost, not back-ordered). */
  readonly unitsShort: number;
  /** unitsFilled / totalDemand (1 when there was no demand). */
  readonly fillRate: number;
  /** Days with some demand not met. */
  readonly stockOutDays: number;
  /** Units that passed their shelf life on the shelf. */
  readonly unitsExpired: number;
  /** Mean units on hand at the end of a day. */
  readonly averageOnHand: number;
  /** Orders placed. */
  readonly ordersPlaced: number;
  /** Units ordered. */
  readonly unitsOrdered: number;
  /** Units on hand at the end. */
  readonly endingOnHand: number;
  /** Units on hand at the end of each day. */
  readonly onHandByDay: readonly number[];
}

interface SimLot {
  quantity: number;
  /** Last usable day index (Infinity for no expiry). */
  lastDay: number;
}

/**
 * A seeded day-by-day simulation of a reorder policy over a demand history, so an office manager
 * can compare two policies on their own data. Each morning orders due arrive and expired units
 * are discarded; the day's demand is met earliest-expiry-first (shortages are lost); in the
 * evening the policy looks at the stock position (on hand minus what would expire unused, plus on
 * order) and may order, rounded to packs and the vendor minimum, with a lead time drawn from the
 * lead-time distribution. The same seed gives the same run.
 *
 * @param input - demand history, policy, lead time, starting stock, shelf life, packs and seed
 * @returns fill rate, stock-out days, units expired, average stock and order counts
 * @throws PracticeOpsError `INVALID_INPUT` for bad input
 * @example
 * ```ts
 * const a = simulatePolicy({ demand, start: '2026-01-01', policy: { kind: 'min-max', min: 40, max: 120 }, leadTime: { meanDays: 3, sdDays: 1 }, initialStock: 100 });
 * console.log(a.fillRate, a.unitsExpired);
 * ```
 * @category Simulation
 */
export function simulatePolicy(input: SimulatePolicyInput): SimulationReport {
  const p = parseInput(SimulatePolicyInputSchema, input, { label: 'simulation input' });
  const n = p.demand.length;
  const mean = p.demand.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(p.demand.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  const rate = p.demandEstimate ?? { perDay: mean, sdPerDay: sd };
  const levels = levelsFor(p.policy, rate, p.leadTime, { orderCost: p.orderCost, holdingCostPerUnitYear: p.holdingCostPerUnitYear });
  const random = seededRandom(p.seed);
  const shelf = p.shelfLifeDays;
  let lots: SimLot[] = p.initialStock > 0 ? [{ quantity: p.initialStock, lastDay: shelf === undefined ? Infinity : shelf - 1 }] : [];
  const pipeline: { arrives: number; quantity: number }[] = [];
  let filled = 0;
  let short = 0;
  let stockOutDays = 0;
  let expired = 0;
  let onHandSum = 0;
  let ordersPlaced = 0;
  let unitsOrdered = 0;
  const onHandByDay: number[] = [];
  for (let day = 0; day < n; day++) {
    // morning: receipts, then discard what is past its last usable day
    for (let i = pipeline.length - 1; i >= 0; i--) {
      const arrival = pipeline[i] as { arrives: number; quantity: number };
      if (arrival.arrives <= day) {
        lots.push({ quantity: arrival.quantity, lastDay: shelf === undefined ? Infinity : day + shelf - 1 });
        pipeline.splice(i, 1);
      }
    }
    lots = lots.filter((lot) => {
      if (lot.lastDay < day) {
        expired += lot.quantity;
        return false;
      }
      return lot.quantity > 0;
    });
    lots.sort((a, b) => a.lastDay - b.lastDay);
    // the day's demand, earliest expiry first
    let need = p.demand[day] as number;
    for (const lot of lots) {
      if (need <= 0) break;
      const take = Math.min(lot.quantity, need);
      lot.quantity -= take;
      need -= take;
      filled += take;
    }
    if (need > 1e-9) {
      short += need;
      stockOutDays++;
    }
    lots = lots.filter((lot) => lot.quantity > 1e-12);
    const onHand = lots.reduce((a, lot) => a + lot.quantity, 0);
    onHandSum += onHand;
    onHandByDay.push(onHand);
    // evening review
    let usedBefore = 0;
    let waste = 0;
    for (const lot of lots) {
      const usableDays = lot.lastDay - day; // days from tomorrow through lastDay
      const used = Math.min(lot.quantity, Math.max(0, rate.perDay * usableDays - usedBefore));
      waste += lot.quantity - used;
      usedBefore += used;
    }
    const onOrder = pipeline.reduce((a, order) => a + order.quantity, 0);
    const position = onHand - waste + onOrder;
    const date: IsoDate = addCalendarDays(p.start, day);
    const decision = decide(p.policy, levels, position, date, rate, p.leadTime);
    if (decision.due && decision.units > 0) {
      const packs = Math.max(packsFor(decision.units, p.packSize, p.rounding), p.minimumOrderQuantity);
      const quantity = packs * p.packSize;
      const lead = Math.max(1, Math.round(p.leadTime.meanDays + p.leadTime.sdDays * normalDraw(random)));
      pipeline.push({ arrives: day + lead, quantity });
      ordersPlaced++;
      unitsOrdered += quantity;
    }
  }
  const totalDemand = filled + short;
  return {
    days: n,
    totalDemand,
    unitsFilled: filled,
    unitsShort: short,
    fillRate: totalDemand === 0 ? 1 : filled / totalDemand,
    stockOutDays,
    unitsExpired: expired,
    averageOnHand: onHandSum / n,
    ordersPlaced,
    unitsOrdered,
    endingOnHand: onHandByDay[n - 1] ?? 0,
    onHandByDay,
  };
}
