import { startStack, type Stack } from './support/stack';
import { ENTITIES_QUERY } from '@governance/testkit/subgraph';
import { entitled, gatewaySecretHeader, headersFor } from '@governance/testkit/tokens';
import { raw, type RawResponse } from './security/support';

/**
 * A client's mistake is answered 4xx with a GraphQL error that says what is
 * wrong, at the gateway and at every subgraph reached directly: never a 500,
 * never a stack trace in the log.
 */
describe('client mistakes', () => {
  let stack: Stack;
  let consoleError: jest.SpyInstance;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error');
  });
  afterEach(() => {
    const calls = consoleError.mock.calls;
    consoleError.mockRestore();
    // Nothing here is unexpected: no "unexpected error" line, no stack trace.
    expect(calls).toEqual([]);
  });

  async function post(url: string, body: unknown, extra: Record<string, string> = {}): Promise<RawResponse> {
    return raw(url, { headers: { 'content-type': 'application/json', ...(await headersFor(entitled('public-security'))), ...extra }, body: JSON.stringify(body) });
  }

  function expectRefused(response: RawResponse, code: string, message: RegExp): void {
    expect(response.status).toBe(400);
    expect(response.json.errors).toHaveLength(1);
    expect(response.json.errors[0].extensions.code).toBe(code);
    expect(response.json.errors[0].message).toMatch(message);
    expect(response.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  }

  const targets = () =>
    [
      ['the gateway', stack.gateway.url, {}],
      ['a subgraph', stack.subgraphs['public-security'].url, gatewaySecretHeader('public-security')],
    ] as const;

  it.each(['the gateway', 'a subgraph'])('%s answers 400 to an unknown operationName', async (target) => {
    const [, url, extra] = targets().find(([name]) => name === target)!;
    expectRefused(
      await post(url, { query: 'query A { __typename } query B { __typename }', operationName: 'C' }, extra),
      'OPERATION_RESOLUTION_FAILURE',
      /operationName "C" names no operation/,
    );
  });

  it.each(['the gateway', 'a subgraph'])('%s answers 400 to an empty operationName', async (target) => {
    const [, url, extra] = targets().find(([name]) => name === target)!;
    expectRefused(await post(url, { query: 'query A { __typename }', operationName: '' }, extra), 'OPERATION_RESOLUTION_FAILURE', /operationName is empty/);
  });

  it.each(['the gateway', 'a subgraph'])('%s answers 400 to several operations without an operationName', async (target) => {
    const [, url, extra] = targets().find(([name]) => name === target)!;
    expectRefused(await post(url, { query: 'query A { __typename } query B { __typename }' }, extra), 'OPERATION_RESOLUTION_FAILURE', /several operations/);
  });

  it.each(['the gateway', 'a subgraph'])('%s answers 400 to two anonymous operations', async (target) => {
    const [, url, extra] = targets().find(([name]) => name === target)!;
    const response = await post(url, { query: '{ __typename } { __typename }' }, extra);
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers 400 to a fragment fan-out whose cost overflows 2^53', async () => {
    const fragments = ['fragment F0 on Query { enterprises(first: 500) { nodes { name } } }'];
    for (let i = 1; i < 60; i += 1) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const response = await post(stack.gateway.url, { query: `query Q { ...F59 } ${fragments.join(' ')}` });
    expectRefused(response, 'GRAPHQL_VALIDATION_FAILED', /Query cost limit of 50000 exceeded, found more than 9007199254740991/);
  });

  it.each<[string, unknown]>([
    ['without __typename', { id: 'PS-001' }],
    ['with a __typename that is not a string', { __typename: 7, id: 'PS-001' }],
    ['naming a type that is not an entity here', { __typename: 'Query', id: 'PS-001' }],
    ['that is not an object', 'PoliceStation:PS-001'],
  ])('a subgraph answers 400 BAD_USER_INPUT to an _entities representation %s', async (_case, representation) => {
    const response = await post(
      stack.subgraphs['public-security'].url,
      { query: ENTITIES_QUERY('__typename'), variables: { representations: [{ __typename: 'PoliceStation', id: 'x' }, representation] } },
      gatewaySecretHeader('public-security'),
    );
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'representations[1]' });
  });
});
