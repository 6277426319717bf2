/**
 * What a token allows beyond reading non-personal fields (which any valid
 * token may do):
 * - `read`       the baseline every token carries; reads non-personal fields
 * - `pii:read`   unmasked personal data, when the request also states a purpose
 * - `write`      mutations on records of the token's own agency
 * - `audit:read` the own agency's audit log
 */
export const SCOPES = ['read', 'pii:read', 'write', 'audit:read'] as const;

export type Scope = (typeof SCOPES)[number];

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}
