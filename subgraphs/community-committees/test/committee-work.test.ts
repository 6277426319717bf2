import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { communityCommittees } from '../src/subgraph';

describe('community-committees: contact persons, programmes, entrustment agreements', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(communityCommittees);
  });
  afterAll(() => solo.stop());

  it("gives every residents' committee a contact person who lives there", async () => {
    const result = await solo.query<{ communities: { nodes: Array<{ code: string; contactPersons: Array<{ id: string; community: { code: string } }> }> } }>(
      `{ communities(first: 100) { nodes { code contactPersons { id community { code } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    for (const node of result.data!.communities.nodes) {
      expect(node.contactPersons.length).toBeGreaterThan(0);
      for (const person of node.contactPersons) expect(person.community.code).toBe(node.code);
    }
  });

  it('loads contact persons of 2 and of all communities with the same number of statements', async () => {
    const all: Array<{ code: string }> = await solo.subgraph.db.query('SELECT code FROM community ORDER BY code');
    const cost = async (codes: string[]) => {
      const before = solo.subgraph.statements.count;
      const result = await solo.query(ENTITIES_QUERY('... on Community { contactPersons { name } residents(first: 3) { totalCount nodes { id } } }'), {
        representations: codes.map((code) => ({ __typename: 'Community', code })),
      });
      expect(result.errors).toBeUndefined();
      return solo.subgraph.statements.count - before;
    };
    expect(all.length).toBeGreaterThan(5);
    expect(await cost(all.slice(0, 2).map((row) => row.code))).toBe(await cost(all.map((row) => row.code)));
  });

  it("lists Huxi's 2009 programme modelled on Singapore", async () => {
    const result = await solo.query<{ subDistrict: { volunteerProgrammes: Array<{ name: string; startedOn: string }> } }>(
      `{ subDistrict(code: "320571001000") { volunteerProgrammes { name startedOn } } }`,
    );
    expect(result.data!.subDistrict.volunteerProgrammes).toEqual([{ name: '以新加坡为榜样', startedOn: '2009-01-01' }]);
  });

  it('lists the entrustment agreements of both Taicang pilot towns', async () => {
    const result = await solo.query<{ entrustmentAgreements: Array<{ town: { name: string }; community: { name: string }; signedOn: string }> }>(
      `{ entrustmentAgreements { town { name } community { name } signedOn } }`,
    );
    const towns = new Set(result.data!.entrustmentAgreements.map((agreement) => agreement.town.name));
    expect(towns).toEqual(new Set(['城厢镇', '双凤镇']));
    for (const agreement of result.data!.entrustmentAgreements) expect(agreement.signedOn.startsWith('2009')).toBe(true);
  });

  it("pages through a community's residents with a total from SQL", async () => {
    const first = await solo.query<{
      community: { residentCount: number; residents: { totalCount: number; nodes: Array<{ id: string }>; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    }>(`{ community(code: "320571001001") { residentCount residents(first: 5) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } } }`);
    const community = first.data!.community;
    expect(community.residents.totalCount).toBe(community.residentCount);
    expect(community.residents.nodes).toHaveLength(5);
    expect(community.residents.pageInfo.hasNextPage).toBe(true);
  });
});
