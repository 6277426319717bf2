import { Kind, buildClientSchema, getIntrospectionQuery, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { discoverFixtures, variablesFor, type ContractFixtures } from './contract/fixtures';
import { loadContract, type ContractOperation } from './contract/operations';
import { READ_BACKS } from './contract/read-backs';
import { shapeProblems } from './contract/shape';
import { startStack, type Stack } from './support/stack';

const operations = loadContract();

describe('the dashboard contract (../shared/operations) through the gateway', () => {
  let stack: Stack;
  let schema: GraphQLSchema;
  let fixtures: ContractFixtures;

  beforeAll(async () => {
    // Fixture discovery scans whole registers in pages of 500, far over the default cost limit; the
    // contract operations themselves are held to the default limits by gateway/test/operation-limits.test.ts.
    stack = await startStack({ gatewayEnv: { MAX_QUERY_COST: '10000000' } });
    const introspection = await stack.query<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data as IntrospectionQuery);
    fixtures = await discoverFixtures(stack);
  });
  afterAll(() => stack.stop());

  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
  });

  it.each(operations.map((operation) => [operation.file, operation] as const))('%s validates against the composed supergraph', (_file, operation) => {
    expect(validate(schema, operation.document).map((error) => error.message)).toEqual([]);
  });

  const answer = async (operation: ContractOperation) => {
    const variables = variablesFor(operation, fixtures);
    const result = await stack.query(operation.source, variables);
    expect(result.errors).toBeUndefined();
    const root = operation.kind === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
    for (const selection of operation.definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD) expect(result.data?.[selection.alias?.value ?? selection.name.value]).not.toBeNull();
    }
    expect(shapeProblems(schema, root, operation.definition.selectionSet, result.data)).toEqual([]);
    return { variables, result };
  };

  const queries = operations.filter((operation) => operation.kind === 'query');
  it.each(queries.map((operation) => [operation.file, operation] as const))('%s answers with data of the shape asked for', async (_file, operation) => {
    await answer(operation);
  });

  const mutations = operations.filter((operation) => operation.kind === 'mutation');
  it.each(mutations.map((operation) => [operation.file, operation] as const))('%s writes, and its effect reads back', async (_file, operation) => {
    const readBack = READ_BACKS[operation.name];
    if (!readBack) throw new Error(`${operation.file}: no read-back for mutation ${operation.name}; add one in test/contract/read-backs.ts`);
    const variables = variablesFor(operation, fixtures);
    const before = await readBack.before(stack, variables, fixtures.byOperation);
    await answer(operation);
    await readBack.after(stack, variables, fixtures.byOperation, before);
  });
});
