import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Input that the caller can fix: names the argument and says what is wrong with it. */
export class BadUserInputError extends GraphQLError {
  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`, { extensions: { code: 'BAD_USER_INPUT', field } });
  }
}

/** A well-formed key that no record has. */
export class NotFoundError extends GraphQLError {
  constructor(entity: string, key: string, value: string) {
    super(`No ${entity} with ${key} "${value}"`, { extensions: { code: 'NOT_FOUND', entity, key: { [key]: value } } });
  }
}

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * True for an error nobody raised on purpose (a driver error, a bug): it
 * reaches clients masked, and the operator's log gets it in full, once
 * (requestLogPlugin). Errors we raised carry a GraphQLError or a code.
 */
export function isUnexpectedError(error: unknown, code: unknown = undefined): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return !(original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR'));
}

/**
 * Error formatting for every subgraph: errors we raised on purpose keep their
 * message and code; anything else (a driver error, a bug) reaches the client
 * as a bare internal error, so no SQL, table name or stack leaves the service.
 */
export function maskUnexpectedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (!isUnexpectedError(error, formatted.extensions?.['code'])) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
