import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { commerceBureau } from '../src/subgraph';
import { dataset, statementsFor } from './support';

const communityCodes = dataset.communities.map((community) => community.code);
// The first 500 (a full page) hold every enterprise with a stall, a case or an agreement.
const creditCodes = dataset.enterprises.slice(0, 500).map((enterprise) => enterprise.creditCode);
const communities = (codes: readonly string[]) => ({ representations: codes.map((code) => ({ __typename: 'Community', code })) });
const enterprises = (codes: readonly string[]) => ({ representations: codes.map((creditCode) => ({ __typename: 'Enterprise', creditCode })) });

describe('commerce-bureau: fan-out fields cost the same for few and many parents', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(commerceBureau);
  });
  afterAll(() => solo.stop());

  it('counts enterprises per licence status per community with one GROUP BY, as the data set has them', async () => {
    const result = await solo.query<{ _entities: Array<{ code: string; enterprisesByLicenseStatus: Array<{ status: string; count: number }> }> }>(
      ENTITIES_QUERY('... on Community { code enterprisesByLicenseStatus { status count } }'),
      communities(communityCodes),
    );
    expect(result.errors).toBeUndefined();
    for (const community of result.data!._entities) {
      const expected = new Map<string, number>();
      for (const enterprise of dataset.enterprises.filter((candidate) => candidate.communityCode === community.code)) {
        expected.set(enterprise.licenseStatus, (expected.get(enterprise.licenseStatus) ?? 0) + 1);
      }
      const sorted = [...expected].map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status));
      expect(community.enterprisesByLicenseStatus).toEqual(sorted);
    }
    const hongzhuang = result.data!._entities.find((community) => community.code === '320506003001')!;
    expect(hongzhuang.enterprisesByLicenseStatus).toEqual([
      // Its 368 manufacturers (the patrol's employers) and two tea growers.
      { status: 'ACTIVE', count: 370 },
      { status: 'SUSPENDED', count: 1 },
      { status: 'UNLICENSED', count: 1 },
    ]);
  });

  it('Community.enterprisesByLicenseStatus, venues and enterprises: 2 communities cost what all do', async () => {
    const query = ENTITIES_QUERY(
      '... on Community { enterprisesByLicenseStatus { status count } venues { stalls(first: 2) { totalCount } } enterprises(first: 3) { totalCount nodes { name } } }',
    );
    expect(communityCodes.length).toBeGreaterThan(5);
    // The two include Jinyi New Village, so the nested venue stalls are loaded in both cases.
    const few = await statementsFor(solo, query, communities(['320571002001', '320506003001']));
    const all = await statementsFor(solo, query, communities(communityCodes));
    expect(few).toBeGreaterThan(0);
    expect(all).toBe(few);
  });

  it('Enterprise.enforcementCases, emissionAgreement, stall and licenseHistory: 3 enterprises cost what 500 do', async () => {
    const query = ENTITIES_QUERY(
      '... on Enterprise { enforcementCases { id enterprise { name } } emissionAgreement { signedOn enterprise { name } } stall { number venue { name } } licenseHistory { toStatus } }',
    );
    expect(creditCodes.length).toBe(500);
    const few = await statementsFor(solo, query, enterprises(creditCodes.slice(0, 3)));
    const all = await statementsFor(solo, query, enterprises(creditCodes));
    expect(few).toBeGreaterThan(0);
    expect(all).toBe(few);
  });

  it('a page of enterprises with their profile fields costs the same for 3 and 500 nodes', async () => {
    const query = `query ($first: Int!) { enterprises(first: $first) { totalCount nodes { name enforcementCases { kind } emissionAgreement { pilot } stall { number } licenseHistory { toStatus } } } }`;
    expect(await statementsFor(solo, query, { first: 3 })).toBe(await statementsFor(solo, query, { first: creditCodes.length }));
  });
});
