import type { Fetcher } from '@apollo/utils.fetcher';
import type { FetchFailure, GatewayMetrics } from './gateway-metrics';

/**
 * A subgraph's fetcher that records each call's latency and any failure. The fetcher's errors carry
 * SUBGRAPH_TIMEOUT or SUBGRAPH_UNAVAILABLE; an answer with an HTTP error
 * status counts as that status's class.
 */
export function measuredFetcher(subgraph: string, fetcher: Fetcher, metrics: GatewayMetrics): Fetcher {
  return async (url, init) => {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const response = await fetcher(url, init);
      metrics.fetched(subgraph, seconds(), response.status >= 500 ? 'http_5xx' : response.status >= 400 ? 'http_4xx' : null);
      return response;
    } catch (error) {
      metrics.fetched(subgraph, seconds(), failureOf(error));
      throw error;
    }
  };
}

function failureOf(error: unknown): FetchFailure {
  const code = typeof error === 'object' && error !== null && 'extensions' in error ? (error.extensions as Record<string, unknown>)['code'] : undefined;
  return code === 'SUBGRAPH_TIMEOUT' ? 'timeout' : 'unavailable';
}
