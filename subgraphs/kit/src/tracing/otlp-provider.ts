import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Tracing } from './start-tracing';
import type { TracingConfig } from './tracing-config';

/**
 * Registers this process's tracer provider: the W3C trace-context
 * propagator (`traceparent`), an AsyncLocalStorage context manager (so a
 * span started in a request is the parent of what that request does), and
 * the OTLP/HTTP JSON exporter. Loaded by startTracing only when tracing is on.
 */
export function registerOtlpProvider(service: string, config: Extract<TracingConfig, { kind: 'otlp' }>): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }), { scheduledDelayMillis: config.scheduleDelayMs })],
  });
  provider.register();
  return { stop: () => provider.shutdown() };
}
