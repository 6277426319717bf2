import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../request-context';
import type { TrustedDocuments } from './trusted-document-manifest';

/**
 * Apollo Server's persisted-query cache, answered from the trusted documents
 * and nothing else: a client sends `extensions.persistedQuery.sha256Hash`
 * (Apollo's wire format, which Apollo Client's persisted-query link speaks)
 * without the text, and the gateway finds the text here. Registration is
 * off: `set` keeps nothing, so a client cannot add a document of its own
 * (automatic persisted queries would let anyone fill the gateway's memory
 * and would give each gateway of several a different list).
 */
export function trustedDocumentCache(documents: TrustedDocuments) {
  const prefix = 'apq:';
  return {
    get: async (key: string) => documents.body(key.startsWith(prefix) ? key.slice(prefix.length) : key),
    set: async () => undefined,
    delete: async () => undefined,
  };
}

/**
 * In production a token whose `client` claim is `dashboard` runs trusted
 * documents only, sent by id or as their exact text (Apollo computes the
 * text's SHA-256 for every request, so the check is a set lookup);
 * anything else is refused with 403 PERSISTED_QUERY_NOT_IN_LIST (Apollo
 * Router's code for it).
 * Everyone else keeps free queries within the operation limits.
 */
export function trustedDocumentsPlugin(documents: TrustedDocuments, options: { enforce: boolean }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!options.enforce || contextValue.viewer.kind !== 'staff' || contextValue.viewer.client !== 'dashboard') return;
      return {
        // Not didResolveSource: Apollo turns an error thrown there into a 500; here it keeps the status it carries.
        async didResolveOperation({ queryHash }) {
          if (documents.has(queryHash)) return;
          throw new GraphQLError("A dashboard token may run only the trusted documents (the dashboard's operations, by id or exact text); this document is not one of them", {
            extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 403 } },
          });
        },
      };
    },
  };
}
