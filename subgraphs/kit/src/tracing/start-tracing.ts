import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from './tracing-config';

export interface Tracing {
  /** Sends the spans still batched, then stops exporting. */
  stop(): Promise<void>;
}

const OFF: Tracing = { stop: async () => undefined };

let registered = false;

/**
 * Registers this process's tracer provider when tracing is configured: the
 * W3C trace-context propagator (`traceparent`), an AsyncLocalStorage
 * context manager (so a span started in a request is the parent of what
 * that request does), and the OTLP/HTTP JSON exporter. @apollo/gateway's
 * own spans (request, plan, fetch) and the kit's (HTTP, GraphQL, SQL) then
 * go to the endpoint; without it the API's no-op tracer costs nothing.
 * One provider per process: a second service started in the same process
 * (tests) shares the first one's.
 */
export function startTracing(service: string, config: TracingConfig): Tracing {
  if (config.kind === 'off' || registered) return OFF;
  registered = true;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }), { scheduledDelayMillis: config.scheduleDelayMs })],
  });
  provider.register();
  return { stop: () => provider.shutdown() };
}
