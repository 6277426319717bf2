import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maskUnexpectedError } from '@governance/kit/errors';
import { requestIdOf, serveGraphQL, type StoppableService } from '@governance/kit/http';
import type { GatewayConfig } from './config';
import { createSubgraphFetchers } from './fetcher';
import { createWebRoutes } from './web';

/** What the gateway keeps per request and forwards to the subgraphs. */
export interface GatewayContext {
  readonly requestId: string;
}

export interface RunningGateway extends StoppableService {
  readonly url: string;
  readonly port: number;
}

/**
 * The gateway over the committed supergraph: the supergraph file fixes the
 * schema, and the configuration says where each subgraph is reached.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  // The gateway otherwise reports anonymous usage to Apollo; agencies run air-gapped.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const fetchers = createSubgraphFetchers({ timeoutMs: config.subgraphTimeoutMs, connections: config.subgraphConnections });
  const urls = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: urls.get(name) ?? url,
        fetcher: fetchers.forSubgraph(name),
        willSendRequest: ({ request, context }) => {
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
        },
      }),
  });
  const introspection = config.environment !== 'production';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Apollo's landing page loads Sandbox from Apollo's CDN; our playground (web/) takes its place.
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: maskUnexpectedError,
    includeStacktraceInErrorResponses: false,
    introspection,
    csrfPrevention: true,
  });
  await apollo.start();
  const graphqlPath = '/graphql';
  const http = await serveGraphQL(apollo, {
    host: config.host,
    port: config.port,
    graphqlPath,
    maxRequestBytes: config.maxRequestBytes,
    ready: async () => true,
    context: async (request) => ({ requestId: requestIdOf(request) }),
    // The playground, dashboard and their assets, served from the build's public folder: nothing from a CDN.
    routes: createWebRoutes({
      graphqlPath,
      publicDir: config.publicDir,
      introspection,
      token: config.playgroundToken,
    }),
  });
  return {
    name: 'gateway',
    url: http.url,
    port: http.port,
    stop: async () => {
      await http.close(config.shutdownGraceMs);
      await apollo.stop();
      await fetchers.close();
    },
  };
}
