import type { SubgraphContext } from '../context';
import { ForbiddenError } from '../auth/auth-errors';

/**
 * Who may read a person's audit entries across agencies: the person
 * themself (a resident token whose subject is that Person.id), or staff of
 * the agency that keeps the register of persons with `audit:read`. Anyone
 * else is FORBIDDEN, naming the rule.
 */
export function requireReportReader(context: SubgraphContext<unknown>, person: string, coordinate: string): void {
  const { viewer, config } = context;
  if (viewer.kind === 'resident') {
    if (viewer.subject !== person) throw new ForbiddenError(`${coordinate}: a resident may read only their own report`, { coordinate });
    return;
  }
  const keeper = config.personRegister;
  if (viewer.agency !== keeper || !viewer.scopes.includes('audit:read')) {
    throw new ForbiddenError(`${coordinate} is for the person themself, or ${keeper ?? 'the register of persons'} staff with the "audit:read" scope`, { coordinate });
  }
}
