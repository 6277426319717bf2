import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { secretMatches } from '../auth/subgraph-secret';
import type { MetricsExposure } from './metrics-config';

export const METRICS_PATH = '/metrics';

export interface MetricsEndpoint {
  /** For serveGraphQL's routes: answers `GET /metrics` on the service's port when a token guards it. */
  readonly route: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
  /** The port of the metrics listener, when it has one. */
  readonly port: number | null;
  close(): Promise<void>;
}

/** Serves a registry as the exposure says: on a port of its own, behind a token on the service's port, or not at all. */
export async function serveMetrics(registry: Registry, exposure: MetricsExposure): Promise<MetricsEndpoint> {
  if (exposure.kind === 'off') return { route: async () => false, port: null, close: async () => undefined };
  if (exposure.kind === 'token') {
    return {
      route: async (request, response) => {
        if (new URL(request.url ?? '/', 'http://localhost').pathname !== METRICS_PATH) return false;
        await answer(registry, exposure.token, request, response);
        return true;
      },
      port: null,
      close: async () => undefined,
    };
  }
  const server = http.createServer((request, response) => {
    const found = new URL(request.url ?? '/', 'http://localhost').pathname === METRICS_PATH;
    if (!found) return void response.writeHead(404).end();
    answer(registry, exposure.token, request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(exposure.port, exposure.host, resolve);
  });
  return {
    route: async () => false,
    port: (server.address() as AddressInfo).port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A scraper's keep-alive connection would hold close() open until it times out.
      server.closeAllConnections();
      await closed;
    },
  };
}

async function answer(registry: Registry, token: string | null, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET') return void response.writeHead(405, { allow: 'GET' }).end();
  if (token !== null && !secretMatches(`Bearer ${token}`, request.headers.authorization)) {
    return void response.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"' }).end();
  }
  const body = await registry.metrics();
  response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(body);
}
