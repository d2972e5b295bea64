import { describe, expectTypeOf, it } from 'vitest';
import type { CostEntry, Money } from '../../src/core/index.js';
import {
  economicOrderQuantity,
  suggestOrders,
  type EconomicOrderQuantityResult,
  type Funding,
  type Inventory,
  type InventoryInput,
  type ItemPolicyInput,
  type PurchaseSuggestions,
  type ReorderPolicy,
  type SuggestedOrderLine,
} from '../../src/inventory/index.js';

describe('inventory types', () => {
  it('suggestOrders takes a snapshot, policies and a date and returns suggestions with cost entries', () => {
    expectTypeOf(suggestOrders).parameter(0).toEqualTypeOf<InventoryInput | Inventory>();
    expectTypeOf(suggestOrders).parameter(1).toEqualTypeOf<readonly ItemPolicyInput[]>();
    expectTypeOf(suggestOrders).returns.toEqualTypeOf<PurchaseSuggestions>();
    expectTypeOf<PurchaseSuggestions['committedSpend']>().toEqualTypeOf<readonly CostEntry[]>();
    expectTypeOf<SuggestedOrderLine['lineTotal']>().toEqualTypeOf<Money>();
  });

  it('policies are a discriminated union on kind', () => {
    expectTypeOf<ReorderPolicy['kind']>().toEqualTypeOf<'min-max' | 'reorder-point' | 'order-up-to' | 'par-level'>();
    expectTypeOf<Funding>().toEqualTypeOf<'private' | 'vfc'>();
    // @ts-expect-error a min-max policy needs max
    const bad: ItemPolicyInput = { itemId: 'x', policy: { kind: 'min-max', min: 1 } };
    void bad;
  });

  it('economicOrderQuantity returns numbers', () => {
    expectTypeOf(economicOrderQuantity).returns.toEqualTypeOf<EconomicOrderQuantityResult>();
    expectTypeOf<EconomicOrderQuantityResult['quantity']>().toBeNumber();
  });
});
