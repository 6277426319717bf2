import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { ForbiddenRequestError } from './auth-errors';
import { rootFieldsOf } from './root-fields';

/**
 * Federation's own root fields, which expose any entity by key and the whole
 * SDL, and the kit's internal one that lists an agency's audit entries about
 * a person for the person's data access report: only the gateway and fellow
 * agencies' services may call them.
 */
export const PERSON_AUDIT_ENTRIES_FIELD = '_personAuditEntries';
const GATEWAY_ONLY_FIELDS = new Set(['_entities', '_service', PERSON_AUDIT_ENTRIES_FIELD]);

/** Constant-time comparison; hashing first makes both sides the same length whatever was sent. */
export function secretMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/**
 * Refuses those fields (HTTP 403) unless the call carried the
 * subgraph's secret; `fromGateway` is what the context worked out from the header.
 */
export function subgraphSecretPlugin<TContext extends { readonly fromGateway: boolean }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (contextValue.fromGateway || operation === undefined) return;
          const used = [...new Set(rootFieldsOf(operation.selectionSet, document).map((field) => field.name.value))].filter((name) => GATEWAY_ONLY_FIELDS.has(name));
          if (used.length > 0) throw new ForbiddenRequestError(`${used.join(' and ')} answer only the gateway: the subgraph secret header is missing or wrong`);
        },
      };
    },
  };
}
