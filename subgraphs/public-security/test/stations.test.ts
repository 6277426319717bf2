import { buildDocumentDataset } from '@governance/dataset';
import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { publicSecurity } from '../src/subgraph';

type Station = { id: string; name: string; district: string; communities: Array<{ code: string }> };

describe('public-security: stations and the communities they serve', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(publicSecurity);
  });
  afterAll(() => solo.stop());

  it('lists its police stations and resolves them by reference', async () => {
    const list = await solo.query<{ policeStations: Array<{ id: string; name: string; district: string }> }>(`{ policeStations { id name district } }`);
    expect(list.data!.policeStations.map((station) => station.name)).toEqual(expect.arrayContaining(['湖西派出所', '娄葑派出所']));
    const first = list.data!.policeStations[0];
    const entities = await solo.query<{ _entities: Array<{ name: string } | null> }>(ENTITIES_QUERY('... on PoliceStation { name }'), {
      representations: [
        { __typename: 'PoliceStation', id: first.id },
        { __typename: 'PoliceStation', id: 'PS-NONE' },
      ],
    });
    expect(entities.data!._entities).toEqual([{ name: first.name }, null]);
  });

  it('says an unknown station is not found', async () => {
    const result = await solo.query(`{ policeStation(id: "PS-NONE") { name } }`);
    expect(result.errors![0].extensions?.code).toBe('NOT_FOUND');
  });

  it('serves every Suzhou community of the data set from exactly one station, matched by sub-district', async () => {
    const result = await solo.query<{ policeStations: Station[] }>(`{ policeStations { id name district communities { code } } }`);
    expect(result.errors).toBeUndefined();
    const served = result.data!.policeStations.flatMap((station) => station.communities.map((community) => community.code));
    // Only Suzhou's places have a police station in the data set; the safe-community places elsewhere have none.
    const communities = buildDocumentDataset().communities.filter((community) => community.code.startsWith('3205'));
    expect([...served].sort()).toEqual(communities.map((community) => community.code).sort());
    const stationOf = (code: string) => result.data!.policeStations.find((station) => station.communities.some((community) => community.code === code))!.name;
    for (const community of communities.filter((row) => row.subDistrictCode === '320571001000')) expect(stationOf(community.code)).toBe('湖西派出所');
    expect(stationOf('320571002001')).toBe('娄葑派出所');
    expect(stationOf('320506003001')).toBe('长桥派出所');
    expect(stationOf('320502001001')).toBe('双塔派出所');
    expect(stationOf('320585101001')).toBe('城厢派出所');
  });

  it('adds the serving station to Community, null for a community it does not know', async () => {
    const result = await solo.query<{ _entities: Array<{ code: string; policeStation: { name: string } | null }> }>(
      ENTITIES_QUERY('... on Community { code policeStation { name } }'),
      {
        representations: [
          { __typename: 'Community', code: '320571002001' },
          { __typename: 'Community', code: '320571009999' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { code: '320571002001', policeStation: { name: '娄葑派出所' } },
      { code: '320571009999', policeStation: null },
    ]);
  });

  it("pages a station's talk events by year with totals", async () => {
    const result = await solo.query<{ policeStation: { talkEvents: { totalCount: number; nodes: Array<{ heldOn: string; station: { id: string } }> } } }>(
      `{ policeStation(id: "PS-320506-01") { talkEvents(year: 2010, first: 500) { totalCount nodes { heldOn station { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { talkEvents } = result.data!.policeStation;
    const [row]: Array<{ n: string | number }> = await solo.subgraph.db.query(
      `SELECT COUNT(*) AS n FROM talk_event WHERE station_id = 'PS-320506-01' AND held_on BETWEEN '2010-01-01' AND '2010-12-31'`,
    );
    // 长桥派出所 serves Hongzhuang alone: its year fits one page of 500.
    expect(Number(row.n)).toBeGreaterThan(100);
    expect(talkEvents.totalCount).toBe(Number(row.n));
    expect(talkEvents.nodes).toHaveLength(Number(row.n));
    for (const node of talkEvents.nodes) expect(node).toMatchObject({ heldOn: expect.stringMatching(/^2010-/), station: { id: 'PS-320506-01' } });
  });
});
