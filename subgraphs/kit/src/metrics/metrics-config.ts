import type { EnvReader } from '../env';

/**
 * Where `/metrics` is served, if anywhere. Off unless configured: on the
 * service's own port it would tell anyone who can reach the API how busy
 * every agency is. Either a port of its own (METRICS_PORT, on METRICS_HOST,
 * 127.0.0.1 unless told: a scraper on the same host or network reaches it,
 * the public does not), or the service's port behind a bearer token
 * (METRICS_TOKEN), or both (the token is then asked on the metrics port too).
 */
export type MetricsExposure =
  | { readonly kind: 'off' }
  | { readonly kind: 'port'; readonly host: string; readonly port: number; readonly token: string | null }
  | { readonly kind: 'token'; readonly token: string };

export interface MetricsConfig {
  readonly exposure: MetricsExposure;
  /** Operation names kept as labels beyond the known ones (OperationLabels). */
  readonly operationNames: number;
}

export function readMetricsConfig(read: EnvReader): MetricsConfig {
  const port = read.optionalString('METRICS_PORT') === undefined ? undefined : read.integer('METRICS_PORT', 0, { min: 0, max: 65535 });
  const token = read.optionalString('METRICS_TOKEN') ?? null;
  if (token !== null && token.length < 16) read.problem('METRICS_TOKEN must be at least 16 characters');
  const exposure: MetricsExposure =
    port !== undefined ? { kind: 'port', host: read.string('METRICS_HOST', '127.0.0.1'), port, token } : token !== null ? { kind: 'token', token } : { kind: 'off' };
  return { exposure, operationNames: read.integer('METRICS_OPERATION_NAMES', 50, { min: 0, max: 1_000 }) };
}
