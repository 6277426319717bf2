import { Counter, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS } from '@governance/kit/observability';

/** Why a subgraph call failed, as a label: the few ways there are, never the message. */
export type FetchFailure = 'timeout' | 'unavailable' | 'http_4xx' | 'http_5xx';

/**
 * What the gateway measures beyond its requests: each subgraph call's
 * latency and failures by subgraph (timeouts among them), and requests
 * refused by the rate limits. Subgraph names and limits are fixed sets, so
 * the series are bounded.
 */
export class GatewayMetrics {
  private readonly fetchDuration: Histogram<'subgraph'>;
  private readonly fetchFailures: Counter<'subgraph' | 'reason'>;
  private readonly rateLimited: Counter<'limit'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.fetchDuration = new Histogram({
      name: 'subgraph_fetch_duration_seconds',
      help: 'Time a subgraph took to answer one call of the gateway, by subgraph.',
      labelNames: ['subgraph'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.fetchFailures = new Counter({
      name: 'subgraph_fetch_errors_total',
      help: 'Subgraph calls that failed, by subgraph and reason (timeout, unavailable, http_4xx, http_5xx).',
      labelNames: ['subgraph', 'reason'],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'rate_limited_requests_total',
      help: 'Requests refused with 429, by the limit they hit (subject, agency).',
      labelNames: ['limit'],
      registers,
    });
  }

  fetched(subgraph: string, seconds: number, failure: FetchFailure | null): void {
    this.fetchDuration.observe({ subgraph }, seconds);
    if (failure !== null) this.fetchFailures.inc({ subgraph, reason: failure });
  }

  limited(limit: 'subject' | 'agency'): void {
    this.rateLimited.inc({ limit });
  }
}
