import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { RequestRecord } from '../log';
import { appendVary, endCompressible } from './compression';
import type { HttpTimeouts } from './http-timeouts';
import { observeRequest, type RequestObservability } from './observe-request';
import { REQUEST_ID_HEADER, mintRequestId } from './request-id';

/** What `/ready` reports: ready or not, and anything an operator should see (which dependencies do not answer). */
export interface Readiness {
  readonly ready: boolean;
  readonly [detail: string]: unknown;
}

export interface ServeOptions<TContext extends BaseContext> {
  readonly host: string;
  readonly port: number;
  readonly graphqlPath: string;
  readonly maxRequestBytes: number;
  readonly timeouts: HttpTimeouts;
  /** Bodies at least this long go out compressed to clients that accept gzip or brotli. */
  readonly compressionMinBytes: number;
  /** The service's logger and request metrics: one access line and one observation per GraphQL request. */
  readonly observability: RequestObservability;
  /**
   * The request's id, returned in `x-request-id` on every response: minted
   * here unless the service trusts the caller's (a subgraph trusts the
   * gateway's, which comes with its secret).
   */
  readonly requestId?: (request: IncomingMessage) => string;
  /**
   * Builds the request's context; `record` is what the access line and
   * metrics will say about the request, under the id it is logged, traced and
   * answered (x-request-id) with; the context hands it to the plugins.
   */
  readonly context: (request: IncomingMessage, record: RequestRecord) => Promise<TContext>;
  /** Readiness: can this service answer queries now (its database, its subgraphs)? 200 when ready, else 503, with the details. */
  readonly ready: () => Promise<boolean | Readiness>;
  /**
   * Extra routes, tried after health and readiness and before GraphQL: resolves
   * true when it answered the request, false to let GraphQL (or the 404) have it.
   */
  readonly routes?: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
  /**
   * Wraps each GraphQL request, from before its context is built until its
   * response is written: the gateway holds its schema for the request's whole
   * life this way, so a new supergraph never lands under a request in flight.
   */
  readonly aroundGraphQL?: (handle: () => Promise<void>) => Promise<void>;
}

export interface HttpService {
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, lets in-flight requests finish for up to `graceMs`, then cuts the rest. */
  close(graceMs: number): Promise<void>;
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Serves an Apollo Server on Node's own HTTP server, with `GET /health`
 * (the process is up) and `GET /ready` (it can answer), shared by every
 * subgraph and the gateway so that none of them writes its own listener.
 * Every response carries the request's id; slow clients are cut off by the
 * timeouts (408 and the socket closed).
 */
export async function serveGraphQL<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: ServeOptions<TContext>): Promise<HttpService> {
  const { timeouts } = options;
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      // Node checks the two timeouts above on this interval (30 s by default, which would let a stalled request live that much longer).
      connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(timeouts.headersMs / 4))),
    },
    (request, response) => {
      const requestId = options.requestId?.(request) ?? mintRequestId();
      response.setHeader(REQUEST_ID_HEADER, requestId);
      const graphql = new URL(request.url ?? '/', 'http://localhost').pathname === options.graphqlPath;
      observeRequest(options.observability, request, response, requestId, graphql, (record) => handle(apollo, options, request, response, record)).catch((error: unknown) => {
        // A client that went away, or was cut off by the timeouts, has nobody to answer: not a failure of this service.
        if (isConnectionReset(error)) return;
        const status = error instanceof RequestError ? error.status : 500;
        if (status === 500) options.observability.log.error({ err: error, requestId }, 'request failed');
        if (!response.headersSent) sendJson(response, status, { errors: [{ message: status === 500 ? 'Internal server error' : (error as Error).message }] });
        else response.end();
      });
    },
  );
  server.keepAliveTimeout = timeouts.keepAliveMs;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${port}${options.graphqlPath}`,
    port,
    close: (graceMs) => closeGracefully(server, graceMs),
  };
}

async function handle<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: ServeOptions<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
  record: RequestRecord,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'GET' && url.pathname === '/health') {
    sendJson(response, 200, { status: 'ok' });
    return;
  }
  if (request.method === 'GET' && url.pathname === '/ready') {
    const answer = await options.ready().catch(() => false);
    const { ready, ...details } = typeof answer === 'boolean' ? { ready: answer } : answer;
    sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', ...details });
    return;
  }
  if (options.routes && (await options.routes(request, response))) return;
  if (url.pathname !== options.graphqlPath) {
    sendJson(response, 404, { errors: [{ message: `Not found; GraphQL is served at ${options.graphqlPath}` }] });
    return;
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = await readBody(request, options.maxRequestBytes);
  const respond = async () => {
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request, record),
    });
    response.statusCode = result.status ?? 200;
    for (const [name, value] of result.headers) {
      if (name === 'vary') appendVary(response, value);
      else response.setHeader(name, value);
    }
    if (result.body.kind === 'complete') return endCompressible(request, response, result.body.string, options.compressionMinBytes);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
  await (options.aroundGraphQL ? options.aroundGraphQL(respond) : respond());
}

async function readBody(request: IncomingMessage, limit: number): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new RequestError(413, `Request body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new RequestError(413, `Request body is larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = request.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, 'Request body is not valid JSON');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

async function closeGracefully(server: http.Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  // Idle keep-alive sockets that become idle after close() would otherwise hold it open until the grace period ends.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  try {
    await closed;
  } finally {
    clearTimeout(timer);
    clearInterval(sweep);
  }
}

/** What reading a request raises when its client disconnected, or the server's timeouts closed the socket. */
function isConnectionReset(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ECONNRESET';
}

/** One request header as a string (repeated headers joined), or undefined. */
export function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
