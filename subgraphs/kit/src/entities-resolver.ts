import { GraphQLError, GraphQLUnionType, type GraphQLSchema } from 'graphql';
import type { ReferenceResolver, Representation } from './build-subgraph';

/**
 * `_entities` as the kit resolves it, in place of @apollo/subgraph's. Each
 * representation still goes to its type's reference resolver (a per-request
 * loader), but the list comes back as one promise of the resolved entities,
 * not a promise per entity: @apollo/subgraph wrapped every entity in an
 * async function (to set `__typename`), and graphql-js then completed each
 * of those promises on its own, three promises and their microtasks per
 * entity, for 500 of them on every EnterpriseList(500). An entity whose
 * reference failed becomes its error, which graphql-js reports at that
 * entity's path with the others intact, as before. (Cache-control hints,
 * which @apollo/subgraph also took here, are off in every subgraph.)
 *
 * A representation without `__typename`, or naming a type this subgraph does
 * not resolve, is the caller's mistake: @apollo/subgraph threw a plain Error
 * (answered as INTERNAL_SERVER_ERROR); here it is a 400 BAD_USER_INPUT that
 * says which one, before any is resolved.
 */
export function resolveEntitiesAtOnce<TContext>(schema: GraphQLSchema, references: Readonly<Record<string, ReferenceResolver<TContext>>>): void {
  const field = schema.getQueryType()?.getFields()['_entities'];
  const entity = schema.getType('_Entity');
  if (field === undefined || !(entity instanceof GraphQLUnionType)) return;
  const known = new Set(entity.getTypes().map((type) => type.name));
  field.resolve = (_source, args: { representations?: unknown }, context: TContext) => {
    const representations = Array.isArray(args.representations) ? (args.representations as unknown[]) : [];
    const typenames = representations.map((representation, index) => typenameOf(representation, index, known));
    const entities = representations.map((representation, index) => {
      const typename = typenames[index];
      const resolveReference = references[typename];
      const resolved = resolveReference === undefined ? representation : resolveReference(representation as Representation, context);
      return isPromiseLike(resolved) ? resolved.then((value) => withTypename(value, typename), asError) : withTypename(resolved, typename);
    });
    return entities.some(isPromiseLike) ? Promise.all(entities) : entities;
  };
}

function typenameOf(representation: unknown, index: number, known: ReadonlySet<string>): string {
  const typename = typeof representation === 'object' && representation !== null && '__typename' in representation ? representation.__typename : undefined;
  if (typeof typename === 'string' && known.has(typename)) return typename;
  const problem = typeof typename !== 'string' ? 'has no __typename' : `names ${JSON.stringify(typename.slice(0, 60))}, which is not an entity this subgraph resolves`;
  throw new GraphQLError(`representations[${index}] ${problem}`, { extensions: { code: 'BAD_USER_INPUT', field: `representations[${index}]`, http: { status: 400 } } });
}

/** The union `_Entity` tells its member types apart by `__typename`, set as @apollo/subgraph set it (not enumerable, so never serialised). */
function withTypename(value: unknown, typename: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('__typename' in value && value.__typename !== typename) return { ...value, __typename: typename };
  Object.defineProperty(value, '__typename', { value: typename });
  return value;
}

/** graphql-js reports an Error in a list at its item's path. */
function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
