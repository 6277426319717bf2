import type { AfterQueryEvent } from 'typeorm';
import { makeIdNumber } from '@governance/kit';
import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { expectSummaryToMatchSource, summaryAndSource, type SummaryTable } from '@governance/testkit/summary-tables';
import { countResidentsByCommunity, countResidentsBySubDistrict } from '../src/loaders/resident-counts.loader';
import { communityCommittees } from '../src/subgraph';

const REGISTER = `mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { id } }`;
const MOVE = `mutation ($id: ID!, $to: ID!) { moveResident(id: $id, communityCode: $to) { id } }`;
const HUXI = '320571001000';
const [JINYI, SECOND] = ['320571001001', '320571001002'];

/**
 * Resident counts must not read the register's persons, or they grow with
 * it: they come from community_resident_total, which triggers on person
 * keep. Checked with the database's own plan of the statements the loaders
 * send, and the totals checked against a fresh COUNT(*) after every kind of
 * write to person, one at a time and many at once, on SQLite and MariaDB.
 */
describe('community-committees: resident totals kept by triggers', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(communityCommittees);
  });
  afterAll(() => solo.stop());

  const db = () => solo.subgraph.db;
  const sqlite = () => db().options.type === 'better-sqlite3';

  /** Each community and type with residents, as the totals hold them and as COUNT(*) finds them. */
  const RESIDENT_TOTALS: SummaryTable = {
    table: 'community_resident_total',
    source: 'person',
    keys: [
      ['community_code', 'community_code'],
      ['resident_type', 'resident_type'],
    ],
    figures: [['residents', 'COUNT(*)']],
  };
  const expectTotalsExact = () => expectSummaryToMatchSource(db(), RESIDENT_TOTALS);

  const residentsOf = async (code: string) => {
    const result = await solo.query<{ community: { residentCount: number } }>(`query ($code: ID!) { community(code: $code) { residentCount } }`, { code });
    expect(result.errors).toBeUndefined();
    return result.data!.community.residentCount;
  };

  /** The plan of each statement `run` sends, one line per table read. */
  async function plansOf(run: () => Promise<unknown>): Promise<string[]> {
    const statements: Array<{ sql: string; parameters: unknown[] }> = [];
    const subscriber = {
      afterQuery: (event: AfterQueryEvent) => void statements.push({ sql: event.query, parameters: Array.isArray(event.parameters) ? event.parameters : [] }),
    };
    db().subscribers.push(subscriber);
    try {
      await run();
    } finally {
      db().subscribers.splice(db().subscribers.indexOf(subscriber), 1);
    }
    expect(statements).toHaveLength(1);
    const plans: string[] = [];
    for (const { sql, parameters } of statements) {
      const steps = sqlite()
        ? (await db().query(`EXPLAIN QUERY PLAN ${sql}`, parameters)).map((step: { detail: string }) => step.detail)
        : (await db().query(`EXPLAIN ${sql}`, parameters)).map((step: { table: string; key: string | null; Extra: string }) => `${step.table} key=${step.key} ${step.Extra}`);
      plans.push(steps.join('\n'));
    }
    return plans;
  }

  it('counts the residents of communities by the totals primary key, never reading a person', async () => {
    const [plan] = await plansOf(() => countResidentsByCommunity(db(), [JINYI, SECOND]));
    expect(plan).not.toMatch(/person/i);
    if (sqlite()) expect(plan).toMatch(/^SEARCH t USING (INDEX sqlite_autoindex_community_resident_total_1|PRIMARY KEY) \(community_code=\?\)$/);
    else expect(plan).toMatch(/^t key=PRIMARY [^\n]*$/);
  });

  it('counts the residents of sub-districts from their communities and the totals, never reading a person', async () => {
    const [plan] = await plansOf(() => countResidentsBySubDistrict(db(), [HUXI]));
    expect(plan).not.toMatch(/person/i);
    const reads = plan.split('\n').filter((step) => /^(SEARCH|SCAN|\w+ key=)/.test(step));
    if (sqlite()) {
      expect(reads).toEqual([
        expect.stringMatching(/^SEARCH c USING (COVERING )?INDEX IDX_community_sub_district \(sub_district_code=\?\)$/),
        expect.stringMatching(/^SEARCH t USING (INDEX sqlite_autoindex_community_resident_total_1|PRIMARY KEY) \(community_code=\?\)$/),
      ]);
    } else {
      expect(reads).toEqual([expect.stringMatching(/^c key=IDX_community_sub_district /), expect.stringMatching(/^t key=PRIMARY /)]);
    }
  });

  it('holds after the seed what COUNT(*) finds, for every community and type', async () => {
    const { kept, counted } = await summaryAndSource(db(), RESIDENT_TOTALS);
    expect(counted.length).toBeGreaterThan(100);
    expect(kept).toEqual(counted);
    const [{ negative }] = await db().query('SELECT COUNT(*) AS negative FROM community_resident_total WHERE residents < 0');
    expect(Number(negative)).toBe(0);
  });

  it('follows a registration and a move through the mutations', async () => {
    const [jinyi, second] = [await residentsOf(JINYI), await residentsOf(SECOND)];
    const input = { idNumber: makeIdNumber('320571', '19750505', 61), name: '计数居民', phone: '13800005678', residentType: 'FOREIGN', communityCode: JINYI };
    const registered = await solo.query<{ registerResident: { id: string } }>(REGISTER, { input });
    expect(registered.errors).toBeUndefined();
    expect(await residentsOf(JINYI)).toBe(jinyi + 1);
    await expectTotalsExact();

    const moved = await solo.query(MOVE, { id: registered.data!.registerResident.id, to: SECOND });
    expect(moved.errors).toBeUndefined();
    expect([await residentsOf(JINYI), await residentsOf(SECOND)]).toEqual([jinyi, second + 1]);
    await expectTotalsExact();
  });

  it('follows a change of type, an update of neither column, and a delete', async () => {
    const [{ id }] = await db().query('SELECT id FROM person WHERE community_code = ? AND resident_type = ? ORDER BY id LIMIT 1', [JINYI, 'LOCAL']);
    await db().query(`UPDATE person SET resident_type = 'NEW_RESIDENT' WHERE id = ?`, [id]);
    await expectTotalsExact();
    await db().query(`UPDATE person SET resident_type = 'FOREIGN', community_code = ? WHERE id = ?`, [SECOND, id]);
    await expectTotalsExact();
    await db().query(`UPDATE person SET name = '改名' WHERE id = ?`, [id]);
    await expectTotalsExact();
    const before = await residentsOf(SECOND);
    // No mutation deletes a person; the seed's clean-up does.
    await db().query('DELETE FROM contact_assignment WHERE person_id = ?', [id]);
    await db().query('DELETE FROM person WHERE id = ?', [id]);
    expect(await residentsOf(SECOND)).toBe(before - 1);
    await expectTotalsExact();
  });

  it('comes out exact after 40 residents registered in one community at once, and 30 moves both ways at once', async () => {
    const before = await residentsOf(JINYI);
    const registered = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        solo.query<{ registerResident: { id: string } }>(REGISTER, {
          input: { idNumber: makeIdNumber('320571', '19800101', 100 + index), name: `并发${index}`, phone: '13800001111', residentType: 'NEW_RESIDENT', communityCode: JINYI },
        }),
      ),
    );
    expect(registered.map((result) => result.errors)).toEqual(registered.map(() => undefined));
    expect(await residentsOf(JINYI)).toBe(before + 40);
    await expectTotalsExact();

    // Opposite moves lock the same two totals: in one order for both, or they deadlock.
    const there = registered.slice(0, 15).map((result) => result.data!.registerResident.id);
    const back: Array<{ id: string }> = await db().query('SELECT id FROM person WHERE community_code = ? ORDER BY id LIMIT 15', [SECOND]);
    const [jinyi, second] = [await residentsOf(JINYI), await residentsOf(SECOND)];
    const moves = await Promise.all([...there.map((id) => solo.query(MOVE, { id, to: SECOND })), ...back.map(({ id }) => solo.query(MOVE, { id, to: JINYI }))]);
    expect(moves.map((result) => result.errors)).toEqual(moves.map(() => undefined));
    expect([await residentsOf(JINYI), await residentsOf(SECOND)]).toEqual([jinyi, second]);
    await expectTotalsExact();
  });
});
