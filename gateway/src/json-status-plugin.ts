import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** Errors of a well-formed request that the GraphQL-over-HTTP spec answers with 200 under application/json. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * GraphQL-over-HTTP status codes for a client that accepts only
 * `application/json`: a document that does not parse or validate (the
 * operation limits included), variables that do not coerce, or an
 * operationName the document lacks are answered 200 with the errors, as the
 * spec asks (SHOULD) of that media type, whose older clients read a non-2xx
 * answer as a transport failure and never look at the errors. Clients that
 * accept `application/graphql-response+json` (or anything, with a wildcard
 * or no Accept header: curl, fetch) keep the 4xx Apollo gives. Refusals that
 * are not about the document (token 401, dashboard 403, rate 429, size 413,
 * CSRF 400) keep their status whatever the client accepts.
 */
export function jsonStatusPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      if (!acceptsOnlyJson(request.http?.headers.get('accept'))) return;
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || errors === undefined || errors.length === 0) return;
          if (errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.['code'])))) response.http.status = 200;
        },
      };
    },
  };
}

/** True when the Accept header names application/json and neither the GraphQL response type nor a wildcard. */
export function acceptsOnlyJson(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const types = accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  return types.includes('application/json') && !types.some((type) => type === 'application/graphql-response+json' || type.endsWith('/*'));
}
