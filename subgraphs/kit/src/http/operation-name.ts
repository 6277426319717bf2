import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** The longest operation name a client may give (the gateway's query planner appends `__<subgraph>__<n>` to it). */
export const MAX_OPERATION_NAME_LENGTH = 100;
/** The longest a subgraph accepts from the gateway, whose planner names its fetches after the client's operation. */
export const MAX_PLANNED_OPERATION_NAME_LENGTH = 200;

/** True for a GraphQL name of at most `maxLength` characters. */
export function isOperationName(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength && NAME.test(value);
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', field: 'operationName', http: { status: 400 } } });
}

/** A client's name as a message may quote it: never 5,000 characters of it. */
function quoted(name: string): string {
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}...` : name);
}

/**
 * Which operation to run is the client's to say, so each way of saying it
 * wrong is a 400 that explains itself rather than a 500 from deeper down:
 * an empty or unknown `operationName`, several operations and no name, and a
 * name longer than `maxLength` (it is logged, forwarded in a header and kept
 * in the audit log). Used by the gateway and by every subgraph.
 */
export function operationNamePlugin<TContext extends BaseContext>(options: { maxLength: (context: TContext) => number }): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, contextValue }) {
          const asked = request.operationName;
          if (asked === '') throw refusal("operationName is empty: leave it out, or name one of the document's operations");
          if (operation === undefined) {
            throw refusal(
              typeof asked === 'string'
                ? `operationName ${quoted(asked)} names no operation in the document`
                : 'The document has several operations: name the one to run in operationName',
            );
          }
          const name = operation.name?.value;
          const maxLength = options.maxLength(contextValue);
          if (name !== undefined && name.length > maxLength) {
            throw refusal(`Operation names may be at most ${maxLength} characters (this one has ${name.length}): ${quoted(name)}`);
          }
        },
      };
    },
  };
}
