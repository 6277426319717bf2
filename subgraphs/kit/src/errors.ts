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
 * Error formatting for every subgraph: errors we raised on purpose keep their
 * message and code; anything else (a driver error, a bug) reaches the client
 * as a bare internal error, so no SQL, table name or stack leaves the service.
 * The full error is logged with the request's path for the operator.
 */
export function maskUnexpectedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = formatted.extensions?.['code'];
  const deliberate = original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR');
  if (deliberate) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const field = code === 'BAD_USER_INPUT' && extensions['field'] === undefined ? variableFieldOf(formatted.message) : undefined;
    return { ...formatted, extensions: field === undefined ? extensions : { ...extensions, field } };
  }
  console.error(`unexpected error at ${formatted.path?.join('.') ?? '(request)'}:`, original);
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
