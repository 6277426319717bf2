import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { publicSecurity } from '../src/subgraph';

/**
 * Talk-event aggregates must not read every event of their range, or they
 * grow with the data far faster than their answers. Checked with the
 * database's own plan (the statements the resolvers send), and the per-day
 * sums the triggers keep checked against the events, on SQLite and MariaDB.
 */
describe('public-security: query plans and the per-day talk-event sums', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(publicSecurity);
  });
  afterAll(() => solo.stop());

  const sqlite = () => solo.subgraph.db.options.type === 'better-sqlite3';
  const explain = async (sql: string): Promise<string> => {
    if (sqlite()) return (await solo.subgraph.db.query(`EXPLAIN QUERY PLAN ${sql}`)).map((step: { detail: string }) => step.detail).join('\n');
    return (await solo.subgraph.db.query(`EXPLAIN ${sql}`))
      .map((step: { table: string; key: string | null; Extra: string }) => `${step.table} key=${step.key} ${step.Extra}`)
      .join('\n');
  };

  it('answers TalkEventStats by year from the per-day sums, by their primary key, never from the events', async () => {
    const plan = await explain(`SELECT SUBSTR(d.held_on, 1, 4) AS period, SUM(d.events) AS events, SUM(d.officers_deployed) AS officers, SUM(d.people_helped) AS helped
      FROM talk_event_day_total d WHERE d.held_on BETWEEN '2010-01-01' AND '2011-12-31' GROUP BY SUBSTR(d.held_on, 1, 4) HAVING SUM(d.events) > 0`);
    expect(plan).not.toMatch(/talk_event\b(?!_day)/);
    if (sqlite()) expect(plan).toMatch(/SEARCH d USING (INDEX sqlite_autoindex_talk_event_day_total_1|PRIMARY KEY)/);
    else expect(plan).toMatch(/^d key=PRIMARY /m);
  });

  it('sums a date range of events (talkEvents totals) from the covering index alone', async () => {
    const plan = await explain(`SELECT COUNT(*) AS events, COALESCE(SUM(e.officers_deployed), 0) AS officers, COALESCE(SUM(e.people_helped), 0) AS helped
      FROM talk_event e WHERE e.held_on >= '2010-01-01' AND e.held_on <= '2011-12-31'`);
    if (sqlite()) expect(plan).toMatch(/USING COVERING INDEX IDX_talk_event_held_totals/);
    else expect(plan).toMatch(/^e key=IDX_talk_event_held_totals .*Using index/m);
  });

  it.each([
    ['community_code', 'IDX_talk_event_community_held_totals'],
    ['station_id', 'IDX_talk_event_station_held_totals'],
  ])("counts and sums a batch's talk events per %s (talkEvents totals) from the covering index alone", async (column, index) => {
    const [{ grp }] = await solo.subgraph.db.query(`SELECT ${column} AS grp FROM talk_event ORDER BY id LIMIT 1`);
    const plan = await explain(`SELECT e.${column} AS grp, COUNT(*) AS events, COALESCE(SUM(e.officers_deployed), 0) AS officers, COALESCE(SUM(e.people_helped), 0) AS helped
      FROM talk_event e WHERE e.${column} IN ('${String(grp)}', 'none') GROUP BY e.${column}`);
    if (sqlite()) expect(plan).toMatch(new RegExp(`USING COVERING INDEX ${index}`));
    else expect(plan).toMatch(new RegExp(`^e key=${index} .*Using index`, 'm'));
  });

  it('keeps the per-day sums equal to the events through the seed and through inserts, updates and deletes', async () => {
    const { db } = solo.subgraph;
    const totals = async () => (await db.query('SELECT SUM(events) AS events, SUM(officers_deployed) AS officers, SUM(people_helped) AS helped FROM talk_event_day_total'))[0];
    const direct = async () => (await db.query('SELECT COUNT(*) AS events, SUM(officers_deployed) AS officers, SUM(people_helped) AS helped FROM talk_event'))[0];
    const numbers = (row: Record<string, unknown>) => Object.values(row).map(Number);
    expect(numbers(await totals())).toEqual(numbers(await direct()));
    expect(Number((await direct()).events)).toBeGreaterThan(20_000);

    const [{ station_id: station, community_code: community }] = await db.query('SELECT station_id, community_code FROM talk_event ORDER BY id LIMIT 1');
    const day = async () => numbers((await db.query("SELECT events, officers_deployed, people_helped FROM talk_event_day_total WHERE held_on = '2012-02-29'"))[0] ?? {});
    const insert = (id: string, officers: number) =>
      db.query(
        `INSERT INTO talk_event (id, held_on, station_id, community_code, topic, officers_deployed, attendees, people_helped) VALUES (?, '2012-02-29', ?, ?, 'trigger check', ?, 10, 5)`,
        [id, station, community, officers],
      );
    await insert('TE-20120229-9001', 3);
    await insert('TE-20120229-9002', 2);
    expect(await day()).toEqual([2, 5, 10]);
    await db.query("UPDATE talk_event SET officers_deployed = 7 WHERE id = 'TE-20120229-9001'");
    expect(await day()).toEqual([2, 9, 10]);
    await db.query("DELETE FROM talk_event WHERE id IN ('TE-20120229-9001', 'TE-20120229-9002')");
    expect(await day()).toEqual([0, 0, 0]);
    expect(numbers(await totals())).toEqual(numbers(await direct()));
  });
});
