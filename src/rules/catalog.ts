import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import type { AnyRule } from './define-rule.js';
import type { PolicyInput } from './policy-schema.js';

/**
 * A domain's rules and presets, under one name. Policies are parsed and compiled against a catalog.
 *
 * @category Policies
 */
export interface Catalog {
  /** The catalog's name, usually the domain: `rota`, `inventory`. */
  readonly name: string;
  /** The rules by id, in id order. */
  readonly rules: ReadonlyMap<string, AnyRule>;
  /** Named presets (policies) such as `recommended` and `strict`. */
  readonly presets: Readonly<Record<string, PolicyInput>>;
}

/**
 * The definition passed to {@link defineCatalog}.
 *
 * @category Policies
 */
export interface CatalogDefinition {
  /** The catalog's name. */
  readonly name: string;
  /** Its rules. */
  readonly rules: readonly AnyRule[];
  /** Presets beyond `recommended` (every rule at its default severity and options), which is always there. */
  readonly presets?: Readonly<Record<string, PolicyInput>>;
}

/**
 * Groups rules into a catalog. Every catalog has a `recommended` preset: each rule at its default
 * severity with default options.
 *
 * @param definition - name, rules and extra presets
 * @returns the catalog
 * @throws PracticeOpsError `CONFLICT` when two rules share an id (a programmer error)
 * @example
 * ```ts
 * const catalog = defineCatalog({ name: 'demo', rules: [maxHours], presets: { strict: { rules: { 'demo/max-hours': 'error' } } } });
 * ```
 * @category Policies
 */
export function defineCatalog(definition: CatalogDefinition): Catalog {
  const rules = new Map<string, AnyRule>();
  for (const rule of [...definition.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (rules.has(rule.id)) {
      throw practiceOpsError(ERROR_CODES.conflict, `Two rules share the id ${rule.id}`, {
        path: ['rules'],
        expected: 'unique rule ids',
        received: rule.id,
      });
    }
    rules.set(rule.id, rule);
  }
  return Object.freeze({
    name: definition.name,
    rules,
    presets: Object.freeze({ recommended: { rules: {} }, ...definition.presets }),
  });
}

/**
 * Combines catalogs into one, so that one policy can configure several domains (the daily review
 * does this). Presets of the same name are merged.
 *
 * @param name - the combined catalog's name
 * @param catalogs - the catalogs to combine
 * @returns one catalog holding all their rules
 * @example
 * ```ts
 * const all = combineCatalogs('practice', [rotaCatalog, inventoryCatalog]);
 * ```
 * @category Policies
 */
export function combineCatalogs(name: string, catalogs: readonly Catalog[]): Catalog {
  const presets: Record<string, { rules: Record<string, unknown> }> = {};
  for (const catalog of catalogs) {
    for (const [presetName, preset] of Object.entries(catalog.presets)) {
      presets[presetName] = { rules: { ...presets[presetName]?.rules, ...preset.rules } };
    }
  }
  return defineCatalog({
    name,
    rules: catalogs.flatMap((catalog) => [...catalog.rules.values()]),
    presets: presets as Record<string, PolicyInput>,
  });
}
