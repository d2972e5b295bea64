import { z } from 'zod';

/**
 * A string made distinct at the type level, so a `StaffId` cannot be passed where an `ItemId` is expected.
 *
 * @category Ids
 */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };

/**
 * Builds a zod schema for a branded, non-empty id.
 *
 * @param name - the brand, for example `'StaffId'`
 * @returns a schema that accepts a non-empty trimmed string and brands it
 * @example
 * ```ts
 * const RoomIdSchema = idSchema('RoomId');
 * type RoomId = z.infer<typeof RoomIdSchema>;
 * ```
 * @category Ids
 */
export function idSchema<Name extends string>(name: Name) {
  return z
    .string()
    .min(1, `Expected a non-empty ${name}`)
    .max(200)
    .transform((value) => value as Brand<string, Name>);
}

/**
 * The id of a staff member.
 *
 * @example
 * ```ts
 * const staff = StaffIdSchema.parse('ana'); // branded StaffId
 * ```
 * @category Ids
 */
export const StaffIdSchema = idSchema('StaffId');
/**
 * The id of a staff member.
 *
 * @category Ids
 */
export type StaffId = z.infer<typeof StaffIdSchema>;

/**
 * The id of a site (a clinic location).
 *
 * @example
 * ```ts
 * const site = SiteIdSchema.parse('riverside'); // branded SiteId
 * ```
 * @category Ids
 */
export const SiteIdSchema = idSchema('SiteId');
/**
 * The id of a site.
 *
 * @category Ids
 */
export type SiteId = z.infer<typeof SiteIdSchema>;

/**
 * The id of a role (for example `rn`, `ma`, `front-desk`).
 *
 * @example
 * ```ts
 * const role = RoleIdSchema.parse('rn'); // branded RoleId
 * ```
 * @category Ids
 */
export const RoleIdSchema = idSchema('RoleId');
/**
 * The id of a role.
 *
 * @category Ids
 */
export type RoleId = z.infer<typeof RoleIdSchema>;
