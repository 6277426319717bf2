import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { communityCommittees } from '../src/subgraph';

type SubDistrictRow = {
  code: string;
  residentCount: number;
  communities: { totalCount: number; nodes: Array<{ code: string; residentCount: number; newResidentCount: number; foreignResidentCount: number }> };
};

describe('community-committees on its own', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(communityCommittees);
  });
  afterAll(() => solo.stop());

  it('counts residents in SQL consistently: sub-district = sum of its communities', async () => {
    const result = await solo.query<{ subDistricts: SubDistrictRow[] }>(
      `{ subDistricts { code residentCount communities(first: 100) { totalCount nodes { code residentCount newResidentCount foreignResidentCount } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const huxi = result.data!.subDistricts.find((row) => row.code === '320571001000')!;
    expect(huxi.communities.totalCount).toBe(huxi.communities.nodes.length);
    expect(huxi.residentCount).toBe(huxi.communities.nodes.reduce((sum, node) => sum + node.residentCount, 0));
    for (const node of huxi.communities.nodes) {
      expect(node.newResidentCount + node.foreignResidentCount).toBeLessThanOrEqual(node.residentCount);
    }
    // The document: new Suzhou residents are 60%+ of Huxi's residents.
    const newResidents = huxi.communities.nodes.reduce((sum, node) => sum + node.newResidentCount, 0);
    expect(newResidents / huxi.residentCount).toBeGreaterThan(0.5);
  });

  it('resolves Community, SubDistrict and Person references, null for unknown keys, in order', async () => {
    const people = await solo.subgraph.db.query('SELECT id FROM person ORDER BY id LIMIT 2');
    const representations = [
      { __typename: 'Community', code: '320571002001' },
      { __typename: 'Person', id: people[1].id },
      { __typename: 'Community', code: '320571999999' },
      { __typename: 'SubDistrict', code: '320571001000' },
      { __typename: 'Person', id: people[0].id },
    ];
    const result = await solo.query<{ _entities: Array<{ name?: string; id?: string } | null> }>(
      ENTITIES_QUERY('... on Community { name } ... on SubDistrict { name } ... on Person { id residentType community { code } }'),
      { representations },
    );
    expect(result.errors).toBeUndefined();
    const entities = result.data!._entities;
    expect(entities[0]).toEqual({ name: '锦衣新村' });
    expect(entities[1]).toMatchObject({ id: people[1].id });
    expect(entities[2]).toBeNull();
    expect(entities[3]).toEqual({ name: '湖西社工委' });
    expect(entities[4]).toMatchObject({ id: people[0].id });
  });

  it('keys persons by pseudonym, never by ID number', async () => {
    const rows: Array<{ id: string; id_number: string }> = await solo.subgraph.db.query('SELECT id, id_number FROM person');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.id).toMatch(/^P[0-9A-F]{23}$/);
      expect(row.id).not.toContain(row.id_number.slice(0, 6) + row.id_number.slice(6, 14));
    }
  });

  it('filters communities by sub-district and refuses a malformed code', async () => {
    const result = await solo.query<{ communities: { totalCount: number } }>(`{ communities(subDistrictCode: "320571001000") { totalCount } }`);
    expect(result.data!.communities.totalCount).toBe(35); // the Huxi committee's 35 communities
    const bad = await solo.query(`{ communities(subDistrictCode: "abc") { totalCount } }`);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subDistrictCode' });
  });
});
