import { ENTITIES_QUERY, startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { industryAssociations } from '../src/subgraph';
import { BILUOCHUN, CHAMBER, TEA_ASSOCIATION, TEA_GROWERS, core } from './support/fixtures';

type Roster = {
  association: {
    name: string;
    kind: string;
    memberships: { totalCount: number; nodes: Array<{ since: string; role: string; enterprise: { creditCode: string } | null }>; pageInfo: { hasNextPage: boolean } };
    certificationMarks: Array<{ registrationNumber: string; name: string; kind: string }>;
    serviceContracts: Array<{ service: string; method: string; amountYuan: number; purchaser: string; community: { code: string } | null }>;
  };
};

describe('industry-associations on its own', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(industryAssociations);
  });
  afterAll(() => solo.stop());

  it('lists associations by kind with a total', async () => {
    const all = await solo.query<{ associations: { totalCount: number; nodes: Array<{ creditCode: string; name: string; kind: string }> } }>(
      `{ associations(first: 100) { totalCount nodes { creditCode name kind } } }`,
    );
    expect(all.data!.associations.totalCount).toBe(3);
    const tea = all.data!.associations.nodes.find((node) => node.name === '吴中区洞庭山碧螺春茶叶协会')!;
    expect(tea.kind).toBe('INDUSTRY_ASSOCIATION');
    expect(tea.creditCode.startsWith('51')).toBe(true);
    const safety = await solo.query<{ associations: { totalCount: number } }>(`{ associations(kind: SAFETY_PROMOTION) { totalCount } }`);
    expect(safety.data!.associations.totalCount).toBe(1);
    const one = await solo.query<{ association: { name: string } }>(`query ($c: ID!) { association(creditCode: $c) { name } }`, { c: tea.creditCode });
    expect(one.data!.association.name).toBe(tea.name);
  });

  it('refuses a malformed credit code', async () => {
    const result = await solo.query(`{ association(creditCode: "51-bad") { name } }`);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
  });

  it('answers the roster: members with since and role, the marks held and the contracts won', async () => {
    const query = `query ($c: ID!) { association(creditCode: $c) {
      name kind
      memberships(first: 100) { totalCount nodes { since role enterprise { creditCode } } pageInfo { hasNextPage } }
      certificationMarks { registrationNumber name kind }
      serviceContracts { service method amountYuan purchaser community { code } }
    } }`;
    const tea = await solo.query<Roster>(query, { c: TEA_ASSOCIATION });
    expect(tea.errors).toBeUndefined();
    const roster = tea.data!.association;
    expect(roster.memberships.totalCount).toBe(TEA_GROWERS.length);
    expect(roster.memberships.nodes.map((node) => node.enterprise!.creditCode).sort()).toEqual([...TEA_GROWERS].sort());
    expect(roster.memberships.pageInfo.hasNextPage).toBe(false);
    const sinces = roster.memberships.nodes.map((node) => node.since);
    expect(sinces).toEqual([...sinces].sort());
    expect(roster.certificationMarks).toEqual([{ registrationNumber: BILUOCHUN, name: '洞庭山碧螺春', kind: 'GEOGRAPHICAL_INDICATION_CERTIFICATION' }]);
    expect(roster.serviceContracts).toEqual([]);

    const chamber = (await solo.query<Roster>(query, { c: CHAMBER })).data!.association;
    expect(chamber.kind).toBe('CHAMBER_OF_COMMERCE');
    // Canglang's four purchases: each method once, the three services of the document.
    expect(chamber.serviceContracts.map((contract) => contract.method).sort()).toEqual(['ENTRUSTED_MANAGEMENT', 'PROJECT_APPLICATION', 'PROJECT_CONTRACTING', 'PUBLIC_TENDER']);
    expect(new Set(chamber.serviceContracts.map((contract) => contract.service))).toEqual(new Set(['OUTDOOR_ADVERTISING', 'ELDERLY_CARE', 'CITY_APPEARANCE_AND_SANITATION']));
    for (const contract of chamber.serviceContracts) {
      expect(contract.purchaser).toBe('沧浪区人民政府');
      expect(['320502001001', '320502001002']).toContain(contract.community!.code);
    }
  });

  it('seeds only keys that the data set holds', async () => {
    const enterprises = new Set(core.enterprises.map((enterprise) => enterprise.creditCode));
    const communities = new Set(core.communities.map((community) => community.code));
    const members: Array<{ code: string }> = await solo.subgraph.db.query(
      'SELECT enterprise_credit_code AS code FROM membership UNION SELECT enterprise_credit_code FROM mark_authorisation',
    );
    expect(members.length).toBeGreaterThan(10);
    for (const row of members) expect(enterprises.has(row.code)).toBe(true);
    const places: Array<{ code: string }> = await solo.subgraph.db.query(
      'SELECT community_code AS code FROM service_contract UNION SELECT community_code FROM safe_community_designation',
    );
    expect(places.length).toBeGreaterThan(3);
    for (const row of places) expect(communities.has(row.code)).toBe(true);
  });

  it('resolves Association and CertificationMark references, null for unknown keys, in order', async () => {
    const representations = [
      { __typename: 'CertificationMark', registrationNumber: BILUOCHUN },
      { __typename: 'Association', creditCode: CHAMBER },
      { __typename: 'Association', creditCode: '51320506MA00000000' },
      { __typename: 'CertificationMark', registrationNumber: '99999999' },
    ];
    const result = await solo.query<{ _entities: Array<{ name: string; holder?: { name: string } } | null> }>(
      ENTITIES_QUERY('... on CertificationMark { name holder { name } } ... on Association { name }'),
      { representations },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([{ name: '洞庭山碧螺春', holder: { name: '吴中区洞庭山碧螺春茶叶协会' } }, { name: '沧浪区总商会' }, null, null]);
  });
});
