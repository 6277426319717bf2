import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { documentHash } from '@governance/kit/http';
import { verifyPlatformAudit } from '@governance/scripts/audit-verify';
import { LogLines } from '../support/log-lines';
import { startStack, type Stack } from '../support/stack';
import { entitled, gatewaySecretHeader, headersFor } from '@governance/testkit/tokens';
import { JINYI, RECORD_TALK_EVENT, auditRows, bearer, claims, countRows, hs256, postAs, raw, stackDatabaseEnv, talkEventInput, type RawResponse } from './support';

/**
 * What an audit entry says about its request is what the platform vouches
 * for, not what the client claims: the gateway mints every request id and
 * returns it; a client's x-request-id is kept apart, sanitised; the
 * operation name is the client's label, bounded, and beside it the hash of
 * the document that ran tells a contract operation from an impostor.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CONTRACT = fs.readFileSync(path.resolve(__dirname, '../../../shared/operations/community-overview.graphql'), 'utf8');
const LOOKUP = `query Lookup($id: ID!) { person(id: $id) { name phone } }`;

describe('request identity in the audit log', () => {
  let stack: Stack;
  let personId: string;
  const logs = new LogLines();
  beforeAll(async () => {
    stack = await startStack({ logDestination: logs });
    [{ id: personId }] = await stack.subgraphs['community-committees'].db.query<Array<{ id: string }>>(
      'SELECT person_id AS id FROM contact_assignment WHERE community_code = ? ORDER BY person_id LIMIT 1',
      [JINYI],
    );
  });
  afterAll(() => stack.stop());

  const committees = () => stack.subgraphs['community-committees'].db;
  const lastEntries = async (count: number) => (await auditRows(committees())).slice(-count);

  async function lookup(extra: Record<string, string> = {}): Promise<RawResponse> {
    const response = await postAs(stack.gateway.url, LOOKUP, { id: personId }, entitled('community-committees'), extra);
    expect(response.json.errors).toBeUndefined();
    return response;
  }

  it('mints every request id at the gateway, returns it, and keeps a reused client id apart', async () => {
    const first = await lookup({ 'x-request-id': 'someone-elses-request' });
    const second = await lookup({ 'x-request-id': 'someone-elses-request' });
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
    expect(ids[0]).toMatch(UUID);
    expect(ids[1]).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);
    const entries = await lastEntries(2);
    expect(entries.map((entry) => entry.request_id)).toEqual(ids);
    expect(entries.map((entry) => entry.client_request_id)).toEqual(['someone-elses-request', 'someone-elses-request']);
  });

  it('answers with a request id even when it refuses the request', async () => {
    const response = await raw(stack.gateway.url, { headers: { 'content-type': 'application/json', 'x-request-id': 'mine' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  it('keeps a client id only sanitised and bounded', async () => {
    await lookup({ 'x-request-id': `  a b"c<d>;e\\f${'x'.repeat(300)}` });
    const [entry] = await lastEntries(1);
    expect(entry.client_request_id).toBe(`a_b_c_d__e_f${'x'.repeat(116)}`);
    await lookup({ 'x-request-id': Buffer.from('请求-7', 'utf8').toString('latin1') });
    const [latin] = await lastEntries(1);
    expect(latin.client_request_id).toMatch(/^_+-7$/);
  });

  it('lets a subgraph take a forwarded request id only from a caller with its secret', async () => {
    const subgraph = stack.subgraphs['community-committees'].url;
    const direct = await postAs(subgraph, LOOKUP, { id: personId }, entitled('community-committees'), { 'x-request-id': 'forged-by-a-client' });
    expect(direct.json.errors).toBeUndefined();
    expect(direct.headers.get('x-request-id')).toMatch(UUID);
    const [directEntry] = await lastEntries(1);
    expect(directEntry).toMatchObject({ request_id: direct.headers.get('x-request-id'), client_request_id: 'forged-by-a-client', operation_name: 'Lookup' });
    expect(directEntry.document_hash).toBe(documentHash(parse(LOOKUP)));

    const trusted = await postAs(subgraph, LOOKUP, { id: personId }, entitled('community-committees'), {
      ...gatewaySecretHeader('community-committees'),
      'x-request-id': 'gateway-minted-id',
    });
    expect(trusted.headers.get('x-request-id')).toBe('gateway-minted-id');
    const [trustedEntry] = await lastEntries(1);
    expect(trustedEntry.request_id).toBe('gateway-minted-id');
  });

  it('records the hash of the document beside the name the client gave it', async () => {
    const variables = { code: JINYI, year: 2011 };
    const contract = await postAs(stack.gateway.url, CONTRACT, variables, entitled('community-committees'));
    expect(contract.json.errors).toBeUndefined();
    const [real] = await lastEntries(1);
    const impostor = await postAs(
      stack.gateway.url,
      `query CommunityOverview($code: ID!) { community(code: $code) { contactPersons { name phone idNumber } } }`,
      { code: JINYI },
      entitled('community-committees'),
    );
    expect(impostor.json.errors).toBeUndefined();
    const [fake] = await lastEntries(1);
    expect(real.operation_name).toBe('CommunityOverview');
    expect(fake.operation_name).toBe('CommunityOverview');
    expect(real.document_hash).toBe(documentHash(parse(CONTRACT)));
    expect(fake.document_hash).not.toBe(real.document_hash);
    // The same document with other whitespace and comments is the same document.
    await postAs(stack.gateway.url, CONTRACT.replace(/#[^\n]*/g, '').replace(/\s+/g, ' '), variables, entitled('community-committees'));
    const [reformatted] = await lastEntries(1);
    expect(reformatted.document_hash).toBe(real.document_hash);
  });

  it('logs an unexpected error under the request id the client got back, at the subgraph and at the gateway', async () => {
    const db = stack.subgraphs['commerce-bureau'].db;
    let response: RawResponse;
    await db.query('ALTER TABLE enterprise RENAME TO enterprise_moved');
    try {
      response = await postAs(stack.gateway.url, '{ enterprises(first: 1) { nodes { name } } }', {}, entitled('commerce-bureau'), { 'x-request-id': 'dashboard-42' });
    } finally {
      await db.query('ALTER TABLE enterprise_moved RENAME TO enterprise');
    }
    expect(response.json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const requestId = response.headers.get('x-request-id')!;
    // The subgraph that failed and the gateway that relayed it log it, with a stack, under the id the client holds.
    const mine = logs.lines.filter((line) => line['requestId'] === requestId);
    const unexpected = mine
      .filter((line) => line['msg'] === 'unexpected error')
      .map((line) => [line['service'], line['path'], typeof (line['err'] as { stack?: unknown } | undefined)?.stack]);
    expect(unexpected.sort()).toEqual([
      ['commerce-bureau', 'enterprises', 'string'],
      ['gateway', 'enterprises', 'string'],
    ]);
  });

  it.each([
    ['5,000 characters', 5_000],
    ['20 kB', 20_000],
    ['101 characters', 101],
  ])('refuses an operation name of %s with 400 before any subgraph is called, and writes nothing', async (_label, length) => {
    const name = `Op${'x'.repeat(length - 2)}`;
    const input = await talkEventInput(stack);
    const before = await countRows(stack.subgraphs['public-security'].db, 'audit_log');
    const response = await postAs(stack.gateway.url, RECORD_TALK_EVENT.replace('mutation RecordTalkEvent', `mutation ${name}`), { input }, entitled('public-security'));
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions).toEqual({ code: 'OPERATION_RESOLUTION_FAILURE', field: 'operationName' });
    expect(response.json.errors[0].message).toMatch(/at most 100 characters/);
    expect(response.text.length).toBeLessThan(1_000);
    expect(await countRows(stack.subgraphs['public-security'].db, 'audit_log')).toBe(before);
  });

  it('stores an operation name of 100 characters exactly, on a write', async () => {
    const name = `Op${'x'.repeat(98)}`;
    const response = await postAs(
      stack.gateway.url,
      RECORD_TALK_EVENT.replace('mutation RecordTalkEvent', `mutation ${name}`),
      { input: await talkEventInput(stack, '名称边界') },
      entitled('public-security'),
    );
    expect(response.json.errors).toBeUndefined();
    const [entry] = (await auditRows(stack.subgraphs['public-security'].db)).slice(-1);
    expect(entry.operation_name).toBe(name);
  });
});

