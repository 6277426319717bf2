import type * as OtlpProvider from './otlp-provider';
import type { TracingConfig } from './tracing-config';

export interface Tracing {
  /** Sends the spans still batched, then stops exporting. */
  stop(): Promise<void>;
}

const OFF: Tracing = { stop: async () => undefined };

let registered = false;

/**
 * Registers this process's tracer provider when tracing is configured, so
 * that @apollo/gateway's own spans (request, plan, fetch) and the kit's
 * (HTTP, GraphQL, SQL) go to the endpoint; without it the API's no-op
 * tracer costs nothing. The SDK and its exporter are loaded only then: they
 * are about 400 modules, 4 MB of heap and 10-20 MB of resident memory in
 * every service (README, Performance), which tracing off does not need.
 * One provider per process: a second service started in the same process
 * (tests) shares the first one's.
 */
export function startTracing(service: string, config: TracingConfig): Tracing {
  if (config.kind === 'off' || registered) return OFF;
  registered = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when tracing is on (see above)
  const { registerOtlpProvider } = require('./otlp-provider') as typeof OtlpProvider;
  return registerOtlpProvider(service, config);
}
