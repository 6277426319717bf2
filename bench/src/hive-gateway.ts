import http from 'node:http';
import fs from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

/**
 * The peer: Hive Gateway with the Rust query planner, serving the committed
 * supergraph unchanged on the same subgraphs. Started by the benchmark as its
 * own process, configured from the environment it is given:
 * PORT, SUPERGRAPH_PATH, SUBGRAPH_URLS and SUBGRAPH_SECRETS (JSON, by subgraph name).
 */
const port = Number(process.env.PORT);
const secrets: Record<string, string> = JSON.parse(process.env.SUBGRAPH_SECRETS ?? '{}');
const urls: Record<string, string> = JSON.parse(process.env.SUBGRAPH_URLS ?? '{}');
// Both gateways must do the same work: ours does not merge identical in-flight calls unless told to.
const httpOptions = { deduplicateInflightRequests: false };
const FORWARDED = ['authorization', 'x-purpose', 'x-request-id'];

const gateway = createGatewayRuntime({
  supergraph: fs.readFileSync(process.env.SUPERGRAPH_PATH ?? '', 'utf8'),
  unifiedGraphHandler,
  logging: false,
  graphiql: false,
  landingPage: false,
  transportEntries: {
    '*.http': { options: httpOptions },
    // The supergraph's URLs are the default ports; the benchmark's subgraphs listen elsewhere.
    ...Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location, options: httpOptions }])),
  },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }) => {
      const headers: Record<string, string> = {};
      for (const name of FORWARDED) {
        const value = request.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      const secret = secrets[subgraphName] ?? secrets[subgraphName.toLowerCase().replace(/_/g, '-')];
      if (secret !== undefined) headers['x-subgraph-secret'] = secret;
      return headers;
    },
  },
});

const server = http.createServer(gateway);
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`hive-gateway: serving http://127.0.0.1:${port}/graphql`));
const stop = () => server.close(() => void Promise.resolve(gateway.dispose()).then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
