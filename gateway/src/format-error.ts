import type { GraphQLFormattedError } from 'graphql';
import { maskUnexpectedError } from '@governance/kit/errors';

/**
 * Extensions a client may see. Everything else is dropped: the gateway copies
 * a failing subgraph's URL, status and response body into `extensions.response`,
 * and a subgraph's own extensions could carry anything.
 */
const CLIENT_EXTENSIONS = new Set(['code', 'field', 'serviceName', 'entity', 'key', 'coordinate']);

/**
 * The gateway's error formatting: the kit's masking of unexpected errors, then
 * only the extensions on the list above. Messages of subgraph errors are
 * already masked by the subgraph that raised them. Without suggestions (in
 * production), "Did you mean ...?" goes from every message, including the
 * variable-coercion errors that Apollo's own setting does not cover.
 */
export function createErrorFormatter(options: { suggestions: boolean }): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => formatGatewayError(formatted, error, options.suggestions);
}

function formatGatewayError(formatted: GraphQLFormattedError, error: unknown, suggestions: boolean): GraphQLFormattedError {
  const masked = maskUnexpectedError(formatted, error);
  const extensions = Object.fromEntries(Object.entries(masked.extensions ?? {}).filter(([name]) => CLIENT_EXTENSIONS.has(name)));
  const { locations, path } = masked;
  let message = explainTokenLimit(masked.message);
  if (!suggestions) message = message.replace(/ *(Did you mean [^?]*\?|\[Suggestion hidden\]\??)/g, '');
  return {
    message: leaksInternals(message) ? 'A subgraph failed to answer' : message,
    ...(locations === undefined ? {} : { locations }),
    ...(path === undefined ? {} : { path }),
    extensions,
  };
}

/** graphql-js's parser says "Document contains more that N tokens. Parsing aborted."; say which limit it is. */
function explainTokenLimit(message: string): string {
  const limit = /Document contains more that (\d+) tokens/.exec(message)?.[1];
  return limit === undefined ? message : `Query token limit of ${limit} exceeded: the document has more than ${limit} tokens (names, punctuation, values); send a shorter query`;
}

/** A URL or a status line with a body, as the gateway's HTTP errors carry them. */
function leaksInternals(message: string): boolean {
  return /https?:\/\//i.test(message);
}
