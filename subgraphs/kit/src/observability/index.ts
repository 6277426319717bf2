export { readObservabilityConfig, type ObservabilityConfig } from './observability-config';
export { startObservability, type ObservabilityOptions, type ServiceObservability } from './start-observability';
export { createLogger, requestLogPlugin, type LogLevel, type Logger, type RequestRecord } from '../log';
export { LATENCY_BUCKETS, SubgraphMetrics } from '../metrics';
export { graphqlSpansPlugin, kitTracer } from '../tracing';
