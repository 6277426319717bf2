import { Directive, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { SubgraphContext } from '../context';

/** The kinds of personal field, each with its own mask. */
export type PersonalDataKind = 'name' | 'phone' | 'idNumber';

/**
 * How a personal field is marked in the subgraph's SDL and so in the
 * supergraph: tools that read only the composed schema (the CI rule over the
 * contract operations) find personal fields by it.
 */
export const PERSONAL_TAG = 'personal';

/**
 * Declares a field personal data: `@Personal('phone', (person: Person) => person.id)`.
 * The value comes back masked (张*, 138****5678, 320***********123X) unless
 * both keys turn: the token holds `pii:read`, and the owner (this subgraph)
 * entitles the caller's agency for the purpose the request states (its own
 * staff with a registered purpose, others through an agreement in force).
 * An unmasked value is recorded in the audit log under the subject's
 * pseudonym, which `subjectOf` reads from the parent object, with the
 * agreement used. Masking never fails the query; the response's
 * `personalData` extension says why. The owner's policy must decide every
 * such field, or its schema does not build.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- it lets the callback name its root's type: `(person: Person) => person.id`
export function Personal<TRoot>(kind: PersonalDataKind, subjectOf: (root: TRoot) => string | null): MethodDecorator & PropertyDecorator {
  const guard: MiddlewareFn<SubgraphContext<unknown>> = async ({ root, context, info }, next) => {
    const value: unknown = await next();
    if (typeof value !== 'string') return value;
    const coordinate = `${info.parentType.name}.${info.fieldName}`;
    const decision = await context.personalData.decide(coordinate);
    context.metrics.personalField(kind, decision.unmasked);
    if (!decision.unmasked) return maskPersonalData(kind, value);
    context.audit.recordRead(coordinate, subjectOf(root as TRoot), decision.agreement);
    return value;
  };
  const middleware = UseMiddleware(guard);
  const tag = Directive(`@tag(name: "${PERSONAL_TAG}")`);
  return (prototype: object, property: string | symbol, descriptor?: PropertyDescriptor): void => {
    middleware(prototype, property, descriptor as TypedPropertyDescriptor<unknown>);
    tag(prototype, property, descriptor as TypedPropertyDescriptor<unknown>);
  };
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
