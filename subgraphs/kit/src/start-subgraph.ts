import { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { loadSubgraphConfig, type SubgraphConfig } from './config';
import { auditPlugin } from './audit';
import { residentGate } from './auth/resident-gate';
import { requestLogPlugin } from './log';
import { SubgraphMetrics } from './metrics';
import { startObservability, type ObservabilityOptions } from './observability';
import { observeSql } from './sql-observer';
import { graphqlSpansPlugin } from './tracing';
import { subgraphSecretPlugin } from './auth/subgraph-secret';
import { loadDataSharingPolicy } from './data-sharing/load-policy';
import { personalDataPlugin } from './data-sharing/personal-data-plugin';
import { personalCoordinates } from './data-sharing/personal-fields';
import type { SubgraphContext } from './context';
import { openDataSource } from './data-source';
import { maskUnexpectedError } from './errors';
import {
  MAX_OPERATION_NAME_LENGTH,
  MAX_PLANNED_OPERATION_NAME_LENGTH,
  apolloExtrasDisabled,
  firstRoute,
  operationNamePlugin,
  runService,
  serveGraphQL,
  type StoppableService,
} from './http';
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
  /** The port `/metrics` is served on when METRICS_PORT asks for one of its own (0 picks a free one). */
  readonly metricsPort: number | null;
  /** Signs the audit chain's head and sends it to the other agencies (`publishCurrent` does so now). */
  readonly heads: HeadPublisher;
}

/**
 * Opens the subgraph's database, runs its migrations, seeds an empty
 * database when configured to, and serves the schema over HTTP.
 */
export async function startSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>, config: SubgraphConfig, options: ObservabilityOptions = {}): Promise<RunningSubgraph> {
  const observability = await startObservability(definition.name, config.observability, options);
  const { log } = observability;
  const statements = new StatementCounter(definition.name, config.logSql, log);
  const db = await openDataSource(config.database, definition, statements).catch(async (error: unknown) => {
    await observability.stop();
    throw error;
  });
  let heads: HeadPublisher | undefined;
  try {
    const metrics = new SubgraphMetrics(observability.metrics.registry);
    metrics.watchPool(observability.metrics.registry, db);
    observeSql(db, metrics);
    const schema = definition.buildSchema();
    if (personalCoordinates(schema).length > 0 && definition.dataSharing === undefined)
      throw new Error(`${definition.name}: the schema has personal fields, so the definition needs its dataSharing policy`);
    if (definition.dataSharing !== undefined) await loadDataSharingPolicy(db, definition.dataSharing);
    if (config.seedOnEmpty && (await definition.seed.isEmpty(db))) {
      await definition.seed.run(db, config);
      log.info('seeded an empty database');
    }
    heads = new HeadPublisher({ agency: definition.name, db, config: config.auditHeads, peers: config.peers, timeoutMs: config.ownerTimeoutMs, log });
    const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
      schema,
      logger: log,
      // runService stops the service on SIGTERM/SIGINT in order (HTTP first, then Apollo); Apollo's own handler would race it.
      stopOnTerminationSignals: false,
      plugins: [
        ...apolloExtrasDisabled(),
        // The gateway's planner names its fetches after the client's operation, which the gateway has already bounded.
        operationNamePlugin({ maxLength: (context) => (context.fromGateway ? MAX_PLANNED_OPERATION_NAME_LENGTH : MAX_OPERATION_NAME_LENGTH) }),
        subgraphSecretPlugin(),
        residentGate(),
        auditPlugin(log),
        personalDataPlugin(),
        requestLogPlugin({ log, hashDocuments: false }),
        graphqlSpansPlugin(),
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
      compressionMinBytes: config.observability.compressionMinBytes,
      observability: observability.observeRequests({ counts: 'sqlStatements' }),
      // Other agencies hand in their signed audit heads here.
      routes: firstRoute(observability.endpoint.route, witnessRoute({ db, secret: config.subgraphSecret, peers: config.peers })),
      ready: async () => {
        await db.query('SELECT 1');
        return true;
      },
      context: createRequestContext(definition, config, db, metrics, heads),
    });
    return {
      name: definition.name,
      url: http.url,
      port: http.port,
      db,
      statements,
      log,
      metricsPort: observability.endpoint.port,
      heads,
      stop: async () => {
        await http.close(config.shutdownGraceMs);
        await apollo.stop();
        await heads?.stop();
        await db.destroy();
        await observability.stop();
      },
    };
  } catch (error) {
    await heads?.stop();
    if (db.isInitialized) await db.destroy();
    await observability.stop();
    throw error;
  }
}

/** The whole of a subgraph's `index.ts`: configuration from the environment, then serve until a signal. */
export function runSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>): void {
  runService(definition.name, async () => {
    const subgraph = await startSubgraph(definition, loadSubgraphConfig(definition));
    subgraph.log.info({ url: subgraph.url }, 'serving');
    return subgraph;
  });
}
