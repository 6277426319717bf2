export { REQUEST_ID_ATTRIBUTE, kitTracer } from './kit-tracer';
export { graphqlSpansPlugin } from './graphql-spans-plugin';
export { startTracing, type Tracing } from './start-tracing';
export { readTracingConfig, type TracingConfig } from './tracing-config';
