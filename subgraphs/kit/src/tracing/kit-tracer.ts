import { trace, type Tracer } from '@opentelemetry/api';

/** The tracer of the kit's own spans (HTTP server, GraphQL, SQL); a no-op until startTracing registers a provider. */
export function kitTracer(): Tracer {
  return trace.getTracer('@governance/kit');
}

/** The attribute that carries the request id on every server span, so that a trace can be found from a log line. */
export const REQUEST_ID_ATTRIBUTE = 'request.id';
