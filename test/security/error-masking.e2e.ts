import http from 'node:http';
import net from 'node:net';
import { verifyAuditChain } from '@governance/kit';
import { postGraphQL, type GraphQLResponse } from '@governance/testkit/graphql-client';
import { startStack, type Stack } from '../support/stack';
import { entitled, gatewaySecretHeader, headersFor } from '@governance/testkit/tokens';
import { INTERNALS, RECORD_TALK_EVENT, countRows, snapshot, somePerson, talkEventInput } from './support';

/**
 * What a client learns when something breaks: a code, the failing subgraph's
 * name, the path; never SQL, a table name, a stack trace, a subgraph's URL or
 * the body it answered with. And when the audit log cannot be written, the
 * personal data is withheld and the write rolled back.
 */

const ALLOWED_EXTENSIONS = ['code', 'serviceName'];

function expectMasked(result: GraphQLResponse, ...secrets: string[]): void {
  expect(result.errors?.length ?? 0).toBeGreaterThan(0);
  const text = JSON.stringify(result.errors);
  expect(text).not.toMatch(INTERNALS);
  expect(text).not.toMatch(/stacktrace|exception|"response"/i);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('a broken database behind the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  /** Renames a table for the length of `work`, as a failed migration or a dropped table would. */
  async function withoutTable<T>(subgraph: keyof Stack['subgraphs'], table: string, work: () => Promise<T>): Promise<T> {
    const db = stack.subgraphs[subgraph].db;
    await db.query(`ALTER TABLE ${table} RENAME TO ${table}_moved`);
    try {
      return await work();
    } finally {
      await db.query(`ALTER TABLE ${table}_moved RENAME TO ${table}`);
    }
  }

  it('answers INTERNAL_SERVER_ERROR with no SQL or table name, through the gateway and directly', async () => {
    const query = '{ enterprises(first: 3) { totalCount nodes { name } } }';
    const [viaGateway, direct] = await withoutTable('commerce-bureau', 'enterprise', async () => [
      await stack.query(query),
      await postGraphQL(stack.subgraphs['commerce-bureau'].url, query, {}, { ...(await headersFor(entitled('commerce-bureau'))), ...gatewaySecretHeader('commerce-bureau') }),
    ]);
    for (const result of [viaGateway, direct]) {
      expectMasked(result, 'enterprise_moved', 'no such table');
      expect(result.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors![0].message).toBe('Internal server error');
      expect(Object.keys(result.errors![0].extensions ?? {}).every((name) => ALLOWED_EXTENSIONS.includes(name))).toBe(true);
    }
    // The table is back: the same query answers (the control).
    expect((await stack.query(query)).errors).toBeUndefined();
  });

  it('withholds unmasked personal data when its read cannot be audited', async () => {
    const person = await somePerson(stack, 7);
    const db = stack.subgraphs['community-committees'].db;
    const entries = await countRows(db, 'audit_log');
    const query = `query ($id: ID!) { person(id: $id) { id name phone idNumber } }`;
    const result = await withoutTable('community-committees', 'audit_log', () => stack.query(query, { id: person.id }));
    expectMasked(result, 'audit_log_moved', 'audit_chain_head');
    expect(result.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const body = JSON.stringify(result);
    for (const value of [person.name, person.phone, person.idNumber]) expect(body).not.toContain(value);
    expect(await countRows(db, 'audit_log')).toBe(entries);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true });
  });

  it('still answers masked personal data while the audit log is unavailable: masked reads are not audited', async () => {
    const person = await somePerson(stack, 7);
    const result = await withoutTable('community-committees', 'audit_log', () =>
      stack.query<{ person: { name: string } }>(`query ($id: ID!) { person(id: $id) { name } }`, { id: person.id }, { agency: 'community-committees', scopes: ['read'] }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.person.name).not.toBe(person.name);
  });

  it('rolls a write back when its audit entry cannot be appended', async () => {
    const input = await talkEventInput(stack, '审计失败回滚测试');
    const before = await snapshot(stack);
    const result = await withoutTable('public-security', 'audit_log', () => stack.query(RECORD_TALK_EVENT, { input }));
    expectMasked(result, 'audit_log_moved');
    expect(result.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await snapshot(stack)).toEqual(before);
    expect(await stack.subgraphs['public-security'].db.query('SELECT id FROM talk_event WHERE topic = ?', [input.topic])).toEqual([]);
  });
});

describe('a failing subgraph behind the gateway', () => {
  const SECRET = 'leaked-connection-string-postgres://admin:hunter2@db.internal';
  let stack: Stack;
  let fake: http.Server;
  let fakeUrl: string;
  let closedPort: number;
  /** How the fake commerce bureau answers. */
  let answer: (response: http.ServerResponse) => void;

  beforeAll(async () => {
    fake = http.createServer((request, response) => {
      request.resume();
      request.on('end', () => answer(response));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    fakeUrl = `http://127.0.0.1:${(fake.address() as net.AddressInfo).port}/graphql`;
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    stack = await startStack({ gatewayEnv: { COMMERCE_BUREAU_URL: fakeUrl, INDUSTRY_ASSOCIATIONS_URL: `http://127.0.0.1:${closedPort}/graphql` } });
  });
  afterAll(async () => {
    await stack.stop();
    await new Promise((resolve) => fake.close(resolve));
  });

  /** `venues` is a nullable root field of the commerce bureau: its failure must not take the police stations with it. */
  const QUERY = '{ venues { id } policeStations { id } }';

  async function expectOnlyCodeAndName(serviceName: string, ...secrets: string[]): Promise<void> {
    const result = await stack.query<{ policeStations: unknown[] | null }>(QUERY);
    expect(result.status).toBe(200);
    expect(result.data!.policeStations!.length).toBeGreaterThan(0);
    expectMasked(result, SECRET, fakeUrl, String(closedPort), ...secrets);
    // The client learns which agency failed (code + serviceName), nothing about how.
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: expect.any(String), serviceName } })]);
  }

  it('hides a 500 with a text body that names a secret and the subgraph URL', async () => {
    answer = (response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`database down: ${SECRET} at ${fakeUrl}`);
    };
    await expectOnlyCodeAndName('commerce-bureau');
  });

  it('hides a 500 with a GraphQL error body that names a secret and the subgraph URL', async () => {
    answer = (response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ errors: [{ message: `connect failed: ${SECRET} (${fakeUrl})`, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [`at ${SECRET}`] } }] }),
      );
    };
    await expectOnlyCodeAndName('commerce-bureau');
  });

  it("drops a subgraph error's stack trace and other extensions", async () => {
    answer = (response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          data: null,
          errors: [
            {
              message: 'Internal server error',
              extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [`at ${SECRET}`], exception: { sql: `SELECT * FROM enterprise -- ${SECRET}` } },
            },
          ],
        }),
      );
    };
    const result = await stack.query(QUERY);
    expectMasked(result, SECRET);
    for (const error of result.errors!) expect(Object.keys(error.extensions ?? {}).every((name) => ALLOWED_EXTENSIONS.includes(name))).toBe(true);
  });

  it('names a subgraph on a closed port without its address', async () => {
    const result = await stack.query<{ associations: unknown }>('{ associations(first: 1) { totalCount } policeStations { id } }');
    expectMasked(result, String(closedPort));
    expect(result.errors![0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'industry-associations' });
  });
});
