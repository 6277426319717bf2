import type DataLoader from 'dataloader';
import { BadUserInputError, NotFoundError } from './errors';

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
