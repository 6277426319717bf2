import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSubgraphConfig, makeCreditCode, startSubgraph, verifyAuditChain, type RunningSubgraph, type SubgraphDefinition } from '@governance/kit';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { createAgencyAccounts } from '@governance/testkit/agency-accounts';
import { startMariaDb, type MariaDbServer } from '../global/mariadb-server';
import { countRows } from '@governance/testkit/database';
import { postGraphQL, type GraphQLResponse } from '@governance/testkit/graphql-client';
import { startTestSubgraph } from '@governance/testkit/subgraph';
import { entitled, gatewaySecretHeader, headersFor } from '@governance/testkit/tokens';
import { INTERNALS, JINYI } from '../security/support';

/**
 * mariadbd killed -9 while the commerce bureau is registering enterprises as
 * fast as eight clients can send them. The server is this test's own (never
 * the suite's shared one, which other test files use at the same time),
 * restarted on the same data directory and port. Afterwards every write the
 * subgraph acknowledged is there, with its licence history row; no
 * registration is without its audit entry or the reverse; the chain
 * verifies; and the subgraph, never restarted, writes again.
 */

const REGISTER = `mutation RegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`;
const NAME_PREFIX = '崩溃测试';
const BURST = 300;
const CLIENTS = 8;
const KILL_AFTER_ACKNOWLEDGED = 40;

const definition = (name: string) => subgraphDefinitions.find((candidate) => candidate.name === name) as SubgraphDefinition<unknown>;

describe('mariadbd killed -9 in the middle of a burst of writes', () => {
  let directory: string;
  let dataDir: string;
  let server: MariaDbServer;
  let committees: RunningSubgraph;
  let commerce: RunningSubgraph;
  let headers: Record<string, string>;

  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-crash-'));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-crash-data-'));
    server = await startMariaDb(directory);
    const admin = await server.admin();
    let password: string;
    try {
      ({ 'commerce-bureau': password } = await createAgencyAccounts(admin, ['commerce-bureau']));
      await admin.query('CREATE DATABASE commerce_bureau CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    } finally {
      await admin.end();
    }
    committees = await startTestSubgraph(definition('community-committees'), dataDir);
    const config = loadSubgraphConfig(definition('commerce-bureau'), {
      NODE_ENV: 'test',
      PORT: '0',
      DATABASE_URL: `mariadb://commerce_bureau:${password}@127.0.0.1:${server.port}/commerce_bureau`,
      DATABASE_POOL_SIZE: String(CLIENTS),
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      SEED_ON_EMPTY: 'true',
      SHUTDOWN_GRACE_MS: '500',
      [subgraphUrlVariable('community-committees')]: committees.url,
    });
    commerce = await startSubgraph(definition('commerce-bureau'), config);
    headers = { ...(await headersFor(entitled('commerce-bureau'))), ...gatewaySecretHeader('commerce-bureau') };
  });

  afterAll(async () => {
    await commerce?.stop().catch(() => undefined);
    await committees?.stop();
    await server?.stop();
    fs.rmSync(directory, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const register = (index: number): Promise<GraphQLResponse<{ registerEnterprise: { creditCode: string } }>> => {
    const creditCode = makeCreditCode('91', '320571', `MK${String(index).padStart(6, '0')}`);
    return postGraphQL(
      commerce.url,
      REGISTER,
      { input: { creditCode, name: `${NAME_PREFIX}${index}`, kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: JINYI, establishedOn: '2008-08-08' } },
      headers,
    );
  };

  it('keeps every acknowledged write, each with its audit entry, and writes again without a restart', async () => {
    const db = commerce.db;
    const [{ last }] = await db.query<Array<{ last: number }>>('SELECT COALESCE(MAX(sequence), 0) AS last FROM audit_log');
    const acknowledged: string[] = [];
    const refused: GraphQLResponse[] = [];
    let next = 0;
    let killed: Promise<void> | undefined;
    const burstEnds = Date.now() + 60_000;
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (next < BURST && Date.now() < burstEnds) {
        const response = await register((next += 1));
        if (response.data?.registerEnterprise) acknowledged.push(response.data.registerEnterprise.creditCode);
        else refused.push(response);
        if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED && killed === undefined) killed = server.kill('SIGKILL');
      }
    });
    await Promise.all(clients);
    await killed;
    expect(killed).toBeDefined();
    expect(refused.length).toBeGreaterThan(0);
    // While the database is gone the subgraph says it could not write, as a GraphQL error without SQL, driver names or addresses.
    for (const response of refused) {
      expect(response.status).toBeLessThan(500);
      expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response.errors)).not.toMatch(INTERNALS);
    }

    server = await startMariaDb(directory, { restartOn: server.port });
    // The same process, never restarted: its pool opens new connections once the server is back.
    const backBy = Date.now() + 60_000;
    let after: GraphQLResponse<{ registerEnterprise: { creditCode: string } }> | undefined;
    for (let index = BURST + 1; Date.now() < backBy; index += 1) {
      after = await register(index);
      if (after.data?.registerEnterprise) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(after?.errors).toBeUndefined();
    expect((await fetch(new URL('/ready', commerce.url))).status).toBe(200);

    const present = new Set((await db.query<Array<{ code: string }>>('SELECT credit_code AS code FROM enterprise WHERE name LIKE ?', [`${NAME_PREFIX}%`])).map((row) => row.code));
    expect(acknowledged.filter((code) => !present.has(code))).toEqual([]);
    const registered = present.size;
    const histories = await countRows(db, 'license_event', `enterprise_credit_code IN (SELECT credit_code FROM enterprise WHERE name LIKE ?)`, [`${NAME_PREFIX}%`]);
    const entries = await countRows(db, 'audit_log', `sequence > ? AND action = 'WRITE' AND coordinates = 'Mutation.registerEnterprise'`, [last]);
    expect({ registered, histories, entries }).toEqual({ registered, histories: registered, entries: registered });
    expect(registered).toBeGreaterThanOrEqual(acknowledged.length + 1);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true });
  }, 240_000);
});
