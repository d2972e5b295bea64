import type { Requirement, RoleRequirement } from '../schemas.js';

/** The outcome of a requirement against the types held. */
export interface RequirementOutcome {
  readonly met: boolean;
  /** Readable missing parts: `bls`, `cma or rma`. */
  readonly missing: readonly string[];
  /** Type ids that satisfied it. */
  readonly used: readonly string[];
}

/** Evaluates a requirement expression against a set of held type ids. */
export function evaluateRequirement(requirement: Requirement, held: ReadonlySet<string>): RequirementOutcome {
  if (typeof requirement === 'string') return leaf(requirement, held);
  if ('credential' in requirement) return leaf(requirement.credential, held);
  if ('allOf' in requirement) {
    const parts = requirement.allOf.map((part) => evaluateRequirement(part, held));
    return {
      met: parts.every((part) => part.met),
      missing: parts.flatMap((part) => part.missing),
      used: parts.flatMap((part) => part.used),
    };
  }
  const parts = requirement.anyOf.map((part) => evaluateRequirement(part, held));
  const first = parts.find((part) => part.met);
  if (first !== undefined) return { met: true, missing: [], used: first.used };
  const alternatives = parts.map((part) => (part.missing.length > 1 ? `(${part.missing.join(' and ')})` : part.missing.join('')));
  return { met: false, missing: [alternatives.join(' or ')], used: [] };
}

function leaf(id: string, held: ReadonlySet<string>): RequirementOutcome {
  return held.has(id) ? { met: true, missing: [], used: [id] } : { met: false, missing: [id], used: [] };
}

/** Whether a requirement is met (no explanation, no allocation). */
export function meets(requirement: Requirement, held: ReadonlySet<string>): boolean {
  if (typeof requirement === 'string') return held.has(requirement);
  if ('credential' in requirement) return held.has(requirement.credential);
  if ('allOf' in requirement) {
    for (const part of requirement.allOf) if (!meets(part, held)) return false;
    return true;
  }
  for (const part of requirement.anyOf) if (meets(part, held)) return true;
  return false;
}

/** Every credential type id named in a requirement. */
export function typeIdsOf(requirement: Requirement): string[] {
  if (typeof requirement === 'string') return [requirement];
  if ('credential' in requirement) return [requirement.credential];
  if ('allOf' in requirement) return requirement.allOf.flatMap(typeIdsOf);
  return requirement.anyOf.flatMap(typeIdsOf);
}

/** A role's combined requirement in a state, with the type ids it names. */
export interface ResolvedRequirement {
  readonly requirement: Requirement;
  readonly typeIds: ReadonlySet<string>;
}

const resolvedCache = new WeakMap<readonly RoleRequirement[], Map<string, ResolvedRequirement | undefined>>();

/** {@link requirementFor}, cached per requirements array, with the type ids named. */
export function resolvedRequirementFor(requirements: readonly RoleRequirement[], roleId: string, state: string | undefined): ResolvedRequirement | undefined {
  let cache = resolvedCache.get(requirements);
  if (cache === undefined) {
    cache = new Map();
    resolvedCache.set(requirements, cache);
  }
  const key = `${roleId}\u0000${state ?? ''}`;
  if (cache.has(key)) return cache.get(key);
  const requirement = requirementFor(requirements, roleId, state);
  const resolved = requirement === undefined ? undefined : { requirement, typeIds: new Set(typeIdsOf(requirement)) };
  cache.set(key, resolved);
  return resolved;
}

/** The combined requirement of a role in a state (several entries must all be met), or undefined when none applies. */
export function requirementFor(requirements: readonly RoleRequirement[], roleId: string, state: string | undefined): Requirement | undefined {
  const applicable = requirements.filter(
    (r) => r.roleId === roleId && (r.states === undefined || state === undefined || r.states.includes(state)),
  );
  if (applicable.length === 0) return undefined;
  if (applicable.length === 1) return (applicable[0] as RoleRequirement).requires;
  return { allOf: applicable.map((r) => r.requires) };
}
