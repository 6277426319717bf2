import { makeCreditCode, personPseudonym } from '@governance/kit';
import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { commerceBureau } from '../src/subgraph';
import { dataset, enterpriseNamed } from './support';

// The key startTestSubgraph runs with (NODE_ENV=test, no PERSON_PSEUDONYM_KEY).
const PSEUDONYM_KEY = 'development-only-pseudonym-key';

const PROFILE = `query ($creditCode: ID!) {
  enterprise(creditCode: $creditCode) {
    creditCode name kind industry licenseStatus establishedOn registeredCapitalYuan
    legalRepresentative { id }
    community { code }
    enforcementCases { id openedOn kind outcome fineYuan closedOn enterprise { name } }
    emissionAgreement { signedOn reductionTargetTonnes pilot }
    stall { number }
    licenseHistory { fromStatus toStatus reason changedOn }
  }
}`;

interface Profile {
  creditCode: string;
  name: string;
  licenseStatus: string;
  legalRepresentative: { id: string } | null;
  community: { code: string };
  enforcementCases: Array<{ id: string; openedOn: string; kind: string; outcome: string; fineYuan: number | null; closedOn: string | null; enterprise: { name: string } }>;
  emissionAgreement: { signedOn: string; reductionTargetTonnes: number; pilot: string } | null;
  stall: { number: number } | null;
  licenseHistory: Array<{ fromStatus: string | null; toStatus: string; reason: string; changedOn: string }>;
}

