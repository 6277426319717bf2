import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCreditCode, type RunningSubgraph } from '@governance/kit';
import { countRows } from '@governance/testkit/database';
import { startSoloSubgraph, startTestSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { communityCommittees } from '@governance/community-committees';
import { industryAssociations } from '../src/subgraph';
import { CHAMBER, withWrongCheckCharacter } from './support/fixtures';

const AWARD = `mutation ($input: AwardServiceContractInput!) {
  awardServiceContract(input: $input) { id service method amountYuan purchaser startsOn endsOn provider { name } community { code } }
}`;
const DESIGNATE = `mutation ($input: DesignateSafeCommunityInput!) { designateSafeCommunity(input: $input) { id level status year community { code } } }`;
const NANYUAN = '320502001002';
const CONTRACT = {
  purchaser: '沧浪区人民政府',
  providerCreditCode: CHAMBER,
  service: 'CITY_APPEARANCE_AND_SANITATION',
  method: 'PUBLIC_TENDER',
  amountYuan: 125_000.5,
  startsOn: '2012-01-01',
  endsOn: '2012-12-31',
  communityCode: NANYUAN,
};

describe('contract and designation writes, checked with the community committees', () => {
  let dir: string;
  let owner: RunningSubgraph;
  let solo: SoloSubgraph;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ia-owner-'));
    owner = await startTestSubgraph(communityCommittees, dir);
    solo = await startSoloSubgraph(industryAssociations, { COMMUNITY_COMMITTEES_URL: owner.url });
  });
  afterAll(async () => {
    await solo.stop();
    await owner.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const rows = (table: string): Promise<number> => countRows(solo.subgraph.db, table);
  const ofNanyuan = async () =>
    (
      await solo.query<{
        _entities: Array<{ serviceContracts: Array<{ id: string; amountYuan: number }>; safeCommunityDesignations: Array<{ level: string; status: string; year: number }> }>;
      }>(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Community { serviceContracts { id amountYuan } safeCommunityDesignations { level status year } } } }`, {
        r: [{ __typename: 'Community', code: NANYUAN }],
      })
    ).data!._entities[0];

  it('awards a contract and reads it back from the community and the list', async () => {
    const before = await ofNanyuan();
    const result = await solo.query<{ awardServiceContract: { id: string; amountYuan: number; provider: { name: string }; community: { code: string } } }>(AWARD, {
      input: CONTRACT,
    });
    expect(result.errors).toBeUndefined();
    const contract = result.data!.awardServiceContract;
    expect(contract).toMatchObject({ amountYuan: 125_000.5, provider: { name: '沧浪区总商会' }, community: { code: NANYUAN } });
    const after = await ofNanyuan();
    expect(after.serviceContracts).toHaveLength(before.serviceContracts.length + 1);
    expect(after.serviceContracts).toContainEqual({ id: contract.id, amountYuan: 125_000.5 });
    const list = await solo.query<{ serviceContracts: { totalCount: number } }>(`{ serviceContracts(service: CITY_APPEARANCE_AND_SANITATION) { totalCount } }`);
    expect(list.data!.serviceContracts.totalCount).toBe(2);
  });

  it('awards a contract that runs until further notice', async () => {
    const result = await solo.query<{ awardServiceContract: { endsOn: string | null; amountYuan: number } }>(AWARD, { input: { ...CONTRACT, endsOn: null, amountYuan: 0 } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.awardServiceContract).toMatchObject({ endsOn: null, amountYuan: 0 });
  });

  it.each([
    ['an empty purchaser', { purchaser: '  ' }, 'purchaser', /1 to 100/],
    ['a provider code with a wrong check character', { providerCreditCode: withWrongCheckCharacter(CHAMBER) }, 'providerCreditCode', /check character/],
    ['a provider not in the register', { providerCreditCode: makeCreditCode('51', '320506', 'MA0T0003') }, 'providerCreditCode', /no association/],
    ['a negative amount', { amountYuan: -1 }, 'amountYuan', /from 0/],
    ['fractions of a fen', { amountYuan: 10.005 }, 'amountYuan', /fen/],
    ['an end before the start', { endsOn: '2011-12-31' }, 'endsOn', /startsOn/],
    ['a malformed community code', { communityCode: '3205' }, 'communityCode', /12-digit/],
    ['a community the committees do not know', { communityCode: '320502001999' }, 'communityCode', /community-committees/],
  ])('refuses %s and writes nothing', async (_case, change, field, message) => {
    const before = await rows('service_contract');
    const result = await solo.query(AWARD, { input: { ...CONTRACT, ...change } });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(message);
    expect(await rows('service_contract')).toBe(before);
  });

  it("designates a community and counts it in the year's figures", async () => {
    const work = `{ safeCommunityWork(year: 2012) { recommendedInternationally designatedInternationally } }`;
    expect((await solo.query<{ safeCommunityWork: object }>(work)).data!.safeCommunityWork).toEqual({ recommendedInternationally: 0, designatedInternationally: 0 });
    const result = await solo.query<{ designateSafeCommunity: { level: string; status: string; year: number; community: { code: string } } }>(DESIGNATE, {
      input: { communityCode: NANYUAN, level: 'INTERNATIONAL', status: 'RECOMMENDED', year: 2012 },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.designateSafeCommunity).toMatchObject({ level: 'INTERNATIONAL', status: 'RECOMMENDED', year: 2012, community: { code: NANYUAN } });
    expect((await ofNanyuan()).safeCommunityDesignations).toContainEqual({ level: 'INTERNATIONAL', status: 'RECOMMENDED', year: 2012 });
    expect((await solo.query<{ safeCommunityWork: object }>(work)).data!.safeCommunityWork).toEqual({ recommendedInternationally: 1, designatedInternationally: 0 });
  });

  it.each([
    ['a malformed community code', { communityCode: 'abc' }, 'communityCode', /12-digit/],
    ['a community the committees do not know', { communityCode: '320571001999' }, 'communityCode', /community-committees/],
    ['a year before safe communities existed', { year: 1950 }, 'year', /1989/],
    ['a step the community already took', { communityCode: '320571001001', level: 'NATIONAL', status: 'DESIGNATED' }, 'communityCode', /already designated/],
  ])('refuses to designate %s and writes nothing', async (_case, change, field, message) => {
    const before = await rows('safe_community_designation');
    const result = await solo.query(DESIGNATE, { input: { communityCode: '320502001001', level: 'INTERNATIONAL', status: 'RECOMMENDED', year: 2012, ...change } });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(message);
    expect(await rows('safe_community_designation')).toBe(before);
  });
});
