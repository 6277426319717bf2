import type { Environment } from '../config';
import type { EnvReader } from '../env';
import { DEFAULT_COMPRESSION_MIN_BYTES } from '../http/compression';
import { readLogLevel, type LogLevel } from '../log';
import { readMetricsConfig, type MetricsConfig } from '../metrics';
import { readTracingConfig, type TracingConfig } from '../tracing';

/** How a service shows itself to its operators: logs, metrics, traces; and how it compresses what it sends. */
export interface ObservabilityConfig {
  readonly logLevel: LogLevel;
  readonly metrics: MetricsConfig;
  readonly tracing: TracingConfig;
  /** COMPRESSION_MIN_BYTES: smaller responses go out as they are. */
  readonly compressionMinBytes: number;
}

/** Read the same way by the gateway and every subgraph, with the rest of their configuration. */
export function readObservabilityConfig(read: EnvReader, environment: Environment): ObservabilityConfig {
  return {
    logLevel: readLogLevel(read, environment),
    metrics: readMetricsConfig(read),
    tracing: readTracingConfig(read),
    compressionMinBytes: read.integer('COMPRESSION_MIN_BYTES', DEFAULT_COMPRESSION_MIN_BYTES, { min: 0, max: 1_000_000_000 }),
  };
}