describe('tokens with odd but valid claims, and claims of the wrong type', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const ODD_SUBJECTS = ['𠮷野家-张三', 'o\'brien "x", \\y; DROP TABLE audit_log; --', '𠮷'.repeat(200), 'موظف-٧', 'clerk 7 👩‍💻', ' padded subject ', 'x'.repeat(200)];
  // The widest x-purpose the syntax allows: every punctuation a case reference may hold, and a code and reference of the longest length.
  const ODD_PURPOSES = ['case-handling; case=SZ/2011:0042_a.b-c', `${'a'.repeat(64)} ;  case = ${'9'.repeat(64)}`, 'resident-services'];

  it('writes audit entries for every odd subject, purpose, client id and name, and every chain verifies', async () => {
    const input = await talkEventInput(stack, '奇特声明');
    const [{ id: personId }] = await stack.subgraphs['community-committees'].db.query<Array<{ id: string }>>(
      'SELECT person_id AS id FROM contact_assignment ORDER BY person_id LIMIT 1',
    );
    for (const [index, sub] of ODD_SUBJECTS.entries()) {
      const purpose = ODD_PURPOSES[index % ODD_PURPOSES.length];
      const headers = { 'content-type': 'application/json', 'x-purpose': purpose, 'x-request-id': `odd ${index}\u00ff"`, ...bearer(hs256(claims('public-security', { sub }))) };
      const write = await raw(stack.gateway.url, {
        headers,
        body: JSON.stringify({ query: RECORD_TALK_EVENT.replace('RecordTalkEvent(', `O${'d'.repeat(98)}(`), variables: { input } }),
      });
      expect(write.json.errors).toBeUndefined();
      const readHeaders = { ...headers, ...bearer(hs256(claims('community-committees', { sub }))) };
      const read = await raw(stack.gateway.url, { headers: readHeaders, body: JSON.stringify({ query: LOOKUP, variables: { id: personId } }) });
      expect(read.json.errors).toBeUndefined();
    }
    const subjects = (await auditRows(stack.subgraphs['public-security'].db)).map((row) => row.subject);
    expect(subjects.slice(-ODD_SUBJECTS.length)).toEqual(ODD_SUBJECTS);
    const reports = await verifyPlatformAudit(stackDatabaseEnv(stack));
    expect(reports.map(({ subgraph, report }) => [subgraph, report.intact]).sort()).toEqual(
      Object.keys(stack.subgraphs)
        .map((name) => [name, true])
        .sort(),
    );
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['a boolean', true],
    ['an object', { name: 'clerk' }],
    ['an array', ['clerk']],
    ['zero-width characters only', '\u200b\u200b'],
    ['a lone surrogate', 'clerk\ud800'],
  ])('refuses a "sub" that is %s with 401, and every chain stays intact', async (_label, sub) => {
    const input = await talkEventInput(stack);
    const db = stack.subgraphs['public-security'].db;
    const before = await countRows(db, 'audit_log');
    const token = hs256(claims('public-security', { sub }));
    const response = await raw(stack.gateway.url, {
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ query: RECORD_TALK_EVENT, variables: { input } }),
    });
    expect(response.status).toBe(401);
    expect(response.json.errors[0].message).toMatch(/"sub" claim/);
    // A subgraph reached directly, even with its secret, refuses it too.
    const direct = await raw(stack.subgraphs['public-security'].url, {
      headers: { 'content-type': 'application/json', ...gatewaySecretHeader('public-security'), ...bearer(token) },
      body: JSON.stringify({ query: RECORD_TALK_EVENT, variables: { input } }),
    });
    expect(direct.status).toBe(401);
    expect(await countRows(db, 'audit_log')).toBe(before);
    const [report] = await verifyPlatformAudit(stackDatabaseEnv(stack), ['public-security']);
    expect(report.report.intact).toBe(true);
  });

  it.each([
    ['an expiry in the year 10^300', () => ({ exp: 1e300 })],
    ['a lifetime of 13 hours', () => ({ exp: Math.floor(Date.now() / 1000) + 13 * 3600 })],
    ['an issue time two minutes ahead', () => ({ iat: Math.floor(Date.now() / 1000) + 120 })],
  ])('refuses a token with %s', async (_label, overrides) => {
    const response = await raw(stack.gateway.url, {
      headers: { 'content-type': 'application/json', ...bearer(hs256(claims('public-security', overrides()))) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
  });

  it('still accepts the tokens npm run token mints', async () => {
    const response = await raw(stack.gateway.url, {
      headers: { 'content-type': 'application/json', ...(await headersFor({ agency: 'public-security', scopes: ['read'] })) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
  });
});
