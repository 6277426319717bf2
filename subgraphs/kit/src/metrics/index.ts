export { readMetricsConfig, type MetricsConfig, type MetricsExposure } from './metrics-config';
export { METRICS_PATH, serveMetrics, type MetricsEndpoint } from './metrics-endpoint';
export { OperationLabels } from './operation-labels';
export { LATENCY_BUCKETS, RequestMetrics, outcomeOf, type Outcome } from './request-metrics';
export { SubgraphMetrics } from './subgraph-metrics';