describe('commerce-bureau: the enterprise profile', () => {
  let solo: SoloSubgraph;
  const profile = async (name: string) => {
    const result = await solo.query<{ enterprise: Profile }>(PROFILE, { creditCode: enterpriseNamed(name).creditCode });
    expect(result.errors).toBeUndefined();
    return result.data!.enterprise;
  };
  beforeAll(async () => {
    solo = await startSoloSubgraph(commerceBureau);
  });
  afterAll(() => solo.stop());

  it('serves a manufacturer of the carbon-emission pilot with its legal representative and agreement', async () => {
    const record = enterpriseNamed('苏州工业园区星海光电有限公司');
    const enterprise = await profile(record.name);
    expect(enterprise).toMatchObject({ creditCode: record.creditCode, name: record.name, licenseStatus: 'ACTIVE', community: { code: '320571001001' } });
    expect(enterprise.legalRepresentative).toEqual({ id: personPseudonym(record.legalRepresentativeIdNumber!, PSEUDONYM_KEY) });
    expect(enterprise.emissionAgreement).toEqual({ signedOn: '2010-09-16', reductionTargetTonnes: 12_500, pilot: '苏州工业园区碳排放交易试点' });
    expect(enterprise.enforcementCases).toEqual([]);
    expect(enterprise.stall).toBeNull();
    expect(enterprise.licenseHistory).toEqual([{ fromStatus: null, toStatus: 'ACTIVE', reason: '设立登记', changedOn: record.establishedOn }]);
  });

  it('shows the unlicensed plastic-pellet workshop closed down, with a history that explains UNLICENSED', async () => {
    const enterprise = await profile('度假区塑料颗粒加工厂');
    expect(enterprise.licenseStatus).toBe('UNLICENSED');
    expect(enterprise.legalRepresentative).toBeNull();
    expect(enterprise.enforcementCases).toEqual([
      expect.objectContaining({
        kind: 'UNLICENSED_OPERATION',
        outcome: 'CLOSED_DOWN',
        fineYuan: 20_000,
        openedOn: '2010-05-18',
        closedOn: '2010-06-30',
        enterprise: { name: '度假区塑料颗粒加工厂' },
      }),
    ]);
    expect(enterprise.licenseHistory.map((change) => change.toStatus)).toEqual(['UNLICENSED']);
  });

  it('gives every enterprise a licence history that ends in its current status', async () => {
    type Page = {
      enterprises: {
        nodes: Array<{ licenseStatus: string; licenseHistory: Array<{ fromStatus: string | null; toStatus: string }> }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const nodes: Page['enterprises']['nodes'] = [];
    let after: string | null = null;
    do {
      const result: { data?: Page | null } = await solo.query<Page>(
        `query ($after: String) { enterprises(first: 500, after: $after) { nodes { licenseStatus licenseHistory { fromStatus toStatus } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      nodes.push(...result.data!.enterprises.nodes);
      after = result.data!.enterprises.pageInfo.hasNextPage ? result.data!.enterprises.pageInfo.endCursor : null;
    } while (after !== null);
    expect(nodes).toHaveLength(dataset.enterprises.length);
    for (const node of nodes) {
      expect(node.licenseHistory[0].fromStatus).toBeNull();
      expect(node.licenseHistory.at(-1)!.toStatus).toBe(node.licenseStatus);
    }
    const suspended = await profile('苏州新塑再生资源有限公司');
    expect(suspended.licenseHistory.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, 'ACTIVE'],
      ['ACTIVE', 'SUSPENDED'],
    ]);
  });

  it('counts enterprises per licence status in SQL, as the data set has them', async () => {
    const expected = new Map<string, number>();
    for (const enterprise of dataset.enterprises) expected.set(enterprise.licenseStatus, (expected.get(enterprise.licenseStatus) ?? 0) + 1);
    const result = await solo.query<{ licenseStatusCounts: Array<{ status: string; count: number }> }>(`{ licenseStatusCounts { status count } }`);
    expect(result.data!.licenseStatusCounts).toEqual([...expected].map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status)));
    const suspended = await solo.query<{ enterprises: { totalCount: number; nodes: Array<{ name: string }> } }>(
      `{ enterprises(licenseStatus: SUSPENDED, first: 500) { totalCount nodes { name } } }`,
    );
    const names = dataset.enterprises.filter((enterprise) => enterprise.licenseStatus === 'SUSPENDED').map((enterprise) => ({ name: enterprise.name }));
    expect(suspended.data!.enterprises.totalCount).toBe(expected.get('SUSPENDED'));
    expect([...suspended.data!.enterprises.nodes].sort((a, b) => a.name.localeCompare(b.name))).toEqual(names.sort((a, b) => a.name.localeCompare(b.name)));
    expect(suspended.data!.enterprises.nodes).toContainEqual({ name: '苏州新塑再生资源有限公司' });
  });

  it('pages through enforcement cases in filing order, filtered by kind, with SQL totals', async () => {
    const all = await solo.query<{ enforcementCases: { totalCount: number; nodes: Array<{ id: string; openedOn: string }> } }>(
      `{ enforcementCases(first: 100) { totalCount nodes { id openedOn } } }`,
    );
    const openedOn = all.data!.enforcementCases.nodes.map((node) => node.openedOn);
    expect(openedOn).toEqual([...openedOn].sort());
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        data?: { enforcementCases: { nodes: Array<{ id: string; kind: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean }; totalCount: number } } | null;
      } = await solo.query(
        `query ($after: String) { enforcementCases(first: 2, after: $after, kind: TRADEMARK_INFRINGEMENT) { totalCount nodes { id kind } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      const connection = page.data!.enforcementCases;
      expect(connection.totalCount).toBe(3);
      for (const node of connection.nodes) expect(node.kind).toBe('TRADEMARK_INFRINGEMENT');
      seen.push(...connection.nodes.map((node) => node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after !== null);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    const bad = await solo.query(`{ enforcementCases(after: "${Buffer.from('c1:abc').toString('base64url')}") { totalCount } }`);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('resolves Enterprise references, null for an unknown credit code', async () => {
    const known = enterpriseNamed('苏州翰林精密制造有限公司');
    const result = await solo.query<{ _entities: Array<{ name: string; emissionAgreement: { signedOn: string } | null } | null> }>(
      ENTITIES_QUERY('... on Enterprise { name emissionAgreement { signedOn } }'),
      {
        representations: [
          { __typename: 'Enterprise', creditCode: known.creditCode },
          { __typename: 'Enterprise', creditCode: '91320571MA1M00000X' },
        ],
      },
    );
    expect(result.data!._entities).toEqual([{ name: known.name, emissionAgreement: { signedOn: '2010-09-16' } }, null]);
  });

  it('answers an unknown credit code with NOT_FOUND', async () => {
    const unknown = makeCreditCode('91', '320571', 'MA1M9999');
    expect(dataset.enterprises.some((enterprise) => enterprise.creditCode === unknown)).toBe(false);
    const result = await solo.query(`{ enterprise(creditCode: "${unknown}") { name } }`);
    expect(result.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
