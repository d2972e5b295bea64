import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { StatePatch } from '../state-patch.js';

let patchesEnabled = false;

function toStatePatches(patches: readonly Patch[]): StatePatch[] {
  return patches.map((p) => ({ op: p.op, path: [...p.path], ...(p.value === undefined ? {} : { value: p.value as unknown }) }));
}

/**
 * Applies a change to an immutable snapshot through immer and returns the new snapshot with the
 * patches and inverse patches (for the audit trail and undo). Immer's patch support is switched on
 * the first time, never at import, so the package stays free of side effects.
 */
export function produceWithHistory<T>(
  base: T,
  recipe: (draft: Draft<T>) => void,
): { readonly next: T; readonly patches: StatePatch[]; readonly inversePatches: StatePatch[] } {
  if (!patchesEnabled) {
    enablePatches();
    patchesEnabled = true;
  }
  const [next, patches, inversePatches] = produceWithPatches(base, recipe);
  return { next: next as T, patches: toStatePatches(patches), inversePatches: toStatePatches(inversePatches) };
}
