import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { secondsSince, type RequestRecord } from '../log';
import { OperationLabels } from './operation-labels';

/** Seconds: from a cached answer (5 ms) to the gateway's default subgraph timeout and beyond. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * How often the event-loop delay histogram (`nodejs_eventloop_lag_p99_seconds`
 * and its siblings) samples, in ms. prom-client's 10 ms woke every service
 * 100 times a second with nothing to do: six services sharing a core switched
 * 600 times a second between idle processes. At 100 ms a 15 s scrape still
 * sums 150 samples, and a stall still delays the sample due during it.
 */
export const EVENT_LOOP_SAMPLE_MS = 100;

/**
 * How a request ended, as a label: `ok`; `errors` (HTTP 200 with GraphQL
 * errors: partial data, or a request error answered 200 to a client that
 * accepts only application/json); `refused` (4xx: token, limits, rate);
 * `failed` (5xx).
 */
export type Outcome = 'ok' | 'errors' | 'refused' | 'failed';

export function outcomeOf(status: number, record: RequestRecord): Outcome {
  if (status >= 500) return 'failed';
  if (status >= 400) return 'refused';
  return record.errorCodes.size > 0 ? 'errors' : 'ok';
}

/**
 * The metrics every service keeps about the GraphQL requests it serves, in a
 * registry of its own (tests run several services in one process), with the
 * Node process metrics (CPU, memory, event-loop lag, GC) and `service` on
 * every series. Recording a request is a few map lookups and additions.
 */
export class RequestMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;
  private readonly inFlight: Gauge;

  constructor(
    service: string,
    private readonly operations: OperationLabels,
  ) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (ok, errors, refused, failed).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from request to response by operation.',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.inFlight = new Gauge({ name: 'graphql_requests_in_flight', help: 'GraphQL requests being served now.', registers });
  }

  started(): void {
    this.inFlight.inc();
  }

  finished(record: RequestRecord, status: number): void {
    this.inFlight.dec();
    const operation = this.operations.label(record.operationName);
    this.requests.inc({ operation, outcome: outcomeOf(status, record) });
    this.duration.observe({ operation }, secondsSince(record));
  }
}
