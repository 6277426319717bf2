import type DataLoader from 'dataloader';
import { BadUserInputError, NotFoundError } from './errors';
import type { OwnerChecks } from './owners';

/** Refuses a malformed identifier with the argument's name and the reason (`communityCodeProblem`, `creditCodeProblem`...). */
export function requireValid(field: string, value: string, problemOf: (value: string) => string | null): void {
  const problem = problemOf(value);
  if (problem) throw new BadUserInputError(field, problem);
}

/** Loads one record a client asked for by key; a key nobody has is a NOT_FOUND error. */
export async function loadExisting<V>(loader: DataLoader<string, V | null>, entity: string, key: string, value: string): Promise<V> {
  const found = await loader.load(value);
  if (found === null) throw new NotFoundError(entity, key, value);
  return found;
}

/**
 * Refuses a reference to another agency's entity that its owner does not
 * know: `requireExisting(owners, 'communityCode', 'community-committees', 'Community', { code })`.
 */
export async function requireExisting(owners: OwnerChecks, field: string, owner: string, typename: string, key: Readonly<Record<string, string>>): Promise<void> {
  if (!(await owners.exists(owner, typename, key))) {
    const described = Object.entries(key)
      .map(([name, value]) => `${name} "${value}"`)
      .join(', ');
    throw new BadUserInputError(field, `no ${typename} with ${described} in the ${owner} register`);
  }
}
