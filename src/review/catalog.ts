import { budgetCatalog } from '../budget/index.js';
import { credentialsCatalog } from '../credentials/index.js';
import { inventoryCatalog } from '../inventory/index.js';
import { combineCatalogs, policyJsonSchema, type Catalog } from '../rules/index.js';
import { rotaCatalog } from '../rota/index.js';
import { waitTimeCatalog } from '../wait-time/index.js';

/**
 * Every domain's rules in one catalog, so one policy configures the whole daily review. Its
 * presets (`recommended`, `strict`) merge the domains' presets of the same name.
 *
 * @example
 * ```ts
 * const compiled = compilePolicy(rotaCatalog, unwrap(parsePolicy(practiceCatalog, policyJson)));
 * ```
 * @category Policy
 */
export const practiceCatalog: Catalog = combineCatalogs('practice', [
  rotaCatalog,
  credentialsCatalog,
  inventoryCatalog,
  budgetCatalog,
  waitTimeCatalog,
]);

/**
 * The JSON Schema of a review policy, for a settings screen.
 *
 * @returns a JSON Schema (draft 2020-12)
 * @example
 * ```ts
 * const schema = practicePolicyJsonSchema();
 * ```
 * @category Policy
 */
export function practicePolicyJsonSchema(): Record<string, unknown> {
  return policyJsonSchema(practiceCatalog);
}
