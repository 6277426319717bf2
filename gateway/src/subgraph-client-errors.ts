import type { Fetcher } from '@apollo/utils.fetcher';

/** A GraphQL response that carries errors and no data: what a subgraph answers to a request it refuses. */
function isErrorResult(text: string): boolean {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null || !('errors' in body) || ('data' in body && body.data != null)) return false;
    return (
      Array.isArray(body.errors) &&
      body.errors.length > 0 &&
      body.errors.every((error: unknown) => typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    );
  } catch {
    return false;
  }
}

/**
 * A subgraph answers HTTP 400 when the request it got is wrong in a way
 * only it can tell: a variable its Date scalar refuses (2011-02-30), which
 * the gateway passed on because custom scalars are opaque to it. That is the
 * client's mistake, explained by the owning subgraph with BAD_USER_INPUT and
 * the field; the gateway's data source turns every non-2xx status into an
 * outage (SUBGRAPH_UNAVAILABLE). This fetcher hands such an answer on as the
 * GraphQL result it is, so its errors reach the client with their codes.
 * Anything else (a 400 without a GraphQL body, any other status) is left to
 * the data source's outage handling.
 */
export function passSubgraphRefusals(fetcher: Fetcher): Fetcher {
  return async (url, init) => {
    const response = await fetcher(url, init);
    if (response.status !== 400) return response;
    const text = await response.text();
    return new Response(text, { status: isErrorResult(text) ? 200 : 400, headers: [...response.headers] });
  };
}
