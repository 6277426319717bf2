import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { mayReadPersonalData } from './viewer';

/** The kinds of personal field, each with its own mask. */
export type PersonalDataKind = 'name' | 'phone' | 'idNumber';

/**
 * Declares a field personal data: `@Personal('phone', (person: Person) => person.id)`.
 * The value comes back masked (张*, 138****5678, 320***********123X) unless
 * the token holds `pii:read` and the request states a purpose; an unmasked
 * value is recorded in the audit log under the subject's pseudonym, which
 * `subjectOf` reads from the parent object. Masking never fails the query.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- it lets the callback name its root's type: `(person: Person) => person.id`
export function Personal<TRoot>(kind: PersonalDataKind, subjectOf: (root: TRoot) => string | null): MethodDecorator & PropertyDecorator {
  const guard: MiddlewareFn<SubgraphContext<unknown>> = async ({ root, context, info }, next) => {
    const value: unknown = await next();
    if (typeof value !== 'string') return value;
    if (!mayReadPersonalData(context.viewer, context.purpose)) {
      context.metrics.personalField(kind, false);
      return maskPersonalData(kind, value);
    }
    context.metrics.personalField(kind, true);
    context.audit.recordRead(`${info.parentType.name}.${info.fieldName}`, subjectOf(root as TRoot));
    return value;
  };
  return UseMiddleware(guard);
}

/** The masked form of a personal value; keeps just enough to tell two records apart on screen. */
export function maskPersonalData(kind: PersonalDataKind, value: string): string {
  const characters = Array.from(value);
  const stars = (count: number) => '*'.repeat(Math.max(count, 0));
  switch (kind) {
    case 'name':
      return characters.length <= 1 ? '*' : characters[0] + stars(characters.length - 1);
    case 'phone':
      return characters.length >= 8 ? characters.slice(0, 3).join('') + stars(characters.length - 7) + characters.slice(-4).join('') : stars(characters.length);
    case 'idNumber':
      return characters.length >= 10 ? characters.slice(0, 3).join('') + stars(characters.length - 7) + characters.slice(-4).join('') : stars(characters.length);
  }
}
