import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { viewerAgency, type Viewer } from '../auth/viewer';
import { isUnexpectedError } from '../errors';
import { documentHash } from '../http/document-hash';
import type { Logger } from './logger';
import type { RequestRecord } from './request-scope';

interface RecordedContext extends BaseContext {
  readonly viewer: Viewer;
  /** The request's record, which serveGraphQL gave the context builder. */
  readonly requestRecord: RequestRecord;
}

export interface RequestLogPluginOptions {
  readonly log: Logger;
  /**
   * Take the operation's name and document hash from the document the
   * service ran (the gateway). A subgraph behind the gateway runs the
   * planner's documents, so its request context records what the gateway
   * forwarded instead, and this fills in only what is still missing.
   */
  readonly hashDocuments: boolean;
}

/**
 * Fills the request's record for its access-log line and metrics (who asked,
 * which operation, which error codes), and logs each unexpected error once,
 * with its stack and the request id (the client sees only
 * INTERNAL_SERVER_ERROR). Runs per request, never per field.
 */
export function requestLogPlugin<TContext extends RecordedContext>(options: RequestLogPluginOptions): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const record = contextValue.requestRecord;
      record.agency = viewerAgency(contextValue.viewer);
      record.subject = contextValue.viewer.subject;
      return {
        async didResolveOperation({ document, operationName }) {
          record.operationName ??= operationName;
          if (options.hashDocuments) record.documentHash ??= documentHash(document);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) noteError(options.log, error, record);
        },
      };
    },
  };
}

function noteError(log: Logger, error: GraphQLError, record: RequestRecord): void {
  const code = error.extensions?.['code'];
  const unexpected = isUnexpectedError(error, code);
  record.errorCodes.add(unexpected ? 'INTERNAL_SERVER_ERROR' : typeof code === 'string' ? code : 'UNKNOWN');
  if (unexpected) log.error({ requestId: record.requestId, err: error.originalError ?? error, path: error.path?.join('.') }, 'unexpected error');
}
