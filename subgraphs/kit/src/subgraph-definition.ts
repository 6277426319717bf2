import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from './config';
import type { EntityClass, MigrationClass } from './data-source';
import type { DataSharingPolicy } from './data-sharing/policy';
import type { OwnerSubgraph } from './owners';

/**
 * Everything the kit needs to serve one agency's subgraph. A subgraph package
 * exports one of these and its `index.ts` hands it to `runSubgraph`.
 */
export interface SubgraphDefinition<TLoaders> {
  /** kebab-case; also the subgraph's name in the supergraph and its entry in agencies.json (which holds its port). */
  readonly name: string;
  readonly entities: readonly EntityClass[];
  readonly migrations: readonly MigrationClass[];
  /** Other agencies' subgraphs whose entities this one's writes must check (`ctx.owners`). */
  readonly owners?: readonly OwnerSubgraph[];
  /**
   * The agency's decisions about its personal fields (`@Personal`): its
   * registered purposes and data-sharing agreements, as code in its own
   * package (`src/data-sharing/`). Required when the schema has personal
   * fields (the same policy its `buildSchema` hands `buildFederatedSchema`);
   * loaded into its database at every start.
   */
  readonly dataSharing?: DataSharingPolicy;
  /** Builds the executable subgraph schema; needs no database, so tests and `compose` call it directly. */
  readonly buildSchema: () => GraphQLSchema;
  /** Called once per request: loaders never outlive it. */
  readonly createLoaders: (db: DataSource) => TLoaders;
  readonly seed: {
    /** True when the agency's database holds no records yet. */
    readonly isEmpty: (db: DataSource) => Promise<boolean>;
    /** Writes the agency's share of the data set, in one transaction. */
    readonly run: (db: DataSource, config: SubgraphConfig) => Promise<void>;
  };
}
