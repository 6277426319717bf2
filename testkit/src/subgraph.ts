import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSubgraphConfig, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@governance/kit';
import { freshDatabaseUrl } from './database';
import { isAgency } from '@governance/kit/auth';
import { postGraphQL, type GraphQLResponse } from './graphql-client';
import { copySeededTemplate } from './seed-template';
import { entitled, gatewaySecretHeader, headersFor, type Caller } from './tokens';
import type { ObservabilityOptions } from '@governance/kit/observability';

export interface TestSubgraphOptions {
  /** Where its log lines go (a test that reads them), and the like. */
  readonly observability?: ObservabilityOptions;
  /**
   * `template` (the default) starts from a copy of the run's seeded template
   * (seed-template.ts); `fresh` runs the seed itself, for the tests of seeding.
   */
  readonly seed?: 'template' | 'fresh';
  /** A port chosen beforehand (0: any free one), for stacks whose subgraphs must know each other's places before they start. */
  readonly port?: number;
}

/**
 * Starts one subgraph on an ephemeral port (or `port`) over a fresh SQLite file in `dataDir`, seeded.
 * `env` adds variables, such as the URLs of the owner subgraphs it checks references with.
 */
export async function startTestSubgraph<T>(
  definition: SubgraphDefinition<T>,
  dataDir: string,
  env: Record<string, string> = {},
  options: TestSubgraphOptions = {},
): Promise<RunningSubgraph> {
  const port = options.port ?? 0;
  const config = loadSubgraphConfig(definition, {
    ...env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: await freshDatabaseUrl(definition.name, dataDir),
    SEED_ON_EMPTY: 'true',
    SHUTDOWN_GRACE_MS: '2000',
  });
  if (options.seed !== 'fresh') await copySeededTemplate(definition, config);
  return startSubgraph(definition, config, options.observability);
}

export interface SoloSubgraph {
  readonly subgraph: RunningSubgraph;
  readonly dataDir: string;
  /**
   * Queries the subgraph as the gateway would for an entitled user of its own
   * agency (every scope, a purpose, the subgraph secret). Pass `caller` to be
   * someone else, and `asGateway: false` to call it without the secret.
   */
  query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, caller?: Caller, options?: { asGateway?: boolean }): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

/**
 * One subgraph alone, as its bureau runs it, queried directly over HTTP.
 * `env` can point it at owner subgraphs (`COMMUNITY_COMMITTEES_URL`...) started by the test.
 */
export async function startSoloSubgraph<T>(definition: SubgraphDefinition<T>, env: Record<string, string> = {}, options: TestSubgraphOptions = {}): Promise<SoloSubgraph> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${definition.name}-`));
  const subgraph = await startTestSubgraph(definition, dataDir, env, options);
  return {
    subgraph,
    dataDir,
    query: async (query, variables, caller, options = {}) => {
      if (caller === undefined && !isAgency(definition.name)) throw new Error(`${String(definition.name)} is not an agency: pass a caller`);
      const headers = await headersFor(caller ?? entitled(definition.name));
      return postGraphQL(subgraph.url, query, variables, { ...headers, ...(options.asGateway === false ? {} : gatewaySecretHeader(definition.name)) });
    },
    async stop() {
      await subgraph.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const ENTITIES_QUERY = (fragment: string) => `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${fragment} } }`;
