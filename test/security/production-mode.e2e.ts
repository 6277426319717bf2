import net from 'node:net';
import { loadGatewayConfig } from '@governance/gateway/config';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { SUBGRAPHS, subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { subgraphSecretVariable } from '@governance/kit/auth';
import { tokenFor } from '@governance/testkit/tokens';
import { bearer, claims, es256Keys, raw, type Es256Keys, type RawResponse } from './support';

/**
 * The gateway as an agency deploys it (NODE_ENV=production): ES256 tokens
 * checked against a JWKS file, per-subgraph secrets, introspection and field
 * suggestions off. Every request here is refused by the gateway itself, so
 * no subgraph runs: their URLs point at a closed port.
 */

const INTROSPECTION = /introspection/i;
/** Names a client should not learn from an error: the suggested field, argument, type, input field and enum value. */
const SUGGESTED = /Did you mean|"name"|"first"|"Enterprise"|"topic"|"ACTIVE"/;

/** Misspellings of each kind graphql-js would suggest a correction for (every row has variables: jest reads a missing one as `done`). */
const MISSPELLINGS: ReadonlyArray<[string, string, Record<string, unknown>]> = [
  ['field', '{ policeStations { nmae } }', {}],
  ['argument', '{ enterprises(frist: 1) { totalCount } }', {}],
  ['type in a fragment', '{ enterprises(first: 1) { nodes { ...E } } } fragment E on Enterprize { name }', {}],
  [
    'input field',
    'mutation { recordTalkEvent(input: { communityCode: "1", stationId: "1", heldOn: "2011-01-01", topc: "x", officersDeployed: 1, attendees: 1, peopleHelped: 1 }) { id } }',
    {},
  ],
  ['enum value', 'mutation { changeLicenseStatus(creditCode: "x", status: ACTIV, reason: "r") { name } }', {}],
  ['enum value in a variable', 'mutation ($s: LicenseStatus!) { changeLicenseStatus(creditCode: "x", status: $s, reason: "r") { name } }', { s: 'ACTIV' }],
];

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the gateway in production', () => {
  let keys: Es256Keys;
  let production: RunningGateway;
  let development: RunningGateway;
  let token: string;

  beforeAll(async () => {
    keys = es256Keys();
    const port = await closedPort();
    const urls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [subgraphUrlVariable(name), `http://127.0.0.1:${port}/graphql`]));
    const secrets = Object.fromEntries(SUBGRAPHS.map(({ name }) => [subgraphSecretVariable(name), `production-secret-of-${name}-0123456789abcdef`]));
    production = await startGateway(
      loadGatewayConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: '0', SHUTDOWN_GRACE_MS: '0', JWKS_FILE: keys.jwksFile, ...urls, ...secrets }),
    );
    development = await startGateway(loadGatewayConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn', PORT: '0', SHUTDOWN_GRACE_MS: '0', ...urls }));
    token = keys.sign(claims('community-committees'));
  });
  afterAll(async () => {
    await production?.stop();
    await development?.stop();
    keys?.cleanup();
  });

  const post = (gateway: RunningGateway, authorization: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Promise<RawResponse> =>
    raw(gateway.url, { headers: { 'content-type': 'application/json', ...authorization }, body: JSON.stringify({ query, variables }) });

  it('accepts an ES256 token from the identity provider and refuses a development HS256 token with 401', async () => {
    const accepted = await post(production, bearer(token), '{ __typename }');
    expect(accepted.status).toBe(200);
    expect(accepted.json).toEqual({ data: { __typename: 'Query' } });
    const development = await post(production, bearer(await tokenFor({ agency: 'community-committees' })), '{ __typename }');
    expect(development.status).toBe(401);
    expect(development.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['__schema', '{ __schema { types { name fields { name } } } }'],
    ['__type', '{ __type(name: "Person") { fields { name } } }'],
    ['an aliased __schema', '{ s: __schema { queryType { name } } }'],
    ['__schema in a fragment', '{ ...S } fragment S on Query { __schema { queryType { name } } }'],
  ])('refuses introspection (%s) with 400 and no schema', async (_label, query) => {
    const response = await post(production, bearer(token), query);
    expect(response.status).toBe(400);
    expect(response.json.data ?? null).toBeNull();
    expect(response.json.errors[0].message).toMatch(INTROSPECTION);
    expect(response.text).not.toMatch(/idNumber|Person\b.*fields|"kind"/);
  });

  it.each(MISSPELLINGS)('does not suggest a correction for a misspelled %s', async (_label, query, variables) => {
    const response = await post(production, bearer(token), query, variables);
    expect(response.status).toBe(400);
    expect(response.json.data ?? null).toBeNull();
    for (const error of response.json.errors as Array<{ message: string }>) expect(error.message).not.toMatch(SUGGESTED);
  });

  it('in development, introspects and suggests (the controls)', async () => {
    const developer = bearer(await tokenFor({ agency: 'community-committees' }));
    const schema = await post(development, developer, '{ __schema { queryType { name } } }');
    expect(schema.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const typo = await post(development, developer, MISSPELLINGS[0][1]);
    expect(typo.status).toBe(400);
    expect(typo.json.errors[0].message).toMatch(/Did you mean "name"/);
  });
});
