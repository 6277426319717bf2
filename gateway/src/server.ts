import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { residentGate } from '@governance/kit/auth';
import { MAX_OPERATION_NAME_LENGTH, apolloExtrasDisabled, firstRoute, operationNamePlugin, serveGraphQL, type StoppableService } from '@governance/kit/http';
import { requestLogPlugin, startObservability, type ObservabilityOptions } from '@governance/kit/observability';
import type { GatewayConfig } from './config';
import { corsRoute } from './cors';
import { createSubgraphFetchers } from './fetcher';
import { PlanExecutingGateway } from './execution';
import { createErrorFormatter } from './format-error';
import { GatewayMetrics } from './gateway-metrics';
import { jsonStatusPlugin } from './json-status-plugin';
import { measuredFetcher } from './measured-fetcher';
import { operationGuards } from './operation-limits';
import { personalDataNotesPlugin } from './personal-data-notes';
import { createRateLimit } from './rate-limits';
import { subgraphReadiness } from './readiness';
import { createGatewayContext, type GatewayContext } from './request-context';
import { SubgraphDataSource } from './subgraph-data-source';
import { SchemaSwapLock, createReloadingSupergraph, type ReloadResult } from './supergraph';
import { TrustedDocuments, trustedDocumentCache, trustedDocumentsPlugin } from './trusted-documents';
import { createWebRoutes } from './web';

export type { GatewayContext } from './request-context';

export interface RunningGateway extends StoppableService {
  readonly url: string;
  readonly port: number;
  /** The sha256 of the supergraph it serves now. */
  supergraphSha256(): string;
  /** Reads the supergraph file again (what SIGHUP and a change of the file do); keeps the old one if the new one does not load. */
  readonly reloadSupergraph: () => Promise<ReloadResult>;
  /** The port `/metrics` is served on when METRICS_PORT asks for one of its own (0 picks a free one). */
  readonly metricsPort: number | null;
}

/**
 * The gateway over the committed supergraph: the supergraph file fixes the
 * schema, and the configuration says where each subgraph is reached. A new
 * supergraph file is taken without a restart (ApolloGateway's `supergraphSdl`
 * hook with `update`), once requests in flight have finished on the old one.
 */
export async function startGateway(config: GatewayConfig, options: ObservabilityOptions = {}): Promise<RunningGateway> {
  // The gateway otherwise reports anonymous usage to Apollo; agencies run air-gapped.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const trusted = TrustedDocuments.read(config.trustedDocumentsPath);
  const observability = await startObservability('gateway', config.observability, { knownOperations: trusted.names(), ...options });
  const { log } = observability;
  const metrics = new GatewayMetrics(observability.metrics.registry);
  const fetchers = createSubgraphFetchers({ timeoutMs: config.subgraphTimeoutMs, connections: config.subgraphConnections });
  const endpoints = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph]));
  const lock = new SchemaSwapLock();
  const supergraph = createReloadingSupergraph({ file: config.supergraphPath, subgraphs: new Set(endpoints.keys()), lock, watch: config.supergraphWatch, log });
  const dataSources = new Map<string, SubgraphDataSource>();
  const apolloGateway = new ApolloGateway({
    logger: log,
    supergraphSdl: supergraph.hook,
    experimental_approximateQueryPlanStoreMiB: config.caches.queryPlansMib,
    buildService: ({ name }) => {
      const endpoint = endpoints.get(name);
      if (endpoint === undefined) throw new Error(`the supergraph names a subgraph the gateway has no configuration for: ${name}`);
      const dataSource = new SubgraphDataSource(endpoint, measuredFetcher(name, fetchers.forSubgraph(name), metrics), { mergeInflight: config.mergeInflightFetches });
      dataSources.set(name, dataSource);
      return dataSource;
    },
  });
  const gateway = config.planExecutor === 'compiled' ? new PlanExecutingGateway(apolloGateway, dataSources) : apolloGateway;
  const introspection = config.environment !== 'production';
  const guards = operationGuards<GatewayContext>(config.limits, { suggestions: introspection });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: log,
    // runService stops the service on SIGTERM/SIGINT in order (HTTP first, then Apollo); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    // Apollo's landing page loads Sandbox from Apollo's CDN; our playground (web/) takes its place.
    plugins: [
      ...apolloExtrasDisabled(),
      operationNamePlugin({ maxLength: () => MAX_OPERATION_NAME_LENGTH }),
      requestLogPlugin({ log, hashDocuments: true }),
      trustedDocumentsPlugin(trusted, { enforce: config.enforceTrustedDocuments }),
      // A resident's token reads its own access report and nothing else: refused here before any subgraph is called.
      residentGate(),
      personalDataNotesPlugin(),
      jsonStatusPlugin(),
      ...guards.plugins,
    ],
    // Clients may send a trusted document's id instead of its text; nobody can register one (see trustedDocumentCache).
    persistedQueries: { cache: trustedDocumentCache(trusted) },
    // Parsed and validated documents, sized as CacheSizes says (Apollo prefixes each key with the schema's hash, so a reload starts afresh).
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: config.caches.documentsMib * 2 ** 20 }),
    validationRules: guards.validationRules,
    parseOptions: guards.parseOptions,
    formatError: createErrorFormatter({ suggestions: introspection }),
    includeStacktraceInErrorResponses: false,
    introspection,
    // Apollo's own "Did you mean the enum value ...?" and similar, which armor's suggestion filter misses.
    hideSchemaDetailsFromClientErrors: !introspection,
    csrfPrevention: true,
    // One operation per HTTP request: a batch would multiply every limit above by its length.
    allowBatchedHttpRequests: false,
  });
  await apollo.start();
  const graphqlPath = '/graphql';
  const http = await serveGraphQL(apollo, {
    host: config.host,
    port: config.port,
    graphqlPath,
    maxRequestBytes: config.maxRequestBytes,
    timeouts: config.http,
    compressionMinBytes: config.observability.compressionMinBytes,
    observability: observability.observeRequests({ counts: 'subgraphFetches' }),
    // Every request id is minted here (serveGraphQL's default): a client's x-request-id is kept only as its clientRequestId.
    ready: subgraphReadiness(config.subgraphs, config.readiness),
    context: createGatewayContext(config.auth, createRateLimit(config.rateLimits, metrics)),
    aroundGraphQL: (handle) => lock.shared(handle),
    routes: firstRoute(
      observability.endpoint.route,
      corsRoute(config.corsOrigins),
      // The playground, dashboard and their assets, served from the build's public folder: nothing from a CDN.
      createWebRoutes({
        graphqlPath,
        publicDir: config.publicDir,
        introspection,
        token: config.playgroundToken,
        agencies: config.agencyLabels,
        compressionMinBytes: config.observability.compressionMinBytes,
      }),
    ),
  });
  return {
    name: 'gateway',
    url: http.url,
    port: http.port,
    supergraphSha256: supergraph.sha256,
    reloadSupergraph: supergraph.reload,
    metricsPort: observability.endpoint.port,
    log,
    stop: async () => {
      await http.close(config.shutdownGraceMs);
      await apollo.stop();
      await fetchers.close();
      await observability.stop();
    },
  };
}
