import type { IncomingMessage, ServerResponse } from 'node:http';
import { appendVary, type Route } from '@governance/kit/http';

/** What a browser on an allowed origin may send: the headers the dashboard and Apollo Client use. */
const ALLOWED_HEADERS = 'authorization, content-type, x-purpose, x-request-id, apollo-require-preflight, x-apollo-operation-name';
/** What its scripts may read: the request id to quote to an operator, and when to retry after a 429. */
const EXPOSED_HEADERS = 'x-request-id, retry-after';

/**
 * CORS for the origins in CORS_ORIGINS (exact `scheme://host[:port]`, none by
 * default): a preflight from one of them is answered 204 with what it may
 * send, and its requests get Access-Control-Allow-Origin. Other origins get
 * no CORS headers, so browsers keep them out. CSRF prevention stays on
 * underneath: a simple request (a form's POST, a GET without a preflight
 * header) is still refused by Apollo, from any origin, because a browser
 * sends those without asking first. Credentials (cookies) are not allowed:
 * tokens travel in the Authorization header.
 */
export function corsRoute(origins: readonly string[]): Route {
  const allowed = new Set(origins);
  return async (request: IncomingMessage, response: ServerResponse) => {
    const origin = request.headers.origin;
    if (allowed.size > 0) appendVary(response, 'Origin');
    const permitted = origin !== undefined && allowed.has(origin);
    if (permitted) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    }
    if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] === undefined) return false;
    if (permitted) {
      response.setHeader('access-control-allow-methods', 'GET, POST');
      response.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
      response.setHeader('access-control-max-age', '600');
    }
    response.statusCode = permitted ? 204 : 403;
    response.end();
    return true;
  };
}

/** CORS_ORIGINS as a list, each checked to be an origin (no path, no trailing slash). */
export function readCorsOrigins(raw: string | undefined, problem: (message: string) => void): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) problem(`CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path)`);
  }
  return origins;
}
