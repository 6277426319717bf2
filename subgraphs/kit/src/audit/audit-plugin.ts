import type { ApolloServerPlugin } from '@apollo/server';
import { documentHash } from '../http/document-hash';
import type { Logger } from '../log/logger';
import type { AuditTrail } from './audit-trail';

/**
 * The audit trail's two moments in a request. Once the operation is
 * resolved, a direct caller's document is hashed and its operation named for
 * its entries (behind the gateway the subgraph runs the planner's document,
 * so the gateway forwarded the client's name and the hash of its document). Before the response leaves,
 * the unmasked reads are appended; if that fails, the personal data does not
 * leave either: the answer is replaced by an error, because a read nobody can
 * trace must not happen.
 */
export function auditPlugin<TContext extends { readonly audit: AuditTrail; readonly requestId: string; readonly fromGateway: boolean }>(log: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!contextValue.fromGateway) contextValue.audit.noteOperation(documentHash(document), operation?.name?.value);
        },
        async willSendResponse({ contextValue, response }) {
          const context = contextValue as Partial<TContext> | undefined;
          const audit = context?.audit;
          if (audit === undefined || audit.pendingReads === 0) return;
          try {
            await audit.flushReads();
          } catch (error) {
            log.error({ err: error, requestId: context?.requestId }, 'audit log append failed; withholding the response');
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [{ message: 'Internal server error: the read could not be recorded in the audit log', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
              };
            }
          }
        },
      };
    },
  };
}
