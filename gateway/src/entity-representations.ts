import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/** What a subgraph call answers, as the gateway's data sources return it. */
export type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** An entity fetch's representations with duplicates removed, and where each original one went. */
export interface UniqueRepresentations {
  readonly variables: Record<string, unknown>;
  /** For each representation the planner sent, its index among the unique ones. */
  readonly indexOf: readonly number[];
}

/**
 * The planner sends one representation per entity in the result, so 500
 * enterprises in 42 communities ask the community committees for 500
 * communities. Returns the variables with each distinct representation
 * once, or null when there are no duplicates (or no representations).
 */
export function uniqueRepresentations(variables: Record<string, unknown> | undefined): UniqueRepresentations | null {
  const representations = variables?.representations;
  if (!Array.isArray(representations)) return null;
  const positions = new Map<string, number>();
  const unique: unknown[] = [];
  const indexOf = representations.map((representation: unknown) => {
    // The planner builds every representation of a fetch from the same selection, so equal ones serialise equally.
    const key = JSON.stringify(representation);
    let at = positions.get(key);
    if (at === undefined) {
      at = unique.length;
      unique.push(representation);
      positions.set(key, at);
    }
    return at;
  });
  return unique.length === representations.length ? null : { variables: { ...variables, representations: unique }, indexOf };
}

/** The answer to the unique representations, spread back over the original ones: entities and the errors on their paths. */
export function fanOutEntities(response: SubgraphResponse, indexOf: readonly number[]): SubgraphResponse {
  const entities = response.data?._entities;
  const data = Array.isArray(entities) ? { ...response.data, _entities: indexOf.map((at) => entities[at] ?? null) } : response.data;
  const errors = response.errors?.flatMap((error) => {
    const [root, at, ...rest] = error.path ?? [];
    if (root !== '_entities' || typeof at !== 'number') return [error];
    return indexOf.flatMap((unique, original) => (unique === at ? [{ ...error, path: ['_entities', original, ...rest] }] : []));
  });
  return { ...response, data, ...(errors === undefined ? {} : { errors }) };
}
