/**
 * Inventory for a medical practice: items, vendors and lots with expiry and beyond-use dates,
 * stock movements, forecasting (moving average, exponential smoothing, Holt, Croston/SBA),
 * inventory formulas (EOQ with backorders and quantity discounts, safety stock and reorder points
 * for a cycle service level or a fill rate, the newsvendor, Wagner-Whitin), reorder policies
 * (min-max, reorder point, order-up-to, PAR), expiry-aware purchase suggestions grouped by vendor
 * with committed spend for the budget, a seeded policy simulation, and the inventory rule catalog.
 *
 * @module inventory
 */
export {
  ItemIdSchema,
  LotIdSchema,
  LocationIdSchema,
  VendorIdSchema,
  PurchaseOrderIdSchema,
  FundingSchema,
  StorageSchema,
  LeadTimeSchema,
  PriceBreakSchema,
  VendorOfferSchema,
  MultiDoseSchema,
  ItemSchema,
  VendorSchema,
  LocationSchema,
  LotSchema,
  StockMovementSchema,
  PurchaseOrderLineSchema,
  PurchaseOrderSchema,
  ReorderPolicySchema,
  DemandRateSchema,
  PackRoundingSchema,
  ItemPolicySchema,
  InventorySchema,
  PriceSchema,
} from './schemas.js';
export type {
  ItemId,
  LotId,
  LocationId,
  VendorId,
  PurchaseOrderId,
  Funding,
  Storage,
  LeadTime,
  PriceBreak,
  VendorOffer,
  Item,
  Vendor,
  Location,
  Lot,
  StockMovement,
  StockMovementInput,
  PurchaseOrderLine,
  PurchaseOrder,
  ReorderPolicy,
  ReorderPolicyInput,
  DemandRate,
  PackRounding,
  ItemPolicy,
  ItemPolicyInput,
  Inventory,
  InventoryInput,
  Price,
} from './schemas.js';
export { parseInventory, safeParseInventory } from './parse-inventory.js';
export { applyMovements } from './apply-movements.js';
export type { AppliedMovements, InventoryPatch } from './apply-movements.js';
export { lotUsableUntil } from './lot-usable-until.js';
export { projectLotUse } from './project-lot-use.js';
export type { LotUseProjection, ProjectLotUseOptions } from './project-lot-use.js';
export { estimateDemand } from './estimate-demand.js';
export type { DemandEstimate } from './estimate-demand.js';
export { stockPosition } from './stock-position.js';
export type { StockPosition, StockPositionOptions } from './stock-position.js';
export { roundToPacks } from './round-to-packs.js';
export { suggestOrders } from './suggest-orders.js';
export type {
  SuggestOrdersOptions,
  OrderLineReason,
  SuggestedOrderLine,
  SuggestedOrder,
  UnorderableItem,
  PurchaseSuggestions,
} from './suggest-orders.js';
export { committedSpend } from './committed-spend.js';
export type { CommittedSpendOptions } from './committed-spend.js';
export { simulatePolicy, SimulatePolicyInputSchema } from './simulate-policy.js';
export type { SimulatePolicyInput, SimulationReport } from './simulate-policy.js';
export { forecastDemand, ForecastMethodSchema } from './forecast-demand.js';
export type { ForecastMethod, ForecastMethodInput, DemandForecast } from './forecast-demand.js';
export { forecastError } from './forecast-error.js';
export type { ForecastErrorResult } from './forecast-error.js';
export {
  standardNormalPdf,
  standardNormalCdf,
  standardNormalQuantile,
  standardNormalLoss,
  standardNormalLossInverse,
} from './normal.js';
export { economicOrderQuantity, EconomicOrderQuantityInputSchema, QuantityBreakSchema } from './economic-order-quantity.js';
export type { EconomicOrderQuantityInput, EconomicOrderQuantityResult, QuantityBreak } from './economic-order-quantity.js';
export { safetyStock, SafetyStockInputSchema } from './safety-stock.js';
export type { SafetyStockInput, SafetyStockResult } from './safety-stock.js';
export { reorderPoint } from './reorder-point.js';
export type { ReorderPointResult } from './reorder-point.js';
export { newsvendor, NewsvendorInputSchema } from './newsvendor.js';
export type { NewsvendorInput, NewsvendorResult } from './newsvendor.js';
export { wagnerWhitin, WagnerWhitinInputSchema } from './wagner-whitin.js';
export type { WagnerWhitinInput, WagnerWhitinResult } from './wagner-whitin.js';
export { inventoryCatalog, inventoryPolicyJsonSchema } from './catalog.js';
export type { InventorySubject, InventoryContext } from './catalog-types.js';
