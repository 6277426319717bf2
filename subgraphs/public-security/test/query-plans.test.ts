import { startSoloSubgraph, type SoloSubgraph } from '../../../test/support/subgraph';
import { publicSecurity } from '../src/subgraph';

/**
 * TalkEventStats' sums over a date range must come from the covering index
 * alone (no table row read per event), or the query grows with the data far
 * faster than its answer. Checked with the database's own plan, on SQLite and
 * on MariaDB: the statement is the one the resolver sends, for YEAR.
 */
describe('public-security: query plans', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(publicSecurity);
  });
  afterAll(() => solo.stop());

  const STATS = `SELECT SUBSTR(e.held_on, 1, 4) AS period, COUNT(*) AS events, COALESCE(SUM(e.officers_deployed), 0) AS officers,
    COALESCE(SUM(e.people_helped), 0) AS helped FROM talk_event e WHERE e.held_on BETWEEN '2010-01-01' AND '2011-12-31' GROUP BY SUBSTR(e.held_on, 1, 4)`;

  it('answers TalkEventStats from the covering index on (held_on, officers_deployed, people_helped)', async () => {
    const { db } = solo.subgraph;
    if (db.options.type === 'better-sqlite3') {
      const plan: Array<{ detail: string }> = await db.query(`EXPLAIN QUERY PLAN ${STATS}`);
      expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING COVERING INDEX IDX_talk_event_held_totals/);
    } else {
      const plan: Array<{ table: string; key: string | null; Extra: string }> = await db.query(`EXPLAIN ${STATS}`);
      const scan = plan.find((step) => step.table === 'e');
      expect([scan?.key, /Using index/.test(scan?.Extra ?? '')]).toEqual(['IDX_talk_event_held_totals', true]);
    }
  });
});
