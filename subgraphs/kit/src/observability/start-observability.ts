import type { DestinationStream } from 'pino';
import type { RequestObservability } from '../http/observe-request';
import { createLogger, type Logger } from '../log';
import { OperationLabels, RequestMetrics, serveMetrics, type MetricsEndpoint } from '../metrics';
import { startTracing } from '../tracing';
import type { ObservabilityConfig } from './observability-config';

export interface ServiceObservability {
  readonly log: Logger;
  readonly metrics: RequestMetrics;
  /** `/metrics`, on its own port or as a route of the service's. */
  readonly endpoint: MetricsEndpoint;
  /** What serveGraphQL needs to log, measure and trace each request. */
  observeRequests(options: Pick<RequestObservability, 'counts'>): RequestObservability;
  /** Flushes the spans still batched and closes the metrics port. */
  stop(): Promise<void>;
}

export interface ObservabilityOptions {
  /** Operation names always kept as metric labels (the trusted documents' names, at the gateway). */
  readonly knownOperations?: Iterable<string>;
  /** Where log lines go (stdout unless told; tests capture them). */
  readonly logDestination?: DestinationStream;
}

/** The logger, metrics registry, metrics endpoint and tracer provider of one service. */
export async function startObservability(service: string, config: ObservabilityConfig, options: ObservabilityOptions = {}): Promise<ServiceObservability> {
  const tracing = startTracing(service, config.tracing);
  const log = createLogger({ service, level: config.logLevel, ...(options.logDestination === undefined ? {} : { destination: options.logDestination }) });
  const metrics = new RequestMetrics(service, new OperationLabels(new Set(options.knownOperations ?? []), config.metrics.operationNames));
  const endpoint = await serveMetrics(metrics.registry, config.metrics.exposure);
  if (endpoint.port !== null) log.info({ port: endpoint.port }, 'serving /metrics on its own port');
  return {
    log,
    metrics,
    endpoint,
    observeRequests: (options) => ({ log, metrics, ...options }),
    stop: async () => {
      await endpoint.close();
      await tracing.stop();
    },
  };
}
