import type { ApolloServerPlugin } from '@apollo/server';
import type { PersonalDataAccess } from './personal-data-access';
import { PERSONAL_DATA_EXTENSION } from './personal-data-report';

/**
 * Adds the request's decisions about personal fields to the response
 * (`extensions.personalData`): which came back masked and why, which
 * unmasked and under which agreement. Masking never fails a query
 * (dashboards rely on partial answers, and the fields are non-null), so this
 * is how a client learns that a purpose was not agreed, or an agreement
 * suspended. The gateway gathers it from every subgraph for its client.
 */
export function personalDataPlugin<TContext extends { readonly personalData: PersonalDataAccess }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const access = (contextValue as Partial<TContext> | undefined)?.personalData;
          if (access === undefined || response.body.kind !== 'single') return;
          const report = await access.report();
          if (report === null) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [PERSONAL_DATA_EXTENSION]: report };
        },
      };
    },
  };
}
