import type { EnvReader } from '../env';

/**
 * OpenTelemetry tracing: off unless OTEL_EXPORTER_OTLP_ENDPOINT names an
 * OTLP/HTTP receiver (a collector, Jaeger, Tempo), which gets spans as JSON
 * at `<endpoint>/v1/traces`, batched every OTEL_BSP_SCHEDULE_DELAY ms. The
 * variable names are OpenTelemetry's own, so an operator's habits carry over.
 */
export type TracingConfig = { readonly kind: 'off' } | { readonly kind: 'otlp'; readonly tracesUrl: string; readonly scheduleDelayMs: number };

export function readTracingConfig(read: EnvReader): TracingConfig {
  const endpoint = read.optionalString('OTEL_EXPORTER_OTLP_ENDPOINT');
  if (endpoint === undefined) return { kind: 'off' };
  const checked = read.url('OTEL_EXPORTER_OTLP_ENDPOINT', endpoint, ['http:', 'https:']);
  return {
    kind: 'otlp',
    tracesUrl: `${checked.replace(/\/+$/, '')}/v1/traces`,
    scheduleDelayMs: read.integer('OTEL_BSP_SCHEDULE_DELAY', 5_000, { min: 10, max: 600_000 }),
  };
}
