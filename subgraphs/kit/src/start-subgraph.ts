import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import { loadSubgraphConfig, type SubgraphConfig } from './config';
import { auditPlugin } from './audit';
import { residentGate } from './auth/resident-gate';
import { subgraphSecretPlugin } from './auth/subgraph-secret';
import { loadDataSharingPolicy } from './data-sharing/load-policy';
import { personalDataPlugin } from './data-sharing/personal-data-plugin';
import { personalCoordinates } from './data-sharing/personal-fields';
import type { SubgraphContext } from './context';
import { openDataSource } from './data-source';
import { logUnexpectedErrors, maskUnexpectedError } from './errors';
import { MAX_OPERATION_NAME_LENGTH, MAX_PLANNED_OPERATION_NAME_LENGTH, operationNamePlugin, runService, serveGraphQL, type StoppableService } from './http';
import { createRequestContext, subgraphRequestId } from './request-context';
import { StatementCounter } from './statement-counter';
import type { SubgraphDefinition } from './subgraph-definition';
import { HeadPublisher } from './witness/head-publisher';
import { witnessRoute } from './witness/witness-route';

export interface RunningSubgraph extends StoppableService {
  readonly url: string;
  readonly port: number;
  readonly db: DataSource;
  /** Counts every SQL statement this subgraph sends (migrations and seed included). */
  readonly statements: StatementCounter;
  /** Signs the audit chain's head and sends it to the other agencies (`publishCurrent` does so now). */
  readonly heads: HeadPublisher;
}

/**
 * Opens the subgraph's database, runs its migrations, seeds an empty
 * database when configured to, and serves the schema over HTTP.
 */
export async function startSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>, config: SubgraphConfig): Promise<RunningSubgraph> {
  const statements = new StatementCounter(definition.name, config.logSql);
  const db = await openDataSource(config.database, definition, statements);
  let heads: HeadPublisher | undefined;
  try {
    const schema = definition.buildSchema();
    if (personalCoordinates(schema).length > 0 && definition.dataSharing === undefined) throw new Error(`${definition.name}: the schema has personal fields, so the definition needs its dataSharing policy`);
    if (definition.dataSharing !== undefined) await loadDataSharingPolicy(db, definition.dataSharing);
    if (config.seedOnEmpty && (await definition.seed.isEmpty(db))) {
      await definition.seed.run(db, config);
      if (config.environment !== 'test') console.log(`${definition.name}: seeded an empty database`);
    }
    heads = new HeadPublisher({ agency: definition.name, db, config: config.auditHeads, peers: config.peers, timeoutMs: config.ownerTimeoutMs });
    const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
      schema,
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginLandingPageDisabled(),
        // The gateway's planner names its fetches after the client's operation, which the gateway has already bounded.
        operationNamePlugin({ maxLength: (context) => (context.fromGateway ? MAX_PLANNED_OPERATION_NAME_LENGTH : MAX_OPERATION_NAME_LENGTH) }),
        subgraphSecretPlugin(),
        residentGate(),
        auditPlugin(),
        personalDataPlugin(),
        logUnexpectedErrors(),
      ],
      formatError: maskUnexpectedError,
      includeStacktraceInErrorResponses: false,
      introspection: config.environment !== 'production',
    });
    await apollo.start();
    const http = await serveGraphQL(apollo, {
      host: config.host,
      port: config.port,
      graphqlPath: '/graphql',
      maxRequestBytes: config.maxRequestBytes,
      timeouts: config.http,
      requestId: subgraphRequestId(config),
      ready: async () => {
        await db.query('SELECT 1');
        return true;
      },
      context: createRequestContext(definition, config, db, heads),
      // Other agencies hand in their signed audit heads here.
      routes: witnessRoute({ db, secret: config.subgraphSecret, peers: config.peers }),
    });
    return {
      name: definition.name,
      url: http.url,
      port: http.port,
      db,
      statements,
      heads,
      stop: async () => {
        await http.close(config.shutdownGraceMs);
        await apollo.stop();
        await heads?.stop();
        await db.destroy();
      },
    };
  } catch (error) {
    await heads?.stop();
    if (db.isInitialized) await db.destroy();
    throw error;
  }
}

/** The whole of a subgraph's `index.ts`: configuration from the environment, then serve until a signal. */
export function runSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>): void {
  runService(definition.name, async () => {
    const subgraph = await startSubgraph(definition, loadSubgraphConfig(definition));
    console.log(`${definition.name}: serving ${subgraph.url}`);
    return subgraph;
  });
}
