import type { IncomingMessage, ServerResponse } from 'node:http';

/** A serveGraphQL route: resolves true when it answered the request. */
export type Route = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** Tries each route in turn until one answers. */
export function firstRoute(...routes: readonly Route[]): Route {
  return async (request, response) => {
    for (const route of routes) if (await route(request, response)) return true;
    return false;
  };
}
