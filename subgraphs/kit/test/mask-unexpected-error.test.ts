import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BadUserInputError, maskUnexpectedError, NotFoundError } from '@governance/kit';

const SQL_FAILURE = 'SQLITE_ERROR: no such table: person';

/** Masking only: the operator's log line for an unexpected error is requestLogPlugin's (serve-graphql-observability.test.ts). */
describe('maskUnexpectedError', () => {
  it('keeps the message and code of a deliberate error and drops its stacktrace', () => {
    const error = new BadUserInputError('first', 'must be from 0 to 500 (got 501)');
    const formatted: GraphQLFormattedError = {
      message: error.message,
      path: ['enterprises'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first', stacktrace: ['GraphQLError: first: ...', '    at pageRequest (page-request.ts:34)'] },
    };
    expect(maskUnexpectedError(formatted, new GraphQLError(error.message, { path: ['enterprises'], originalError: error }))).toEqual({
      message: 'first: must be from 0 to 500 (got 501)',
      path: ['enterprises'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  });

  it('replaces an unexpected error by a bare internal error', () => {
    const original = new Error(`${SQL_FAILURE} SELECT * FROM person WHERE id IN (?)`);
    const formatted: GraphQLFormattedError = {
      message: original.message,
      path: ['person', 'name'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [`Error: ${SQL_FAILURE}`] },
    };
    const masked = maskUnexpectedError(formatted, new GraphQLError(original.message, { originalError: original }));
    expect(masked).toEqual({ message: 'Internal server error', path: ['person', 'name'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(masked)).not.toMatch(/SQLITE|person WHERE|no such table/);
  });

  it('masks a thrown non-Error value too', () => {
    const masked = maskUnexpectedError({ message: 'Unexpected error value: "boom"' }, 'boom');
    expect(masked.message).toBe('Internal server error');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  describe('as the formatError of an Apollo Server', () => {
    const apollo = new ApolloServer({
      typeDefs: 'type Query { badInput: String, missing: String, broken: String }',
      resolvers: {
        Query: {
          badInput: () => {
            throw new BadUserInputError('after', 'is not a cursor returned by this list (use pageInfo.endCursor)');
          },
          missing: () => {
            throw new NotFoundError('Community', 'code', '320571001999');
          },
          broken: () => {
            throw new Error(SQL_FAILURE);
          },
        },
      },
      formatError: maskUnexpectedError,
      // Stack traces on, as in development: the mask must still keep them and SQL away from clients.
      includeStacktraceInErrorResponses: true,
    });
    afterAll(() => apollo.stop());

    async function errorsOf(query: string): Promise<readonly GraphQLFormattedError[]> {
      const response = await apollo.executeOperation({ query });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult.errors ?? [];
    }

    it('passes BAD_USER_INPUT through with its field and without a stacktrace', async () => {
      const [error] = await errorsOf('{ badInput }');
      expect(error.message).toBe('after: is not a cursor returned by this list (use pageInfo.endCursor)');
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('passes NOT_FOUND through', async () => {
      const [error] = await errorsOf('{ missing }');
      expect(error.extensions).toEqual({ code: 'NOT_FOUND', entity: 'Community', key: { code: '320571001999' } });
    });

    it('keeps an invalid query (a validation error) readable', async () => {
      const [error] = await errorsOf('{ nope }');
      expect(error.message).toContain('nope');
      expect(error.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error.extensions).not.toHaveProperty('stacktrace');
    });

    it('hides a driver error behind INTERNAL_SERVER_ERROR', async () => {
      const errors = await errorsOf('{ broken }');
      expect(errors).toEqual([{ message: 'Internal server error', path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(errors)).not.toContain('no such table');
    });
  });
});
