import type { AuthChecker } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { ForbiddenError } from './auth-errors';
import type { Scope } from './scopes';

/** Scopes that act on records, which only their owning agency may do: writes and reading its audit log. */
const OWN_AGENCY_SCOPES: readonly Scope[] = ['write', 'audit:read'];

/**
 * type-graphql's check behind `@Authorized('write')` and friends: the token
 * must hold every named scope, and for `write` and `audit:read` speak for the
 * agency whose subgraph this is. Refusals say which rule failed, as FORBIDDEN.
 */
export const authChecker: AuthChecker<SubgraphContext<unknown>, Scope> = ({ context, info }, scopes) => {
  const coordinate = `${info.parentType.name}.${info.fieldName}`;
  const { viewer, config } = context;
  const missing = scopes.filter((scope) => !viewer.scopes.includes(scope));
  if (missing.length > 0) {
    throw new ForbiddenError(`${coordinate} needs the ${missing.map((scope) => `"${scope}"`).join(' and ')} scope; this token has ${viewer.scopes.join(', ') || 'none'}; nothing was done`, { coordinate });
  }
  if (scopes.some((scope) => OWN_AGENCY_SCOPES.includes(scope)) && viewer.agency !== config.name) {
    throw new ForbiddenError(`${coordinate} acts on ${config.name} records: only ${config.name} tokens may, and this one is for ${viewer.agency}; nothing was done`, { coordinate });
  }
  return true;
};
