import { DEVELOPMENT_JWT_SECRET, mintDevelopmentToken } from '@governance/kit/auth';
import { startStack, type Stack } from '../support/stack';
import { ENTITIES_QUERY } from '@governance/testkit/subgraph';
import { gatewaySecretHeader, headersFor, tokenFor, entitled } from '@governance/testkit/tokens';
import { RECORD_TALK_EVENT, bearer, claims, hs256, raw, snapshot, somePerson, talkEventInput, unsigned, type Snapshot } from './support';

/**
 * Who may ask at all. No valid token: 401 UNAUTHENTICATED for the whole
 * request, at the gateway and at every subgraph reached directly, with a body
 * that says so and nothing else. And only the gateway (holding a subgraph's
 * own secret) may call `_entities` and `_service`: anyone else gets 403.
 */

const now = () => Math.floor(Date.now() / 1000);
const OTHER_SECRET = 'an-attackers-secret-at-least-32-characters-long';

/** Authorization headers that must all be refused; built lazily, since some need the clock or a valid token. */
const INVALID: ReadonlyArray<[string, () => Promise<Record<string, string>>]> = [
  ['no Authorization header', async () => ({})],
  ['an empty bearer', async () => ({ authorization: 'Bearer ' })],
  ['garbage', async () => bearer('garbage')],
  ['three garbage segments', async () => bearer('aaaa.bbbb.cccc')],
  ['another scheme', async () => ({ authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` })],
  ['a wrong signature', async () => bearer(hs256(claims('public-security'), OTHER_SECRET))],
  [
    'a payload changed after signing',
    async () => {
      const [header, , signature] = (await tokenFor({ agency: 'commerce-bureau', scopes: ['read'] })).split('.');
      return bearer(`${header}.${Buffer.from(JSON.stringify(claims('public-security'))).toString('base64url')}.${signature}`);
    },
  ],
  ['alg "none"', async () => bearer(unsigned(claims('public-security')))],
  ['a wrong issuer', async () => bearer(hs256(claims('public-security', { iss: 'someone-else' })))],
  ['a wrong audience', async () => bearer(hs256(claims('public-security', { aud: 'another-graph' })))],
  ['an unknown agency', async () => bearer(hs256(claims('public-security', { agency: 'ministry-of-everything' })))],
  ['no agency', async () => bearer(hs256(claims('public-security', { agency: undefined })))],
  ['no scopes claim', async () => bearer(hs256(claims('public-security', { scopes: undefined })))],
  ['scopes as a string', async () => bearer(hs256(claims('public-security', { scopes: 'read write' })))],
  ['an unknown scope', async () => bearer(hs256(claims('public-security', { scopes: ['read', 'admin'] })))],
  ['no subject', async () => bearer(hs256(claims('public-security', { sub: undefined })))],
  ['no expiry', async () => bearer(hs256(claims('public-security', { exp: undefined })))],
  ['an expiry two minutes ago', async () => bearer(hs256(claims('public-security', { iat: now() - 3600, exp: now() - 120 })))],
  [
    'an expired development token',
    async () => bearer(await mintDevelopmentToken({ agency: 'public-security', scopes: ['read', 'write'], expiresIn: now() - 120, secret: DEVELOPMENT_JWT_SECRET })),
  ],
  ['a token not valid before tomorrow', async () => bearer(hs256(claims('public-security', { nbf: now() + 86_400 })))],
];

describe('tokens', () => {
  let stack: Stack;
  let input: Record<string, unknown>;
  let before: Snapshot;
  beforeAll(async () => {
    stack = await startStack();
    input = await talkEventInput(stack);
    before = await snapshot(stack);
  });
  afterAll(() => stack.stop());

  /** 401, `WWW-Authenticate: Bearer`, and a body of one error with a message and the code: no data, no trace. */
  function expectUnauthenticated(response: Awaited<ReturnType<typeof raw>>): void {
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(Object.keys(response.json)).toEqual(['errors']);
    expect(response.json.errors).toHaveLength(1);
    const [error] = response.json.errors;
    expect(Object.keys(error).sort()).toEqual(['extensions', 'message']);
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(error.message).toMatch(/^Not authenticated/);
  }

  it.each(INVALID)('refuses %s at the gateway with 401 and writes nothing', async (_label, authorization) => {
    const headers = { 'content-type': 'application/json', 'x-purpose': 'attack', ...(await authorization()) };
    const response = await raw(stack.gateway.url, { headers, body: JSON.stringify({ query: RECORD_TALK_EVENT, variables: { input } }) });
    expectUnauthenticated(response);
    expect(await snapshot(stack)).toEqual(before);
  });

  it.each(INVALID)('refuses %s at a subgraph reached directly, even with its secret', async (_label, authorization) => {
    const headers = { 'content-type': 'application/json', ...gatewaySecretHeader('public-security'), ...(await authorization()) };
    const response = await raw(stack.subgraphs['public-security'].url, { headers, body: JSON.stringify({ query: RECORD_TALK_EVENT, variables: { input } }) });
    expectUnauthenticated(response);
    expect(await snapshot(stack)).toEqual(before);
  });

  it('does not echo the token in its refusal', async () => {
    const token = hs256(claims('public-security'), OTHER_SECRET);
    const response = await raw(stack.gateway.url, {
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ query: '{ policeStations { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.text).not.toContain(token.split('.')[2]);
  });

  it('accepts a hand-made token with the right claims and signature (the control for the claims above)', async () => {
    const response = await raw(stack.gateway.url, {
      headers: { 'content-type': 'application/json', ...bearer(hs256(claims('public-security'))) },
      body: JSON.stringify({ query: '{ policeStations { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.json.errors).toBeUndefined();
  });
});

describe('gateway-only fields of a subgraph', () => {
  let stack: Stack;
  let person: Awaited<ReturnType<typeof somePerson>>;
  let url: string;
  let before: Snapshot;
  beforeAll(async () => {
    stack = await startStack();
    person = await somePerson(stack);
    url = stack.subgraphs['community-committees'].url;
    before = await snapshot(stack);
  });
  afterAll(() => stack.stop());

  const entities = (alias = '') => `query ($representations: [_Any!]!) { ${alias}_entities(representations: $representations) { ... on Person { id name phone idNumber } } }`;
  const variables = () => ({ representations: [{ __typename: 'Person', id: person.id }] });

  async function call(query: string, extra: Record<string, string>, vars: Record<string, unknown> = {}) {
    const headers = { 'content-type': 'application/json', ...(await headersFor(entitled('community-committees'))), ...extra };
    return raw(url, { headers, body: JSON.stringify({ query, variables: vars }) });
  }

  function expectForbidden(response: Awaited<ReturnType<typeof raw>>): void {
    expect(response.status).toBe(403);
    expect(response.json.data ?? null).toBeNull();
    expect(response.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(response.text).not.toContain(person.name);
    expect(response.text).not.toContain('type Query');
  }

  it.each([
    ['_entities', () => entities()],
    ['_entities under an alias', () => entities('people: ')],
    [
      '_entities in a fragment',
      () => `query ($representations: [_Any!]!) { ...F } fragment F on Query { _entities(representations: $representations) { ... on Person { name } } }`,
    ],
    ['_service', () => '{ _service { sdl } }'],
    ['_service next to an ordinary field', () => '{ subDistricts { code } _service { sdl } }'],
  ])('refuses %s without the secret with 403, even to a fully entitled token', async (_label, query) => {
    expectForbidden(await call(query(), {}, variables()));
  });

  it("refuses a wrong secret, and another subgraph's secret", async () => {
    expectForbidden(await call(entities(), { 'x-subgraph-secret': 'development-only-subgraph-secret:guess' }, variables()));
    expectForbidden(await call(entities(), gatewaySecretHeader('commerce-bureau'), variables()));
    expectForbidden(await call('{ _service { sdl } }', gatewaySecretHeader('public-security')));
  });

  it('answers ordinary queries without the secret (the control)', async () => {
    const response = await call('{ subDistricts { code } }', {});
    expect(response.status).toBe(200);
    expect(response.json.data.subDistricts.length).toBeGreaterThan(0);
  });

  it('refused calls read nothing and leave the audit log as it was', async () => {
    expect(await snapshot(stack)).toEqual(before);
  });

  it('answers _entities and _service to the holder of the secret', async () => {
    const found = await call(entities(), gatewaySecretHeader('community-committees'), variables());
    expect(found.status).toBe(200);
    expect(found.json.data._entities).toEqual([{ id: person.id, name: person.name, phone: person.phone, idNumber: person.idNumber }]);
    const service = await call('{ _service { sdl } }', gatewaySecretHeader('community-committees'));
    expect(service.json.data._service.sdl).toContain('type Person');
    // The unmasked read through _entities is audited like any other.
    const [row] = await stack.subgraphs['community-committees'].db.query<Array<Record<string, unknown>>>(
      'SELECT action, coordinates, person FROM audit_log ORDER BY sequence DESC LIMIT 1',
    );
    expect(row).toEqual({ action: 'READ', coordinates: 'Person.idNumber,Person.name,Person.phone', person: person.id });
  });

  it('still masks personal data over _entities for a token without pii:read', async () => {
    const headers = {
      'content-type': 'application/json',
      ...(await headersFor({ agency: 'commerce-bureau', scopes: ['read'], purpose: 'check' })),
      ...gatewaySecretHeader('community-committees'),
    };
    const response = await raw(url, { headers, body: JSON.stringify({ query: ENTITIES_QUERY('... on Person { name phone idNumber }'), variables: variables() }) });
    expect(response.status).toBe(200);
    const [masked] = response.json.data._entities;
    expect(masked.name).not.toBe(person.name);
    expect(masked.phone).not.toBe(person.phone);
    expect(masked.idNumber).not.toBe(person.idNumber);
    expect(masked.idNumber).toMatch(/\*{6,}/);
  });
});
