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

/** The error behind a GraphQLError that wraps it (a resolver's throw, a driver's failure). */
function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError ? (error.originalError ?? error) : error;
}

/** Raised on purpose (a GraphQLError, or any error with a code other than INTERNAL_SERVER_ERROR), as opposed to a driver error or a bug. */
function isDeliberate(original: unknown, code: unknown): boolean {
  return original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR');
}

/**
/**
 * True for an error nobody raised on purpose (a driver error, a bug): it
 * reaches clients masked, and the operator's log gets it in full, once
 * (requestLogPlugin). Errors we raised carry a GraphQLError or a code.
 */
export function isUnexpectedError(error: unknown, code?: unknown): boolean {
  return !isDeliberate(originalOf(error), code);
}

/**
 * Error formatting for every subgraph and the gateway: errors we raised on
 * purpose keep their message and code; anything else (a driver error, a bug)
 * reaches the client as a bare internal error, so no SQL, table name or stack
 * leaves the service. The request log plugin logs the full error for the operator.
 */
export function maskUnexpectedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (isDeliberate(originalOf(error), code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const field = code === 'BAD_USER_INPUT' && extensions['field'] === undefined ? variableFieldOf(formatted.message) : undefined;
    return { ...formatted, extensions: field === undefined ? extensions : { ...extensions, field } };
  }
  return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * The field a variable-coercion error is about, as the kit's own checks name
 * fields: `Variable "$input" got invalid value "2011-02-30" at "input.heldOn"`
 * names `heldOn` (the path inside the variable), and a scalar variable
 * (`$on`) names itself. graphql-js raises these before any resolver runs, so
 * only the message says where the value was.
 */
export function variableFieldOf(message: string): string | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(message);
  if (match === null) return undefined;
  const [, variable, path] = match;
  if (path === undefined) return variable;
  return path.startsWith(`${variable}.`) ? path.slice(variable.length + 1) : path;
}
