import type { AuthChecker } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { ForbiddenError } from './auth-errors';
import type { Scope } from './scopes';

/** Scopes that act on records, which only their owning agency may do: writes and reading its audit log. */
const OWN_AGENCY_SCOPES: readonly Scope[] = ['write', 'audit:read'];

/**
 * type-graphql's check behind `@Authorized('write')` and friends: the token
 * must be a staff token holding every named scope, and for `write` and
 * `audit:read` speak for the agency whose subgraph this is. A resident's
 * token holds no scope: it is refused here, whatever the field (the one thing
 * it may read, its own data access report, checks its reader itself).
 * Refusals say which rule failed, as FORBIDDEN.
 */
export const authChecker: AuthChecker<SubgraphContext<unknown>, Scope> = ({ context, info }, scopes) => {
  const coordinate = `${info.parentType.name}.${info.fieldName}`;
  const { viewer, config } = context;
  if (viewer.kind === 'resident')
    throw new ForbiddenError(`${coordinate} is for agency staff: a resident's token may read only the resident's own dataAccessReport; nothing was done`, { coordinate });
  const missing = scopes.filter((scope) => !viewer.scopes.includes(scope));
  if (missing.length > 0) {
    throw new ForbiddenError(
      `${coordinate} needs the ${missing.map((scope) => `"${scope}"`).join(' and ')} scope; this token has ${viewer.scopes.join(', ') || 'none'}; nothing was done`,
      { coordinate },
    );
  }
  if (scopes.some((scope) => OWN_AGENCY_SCOPES.includes(scope)) && viewer.agency !== config.name) {
    throw new ForbiddenError(`${coordinate} acts on ${config.name} records: only ${config.name} tokens may, and this one is for ${viewer.agency}; nothing was done`, {
      coordinate,
    });
  }
  return true;
};
