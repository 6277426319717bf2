import { SCOPES } from '@governance/kit';
import { testDatabase } from '@governance/testkit/database';
import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { TEST_PURPOSE, type Caller } from '@governance/testkit/tokens';
import { communityCommittees } from '../src/subgraph';

const METRICS_TOKEN = 'metrics-token-for-the-subgraph-test';
const RESIDENTS = `{ community(code: "320571001001") { residents(first: 2) { nodes { id name phone idNumber } } } }`;
const CASE_WORKER: Caller = { agency: 'community-committees', scopes: SCOPES, purpose: TEST_PURPOSE };
const ANALYST: Caller = { agency: 'community-committees', scopes: ['read'] };

/** One value of a Prometheus text exposition, by its series as printed; undefined when the series is absent. */
function valueOf(exposition: string, series: string): number | undefined {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** What a subgraph's /metrics says about its database, its audit log and personal data (on SQLite and on MariaDB). */
describe("a subgraph's metrics", () => {
  let solo: SoloSubgraph;
  let exposition: string;
  beforeAll(async () => {
    solo = await startSoloSubgraph(communityCommittees, { METRICS_TOKEN });
    expect((await solo.query(RESIDENTS, {}, ANALYST)).errors).toBeUndefined();
    expect((await solo.query(RESIDENTS, {}, CASE_WORKER)).errors).toBeUndefined();
    const response = await fetch(`${new URL(solo.subgraph.url).origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    exposition = await response.text();
  });
  afterAll(() => solo.stop());

  it('counts personal fields masked for the analyst and shown to the case worker', () => {
    for (const kind of ['name', 'phone', 'idNumber']) {
      expect(valueOf(exposition, `personal_fields_total{kind="${kind}",shown="false",service="community-committees"}`)).toBe(2);
      expect(valueOf(exposition, `personal_fields_total{kind="${kind}",shown="true",service="community-committees"}`)).toBe(2);
    }
  });

  it('counts the audit append of the unmasked read, with its latency', () => {
    expect(valueOf(exposition, 'audit_appends_total{outcome="ok",service="community-committees"}')).toBe(1);
    expect(valueOf(exposition, 'audit_append_duration_seconds_count{service="community-committees"}')).toBe(1);
  });

  it('counts SQL statements and their duration', () => {
    expect(valueOf(exposition, 'sql_statements_total{outcome="ok",service="community-committees"}')).toBeGreaterThan(4);
    expect(valueOf(exposition, 'sql_statement_duration_seconds_count{service="community-committees"}')).toBeGreaterThan(4);
  });

  it(`reports the connection pool on MySQL (${testDatabase()} here)`, () => {
    const used = valueOf(exposition, 'db_pool_connections{state="used",service="community-committees"}');
    const idle = valueOf(exposition, 'db_pool_connections{state="idle",service="community-committees"}');
    if (testDatabase() === 'sqlite') {
      expect(used).toBeUndefined();
    } else {
      expect(used).toBe(0);
      expect(idle).toBeGreaterThan(0);
      expect(valueOf(exposition, 'db_pool_connections{state="waiting",service="community-committees"}')).toBe(0);
    }
  });
});
