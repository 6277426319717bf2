import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../log/logger';
import type { AuditTrail } from './audit-trail';

/**
 * Appends the request's unmasked reads to the audit log before the response
 * leaves. If that fails, the personal data does not leave either: the answer
 * is replaced by an error, because a read nobody can trace must not happen.
 */
export function auditReadsPlugin<TContext extends { readonly audit: AuditTrail }>(log: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const audit = (contextValue as Partial<TContext> | undefined)?.audit;
          if (audit === undefined || audit.pendingReads === 0) return;
          try {
            await audit.flushReads();
          } catch (error) {
            log.error({ err: error }, 'audit log append failed; withholding the response');
            if (response.body.kind === 'single') {
              response.body.singleResult = { errors: [{ message: 'Internal server error: the read could not be recorded in the audit log', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
            }
          }
        },
      };
    },
  };
}
