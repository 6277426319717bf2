import { GraphQLError } from 'graphql';

/** No token, or one that does not verify: the whole request is refused with HTTP 401. */
export class UnauthenticatedError extends GraphQLError {
  constructor(reason: string) {
    super(`Not authenticated: ${reason}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } } });
  }
}

/** A valid token that does not allow this: names the rule, so the caller knows which token to ask for. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'FORBIDDEN', ...extensions } });
  }
}

/** The same refusal for a whole request (a missing subgraph secret): HTTP 403. */
export class ForbiddenRequestError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}
