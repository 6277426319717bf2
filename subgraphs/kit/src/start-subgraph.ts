import { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { loadSubgraphConfig, type SubgraphConfig } from './config';
import { auditPlugin } from './audit';
import { subgraphSecretPlugin } from './auth/subgraph-secret';
import type { SubgraphContext } from './context';
import { openDataSource } from './data-source';
import { logUnexpectedErrors, maskUnexpectedError } from './errors';
import { MAX_OPERATION_NAME_LENGTH, MAX_PLANNED_OPERATION_NAME_LENGTH, apolloExtrasDisabled, operationNamePlugin, runService, serveGraphQL, type StoppableService } from './http';
import { createRequestContext, subgraphRequestId } from './request-context';
import { StatementCounter } from './statement-counter';
import type { SubgraphDefinition } from './subgraph-definition';

export interface RunningSubgraph extends StoppableService {
  readonly url: string;
  readonly port: number;
  readonly db: DataSource;
  /** Counts every SQL statement this subgraph sends (migrations and seed included). */
  readonly statements: StatementCounter;
}

/**
 * Opens the subgraph's database, runs its migrations, seeds an empty
 * database when configured to, and serves the schema over HTTP.
 */
export async function startSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>, config: SubgraphConfig): Promise<RunningSubgraph> {
  const statements = new StatementCounter(definition.name, config.logSql);
  const db = await openDataSource(config.database, definition, statements);
  try {
    if (config.seedOnEmpty && (await definition.seed.isEmpty(db))) {
      await definition.seed.run(db, config);
      if (config.environment !== 'test') console.log(`${definition.name}: seeded an empty database`);
    }
    const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
      schema: definition.buildSchema(),
      plugins: [
        ...apolloExtrasDisabled(),
        // The gateway's planner names its fetches after the client's operation, which the gateway has already bounded.
        operationNamePlugin({ maxLength: (context) => (context.fromGateway ? MAX_PLANNED_OPERATION_NAME_LENGTH : MAX_OPERATION_NAME_LENGTH) }),
        subgraphSecretPlugin(),
        auditPlugin(),
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
      context: createRequestContext(definition, config, db),
    });
    return {
      name: definition.name,
      url: http.url,
      port: http.port,
      db,
      statements,
      stop: async () => {
        await http.close(config.shutdownGraceMs);
        await apollo.stop();
        await db.destroy();
      },
    };
  } catch (error) {
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
