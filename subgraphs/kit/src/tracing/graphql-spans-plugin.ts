import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import { kitTracer } from './kit-tracer';

/**
 * One span per GraphQL execution in a subgraph (`graphql.execute`, named
 * for the operation it ran), under the request's server span; the SQL spans
 * of its resolvers sit beside it under the same request. Not per field: a
 * span per resolver would cost more than most resolvers do.
 */
export function graphqlSpansPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ operation, operationName }) {
          const span = kitTracer().startSpan('graphql.execute', {
            attributes: { 'graphql.operation.type': operation.operation, ...(operationName ? { 'graphql.operation.name': operationName } : {}) },
          });
          return {
            async executionDidEnd(error) {
              if (error) span.setStatus({ code: SpanStatusCode.ERROR });
              span.end();
            },
          };
        },
      };
    },
  };
}
