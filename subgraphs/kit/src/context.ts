import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from './config';
import type { OwnerChecks } from './owners';

/** Who is asking. Filled by the access layer; null until a request is authenticated. */
export interface Viewer {
  readonly subject: string;
  readonly agency: string;
  readonly scopes: readonly string[];
}

/**
 * What every resolver of a subgraph receives. Loaders are created per request
 * so that batching and caching never cross requests or users.
 */
export interface SubgraphContext<TLoaders> {
  readonly requestId: string;
  readonly viewer: Viewer | null;
  readonly loaders: TLoaders;
  readonly db: DataSource;
  /** Whether another agency's entity exists, asked of that agency. */
  readonly owners: OwnerChecks;
  /** The subgraph's validated configuration (for example the pseudonym key). */
  readonly config: SubgraphConfig;
}
