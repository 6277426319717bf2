import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { postToPeer, type ForwardedRequest } from '../peers';

/** Another agency's subgraph that owns entities this one refers to (its port is in the agency manifest). */
export interface OwnerSubgraph {
  readonly name: string;
}

/**
 * Asks the owning agency whether an entity exists, through the owner's own
 * `_entities`: the only authority on a community code is the community
 * register. One HTTP call per owner and type per request batch.
 */
export interface OwnerChecks {
  exists(owner: string, typename: string, key: Readonly<Record<string, string>>): Promise<boolean>;
}

/** The owner could not be asked, so the write is refused rather than made unchecked. */
export class OwnerUnavailableError extends GraphQLError {
  constructor(owner: string) {
    super(`Cannot check the reference now: the ${owner} subgraph is unavailable; nothing was written`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', serviceName: owner },
    });
  }
}

const ENTITIES = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }';

export interface OwnerEndpoint {
  readonly url: string;
  /** The owner's subgraph secret: `_entities` answers only calls that carry it. */
  readonly secret: string;
}

/** Owner checks for one request; `owners` maps owner name to where and how to call it. */
export function createOwnerChecks(owners: ReadonlyMap<string, OwnerEndpoint>, timeoutMs: number, forwarded: ForwardedRequest): OwnerChecks {
  const loaders = new Map<string, DataLoader<string, boolean>>();
  const loaderFor = (owner: string, typename: string) => {
    const id = `${owner}|${typename}`;
    let loader = loaders.get(id);
    if (!loader) {
      loader = new DataLoader<string, boolean>((keys) => askOwner(owner, owners.get(owner), typename, keys, timeoutMs, forwarded), { maxBatchSize: 500 });
      loaders.set(id, loader);
    }
    return loader;
  };
  return {
    exists: (owner, typename, key) => loaderFor(owner, typename).load(JSON.stringify(key)),
  };
}

async function askOwner(
  owner: string,
  endpoint: OwnerEndpoint | undefined,
  typename: string,
  keys: readonly string[],
  timeoutMs: number,
  forwarded: ForwardedRequest,
): Promise<boolean[]> {
  if (endpoint === undefined) throw new Error(`${owner} is not a configured owner subgraph`);
  const representations = keys.map((key) => ({ __typename: typename, ...(JSON.parse(key) as Record<string, string>) }));
  let body: { data?: { _entities?: unknown[] } } | null;
  try {
    body = (await postToPeer(endpoint.url, endpoint.secret, { query: ENTITIES, variables: { representations } }, timeoutMs, forwarded)).body as typeof body;
  } catch {
    throw new OwnerUnavailableError(owner);
  }
  const entities = body?.data?._entities;
  if (!Array.isArray(entities) || entities.length !== keys.length) throw new OwnerUnavailableError(owner);
  return entities.map((entity) => entity !== null);
}
