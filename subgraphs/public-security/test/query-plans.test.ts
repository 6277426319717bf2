import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { expectTalkEventSummariesToMatchEvents } from '@governance/testkit/talk-event-summaries';
import { CommunityTalkEventYearTotal, StationTalkEventYearTotal } from '../src/entities/talk-event-year-total.entity';
import { TalkEvent } from '../src/entities/talk-event.entity';
import { talkEventTotalsByGroupQuery } from '../src/loaders/talk-event-totals';
import { SummariseTalkEventGroupYears1796246400000 } from '../src/migrations/1796246400000-SummariseTalkEventGroupYears';
import { OrderTalkEventDayLocks1796332800000 } from '../src/migrations/1796332800000-OrderTalkEventDayLocks';
import { publicSecurity } from '../src/subgraph';
import { JINYI } from './helpers';

/**
 * Talk-event aggregates must not read every event of their range, or they
 * grow with the data far faster than their answers. Checked with the
 * database's own plan (the statements the resolvers send), and the sums the
 * triggers keep (per day, per community and year, per station and year)
 * checked against the events, on SQLite and MariaDB.
 */
describe('public-security: query plans and the talk-event sums the triggers keep', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(publicSecurity);
  });
  afterAll(() => solo.stop());

  const sqlite = () => solo.subgraph.db.options.type === 'better-sqlite3';
  const explain = async (sql: string, parameters: unknown[] = []): Promise<string> => {
    if (sqlite()) return (await solo.subgraph.db.query(`EXPLAIN QUERY PLAN ${sql}`, parameters)).map((step: { detail: string }) => step.detail).join('\n');
    return (await solo.subgraph.db.query(`EXPLAIN ${sql}`, parameters))
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

  it("sums one community's events of a date range (an analyst's talkEvents list) from the covering index alone", async () => {
    const plan = await explain(`SELECT COUNT(*) AS events, COALESCE(SUM(e.officers_deployed), 0) AS officers, COALESCE(SUM(e.people_helped), 0) AS helped
      FROM talk_event e WHERE e.held_on >= '2010-01-01' AND e.held_on <= '2011-06-30' AND e.community_code = '${JINYI}'`);
    if (sqlite()) expect(plan).toMatch(/USING COVERING INDEX IDX_talk_event_community_held_totals/);
    else expect(plan).toMatch(/^e key=IDX_talk_event_community_held_totals .*Using index/m);
  });

  it.each([
    ['community', 2010, 'communityCode', CommunityTalkEventYearTotal],
    ['community', null, 'communityCode', CommunityTalkEventYearTotal],
    ['station', 2010, 'stationId', StationTalkEventYearTotal],
    ['station', null, 'stationId', StationTalkEventYearTotal],
  ] as const)("sums a batch's talkEvents per %s (year: %s) from the per-year sums, by their primary key, never from the events", async (_kind, year, property, entity) => {
    const { db } = solo.subgraph;
    const [first] = await db.getRepository(TalkEvent).find({ order: { id: 'ASC' }, take: 1 });
    const [sql, parameters] = talkEventTotalsByGroupQuery(db.getRepository(entity), property, [first[property], 'none'], year).getQueryAndParameters();
    const plan = await explain(sql, parameters);
    expect(plan).not.toMatch(/\btalk_event\b/);
    const table = db.getRepository(entity).metadata.tableName;
    if (sqlite()) expect(plan).toMatch(new RegExp(`SEARCH t USING (INDEX sqlite_autoindex_${table}_1|PRIMARY KEY) \\(\\w+=\\?${year === null ? '' : ' AND year=\\?'}\\)`));
    else expect(plan).toMatch(/^t key=PRIMARY /m);
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

  it('keeps the per-year sums of communities and stations equal to the events through the seed, an insert, a move to another community, station and year, and a delete', async () => {
    const { db } = solo.subgraph;
    await expectTalkEventSummariesToMatchEvents(db);
    const [from, to]: Array<{ station_id: string; community_code: string }> = await db.query(
      'SELECT MIN(station_id) AS station_id, MIN(community_code) AS community_code FROM talk_event GROUP BY station_id ORDER BY station_id LIMIT 2',
    );
    expect(to.community_code).not.toBe(from.community_code);
    const figures = async (table: string, column: string, group: string, year: number) =>
      (await db.query(`SELECT events, officers_deployed, people_helped FROM ${table} WHERE ${column} = ? AND year = ?`, [group, year])).flatMap((row: Record<string, unknown>) =>
        Object.values(row).map(Number),
      );
    const community = (group: string, year: number) => figures('talk_event_community_year_total', 'community_code', group, year);
    const station = (group: string, year: number) => figures('talk_event_station_year_total', 'station_id', group, year);

    await db.query(
      `INSERT INTO talk_event (id, held_on, station_id, community_code, topic, officers_deployed, attendees, people_helped) VALUES ('TE-20120301-9001', '2012-03-01', ?, ?, 'trigger check', 3, 10, 5)`,
      [from.station_id, from.community_code],
    );
    expect([await community(from.community_code, 2012), await station(from.station_id, 2012)]).toEqual([
      [1, 3, 5],
      [1, 3, 5],
    ]);
    await expectTalkEventSummariesToMatchEvents(db);

    const before = [await community(to.community_code, 2010), await station(to.station_id, 2010)];
    expect(before.map((row) => row.length)).toEqual([3, 3]);
    await db.query("UPDATE talk_event SET held_on = '2010-03-01', station_id = ?, community_code = ?, officers_deployed = 7 WHERE id = 'TE-20120301-9001'", [
      to.station_id,
      to.community_code,
    ]);
    expect([await community(from.community_code, 2012), await station(from.station_id, 2012)]).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    const plus = (row: number[]) => [row[0] + 1, row[1] + 7, row[2] + 5];
    expect([await community(to.community_code, 2010), await station(to.station_id, 2010)]).toEqual(before.map(plus));
    await expectTalkEventSummariesToMatchEvents(db);

    await db.query("DELETE FROM talk_event WHERE id = 'TE-20120301-9001'");
    expect([await community(to.community_code, 2010), await station(to.station_id, 2010)]).toEqual(before);
    await expectTalkEventSummariesToMatchEvents(db);
  });

  it('keeps every sum exact when events move between two days of two years in opposite directions at once, without a deadlock', async () => {
    const { db } = solo.subgraph;
    const [{ station_id: station, community_code: community }] = await db.query('SELECT station_id, community_code FROM talk_event ORDER BY id LIMIT 1');
    // New Year's Eve and Day: every move changes the day and the year, so it takes a per-day, a per-community-year and a
    // per-station-year row on each side, in the same order whichever way it goes.
    const days = ['2011-12-31', '2012-01-01'] as const;
    const ids = (day: string) => Array.from({ length: 12 }, (_, index) => `TE-${day.replaceAll('-', '')}-97${String(index).padStart(2, '0')}`);
    for (const day of days)
      for (const id of ids(day))
        await db.query(
          `INSERT INTO talk_event (id, held_on, station_id, community_code, topic, officers_deployed, attendees, people_helped) VALUES (?, ?, ?, ?, 'lock order check', 2, 10, 3)`,
          [id, day, station, community],
        );
    const sums = async () =>
      Promise.all(
        days.map(async (day) =>
          Object.values((await db.query('SELECT events, officers_deployed, people_helped FROM talk_event_day_total WHERE held_on = ?', [day]))[0]).map(Number),
        ),
      );
    const before = await sums();

    // Separate statements on separate connections (MariaDB's pool), each its own transaction: the way an operator's
    // correction would come, since no mutation moves a talk event.
    // Each statement holds its locks for microseconds, so the moves go back and forth for several rounds.
    const failures: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      const [from, to] = round % 2 === 0 ? days : [days[1], days[0]];
      const moved = await Promise.allSettled([
        ...ids(days[0]).map((id) => db.query('UPDATE talk_event SET held_on = ? WHERE id = ?', [to, id])),
        ...ids(days[1]).map((id) => db.query('UPDATE talk_event SET held_on = ? WHERE id = ?', [from, id])),
      ]);
      failures.push(...moved.filter((result): result is PromiseRejectedResult => result.status === 'rejected').map((result) => String(result.reason)));
    }
    expect(failures).toEqual([]);
    expect(await sums()).toEqual(before);
    await expectTalkEventSummariesToMatchEvents(db);

    await db.query(`DELETE FROM talk_event WHERE topic = 'lock order check'`);
    await expectTalkEventSummariesToMatchEvents(db);
  });

  it('restores the per-day update trigger it replaced on the way down, and keeps the sums through an update either way', async () => {
    const { db } = solo.subgraph;
    const migration = new OrderTalkEventDayLocks1796332800000();
    const runner = db.createQueryRunner();
    const move = (day: string) => db.query("UPDATE talk_event SET held_on = ?, people_helped = people_helped + 1 WHERE id = 'TE-20090409-0001'", [day]);
    try {
      await migration.down(runner);
      await move('2009-04-10');
      await expectTalkEventSummariesToMatchEvents(db);
      await migration.up(runner);
      await move('2009-04-09');
      await expectTalkEventSummariesToMatchEvents(db);
    } finally {
      await runner.release();
    }
  });

  it('drops the per-year sums and their triggers on the way down, and fills them from the events on the way up', async () => {
    const { db } = solo.subgraph;
    const migration = new SummariseTalkEventGroupYears1796246400000();
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      expect([await runner.hasTable('talk_event_community_year_total'), await runner.hasTable('talk_event_station_year_total')]).toEqual([false, false]);
      // A trigger left behind would fail this write for want of its table.
      await db.query("UPDATE talk_event SET officers_deployed = officers_deployed + 1 WHERE id = 'TE-20090409-0001'");
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    await expectTalkEventSummariesToMatchEvents(db);
  });
});
