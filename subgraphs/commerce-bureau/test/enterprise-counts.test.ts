import { makeCreditCode } from '@governance/kit';
import { expectEnterpriseCountsToMatchRegistry } from '@governance/testkit/enterprise-counts';
import { ENTITIES_QUERY, startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { SummariseEnterpriseCounts1796419200000 } from '../src/migrations/1796419200000-SummariseEnterpriseCounts';
import { commerceBureau } from '../src/subgraph';

const COUNTS = ENTITIES_QUERY('... on Community { code enterprises(first: 1) { totalCount } enterprisesByLicenseStatus { status count } }');
const CHANGE = `mutation ($creditCode: ID!, $status: LicenseStatus!) { changeLicenseStatus(creditCode: $creditCode, status: $status, reason: "计数检查") { licenseStatus } }`;

interface CommunityCounts {
  code: string;
  enterprises: { totalCount: number };
  enterprisesByLicenseStatus: Array<{ status: string; count: number }>;
}

/**
 * Enterprise counts (Community.enterprises' totalCount, the counts per
 * licence status of a community and of the registry) read the counts the
 * enterprise triggers keep, not the registry: checked against a GROUP BY over
 * the registry after the seed and through every kind of write, on SQLite and
 * MariaDB, including writes at once that race to make a count's row or lock
 * two rows in opposite orders.
 */
describe('commerce-bureau: the enterprise counts the triggers keep', () => {
  let solo: SoloSubgraph;
  let serial = 0;
  beforeAll(async () => {
    solo = await startSoloSubgraph(commerceBureau);
  });
  afterAll(() => solo.stop());

  const db = () => solo.subgraph.db;
  const sqlite = () => db().options.type === 'better-sqlite3';
  const insert = (community: string, status = 'ACTIVE') => {
    serial += 1;
    const creditCode = makeCreditCode('91', '320571', `TC${String(serial).padStart(6, '0')}`);
    return db()
      .query(
        `INSERT INTO enterprise (credit_code, name, kind, industry, license_status, established_on, community_code) VALUES (?, ?, 'COMPANY', 'MANUFACTURING', ?, '2010-01-01', ?)`,
        [creditCode, `计数企业${serial}`, status, community],
      )
      .then(() => creditCode);
  };
  const kept = async (community: string): Promise<Record<string, number>> =>
    Object.fromEntries(
      (await db().query('SELECT license_status AS status, enterprises FROM community_enterprise_total WHERE community_code = ?', [community])).map(
        (row: { status: string; enterprises: string | number }) => [row.status, Number(row.enterprises)],
      ),
    );
  const communityWithMostEnterprises = async (): Promise<string> =>
    (await db().query('SELECT community_code AS code FROM enterprise GROUP BY community_code ORDER BY COUNT(*) DESC, community_code LIMIT 1'))[0].code;

  it("answers every community's totalCount and counts per status, and the registry's, as a GROUP BY over the registry counts them", async () => {
    await expectEnterpriseCountsToMatchRegistry(db());
    const direct: Array<{ code: string; status: string; count: string | number }> = await db().query(
      'SELECT community_code AS code, license_status AS status, COUNT(*) AS count FROM enterprise GROUP BY community_code, license_status ORDER BY community_code, license_status',
    );
    const codes = [...new Set(direct.map((row) => row.code))];
    expect(codes.length).toBeGreaterThan(30);
    const result = await solo.query<{ _entities: CommunityCounts[] }>(COUNTS, { representations: [...codes, '320571999999'].map((code) => ({ __typename: 'Community', code })) });
    expect(result.errors).toBeUndefined();
    const expected = [...codes, '320571999999'].map((code) => {
      const statuses = direct.filter((row) => row.code === code).map((row) => ({ status: row.status, count: Number(row.count) }));
      return { code, enterprises: { totalCount: statuses.reduce((sum, row) => sum + row.count, 0) }, enterprisesByLicenseStatus: statuses };
    });
    expect(result.data!._entities).toEqual(expected);

    const registry = await solo.query<{ licenseStatusCounts: Array<{ status: string; count: number }> }>('{ licenseStatusCounts { status count } }');
    const byStatus: Array<{ status: string; count: string | number }> = await db().query(
      'SELECT license_status AS status, COUNT(*) AS count FROM enterprise GROUP BY license_status ORDER BY license_status',
    );
    expect(registry.data!.licenseStatusCounts).toEqual(byStatus.map((row) => ({ status: row.status, count: Number(row.count) })));
  });

  it('keeps the counts through an insert, a licence change (the mutation), a move to another community and a delete, and leaves out a status that fell to zero', async () => {
    const [home, other] = ['320571998001', '320571998002'];
    const creditCode = await insert(home);
    expect(await kept(home)).toEqual({ ACTIVE: 1 });
    const changed = await solo.query<{ changeLicenseStatus: { licenseStatus: string } }>(CHANGE, { creditCode, status: 'REVOKED' });
    expect(changed.errors).toBeUndefined();
    expect(await kept(home)).toEqual({ ACTIVE: 0, REVOKED: 1 });
    const counts = await solo.query<{ _entities: CommunityCounts[] }>(COUNTS, { representations: [{ __typename: 'Community', code: home }] });
    expect(counts.data!._entities).toEqual([{ code: home, enterprises: { totalCount: 1 }, enterprisesByLicenseStatus: [{ status: 'REVOKED', count: 1 }] }]);
    // A new name is no change of community or status: the counts are left alone.
    await db().query("UPDATE enterprise SET name = '计数企业改名' WHERE credit_code = ?", [creditCode]);
    expect(await kept(home)).toEqual({ ACTIVE: 0, REVOKED: 1 });
    await db().query('UPDATE enterprise SET community_code = ? WHERE credit_code = ?', [other, creditCode]);
    expect([await kept(home), await kept(other)]).toEqual([{ ACTIVE: 0, REVOKED: 0 }, { REVOKED: 1 }]);
    await expectEnterpriseCountsToMatchRegistry(db());
    // The licence history refers to the enterprise; an operator removing it removes its history first.
    await db().query('DELETE FROM license_event WHERE enterprise_credit_code = ?', [creditCode]);
    await db().query('DELETE FROM enterprise WHERE credit_code = ?', [creditCode]);
    expect(await kept(other)).toEqual({ REVOKED: 0 });
    await expectEnterpriseCountsToMatchRegistry(db());
  });

  it('counts 20 enterprises inserted at once into a community that had none, each count row made once', async () => {
    const community = '320571998003';
    // Separate statements on separate connections (MariaDB's pool), each its own transaction: all race to make the one row.
    const inserted = await Promise.allSettled(Array.from({ length: 20 }, () => insert(community)));
    expect(inserted.filter((result): result is PromiseRejectedResult => result.status === 'rejected').map((result) => String(result.reason))).toEqual([]);
    expect(await kept(community)).toEqual({ ACTIVE: 20 });
    await expectEnterpriseCountsToMatchRegistry(db());
  });

  it('keeps every count exact when enterprises change status in opposite directions at once, without a deadlock', async () => {
    const community = await communityWithMostEnterprises();
    const active = await Promise.all(Array.from({ length: 12 }, () => insert(community, 'ACTIVE')));
    const suspended = await Promise.all(Array.from({ length: 12 }, () => insert(community, 'SUSPENDED')));
    const before = await kept(community);
    // Each statement holds its locks for microseconds, so the changes go back and forth for several rounds; every one
    // takes the (community, ACTIVE) and (community, SUSPENDED) rows, half of them from each side.
    const failures: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      const [first, second] = round % 2 === 0 ? ['SUSPENDED', 'ACTIVE'] : ['ACTIVE', 'SUSPENDED'];
      const changed = await Promise.allSettled([
        ...active.map((code) => db().query('UPDATE enterprise SET license_status = ? WHERE credit_code = ?', [first, code])),
        ...suspended.map((code) => db().query('UPDATE enterprise SET license_status = ? WHERE credit_code = ?', [second, code])),
      ]);
      failures.push(...changed.filter((result): result is PromiseRejectedResult => result.status === 'rejected').map((result) => String(result.reason)));
    }
    expect(failures).toEqual([]);
    expect(await kept(community)).toEqual(before);
    await expectEnterpriseCountsToMatchRegistry(db());
  });

  it('reads a batch of communities’ counts by the primary key of the kept counts, never from the registry', async () => {
    const sql = 'SELECT community_code, SUM(enterprises) FROM community_enterprise_total WHERE enterprises > 0 AND community_code IN (?, ?) GROUP BY community_code';
    const plan = sqlite()
      ? (await db().query(`EXPLAIN QUERY PLAN ${sql}`, ['320571001001', '320571001002'])).map((step: { detail: string }) => step.detail).join('\n')
      : (await db().query(`EXPLAIN ${sql}`, ['320571001001', '320571001002'])).map((step: { table: string; key: string | null }) => `${step.table} key=${step.key}`).join('\n');
    expect(plan).not.toMatch(/\benterprise\b/);
    expect(plan).toMatch(
      sqlite()
        ? /SEARCH .*community_enterprise_total.* USING (PRIMARY KEY|INDEX sqlite_autoindex_community_enterprise_total_1) \(community_code=\?\)/
        : /community_enterprise_total key=PRIMARY/,
    );
  });

  it('drops the counts and their triggers on the way down, and fills them from the registry on the way up', async () => {
    const migration = new SummariseEnterpriseCounts1796419200000();
    const runner = db().createQueryRunner();
    const community = await communityWithMostEnterprises();
    try {
      await migration.down(runner);
      expect(await runner.hasTable('community_enterprise_total')).toBe(false);
      // A trigger left behind would fail this write for want of its table.
      await insert(community);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    await expectEnterpriseCountsToMatchRegistry(db());
  });
});
