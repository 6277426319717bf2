import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '../../../test/support/subgraph';
import { publicSecurity } from '../src/subgraph';

describe('public-security on its own', () => {
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
      representations: [{ __typename: 'PoliceStation', id: first.id }, { __typename: 'PoliceStation', id: 'PS-NONE' }],
    });
    expect(entities.data!._entities).toEqual([{ name: first.name }, null]);
  });

  it('says an unknown station is not found', async () => {
    const result = await solo.query(`{ policeStation(id: "PS-NONE") { name } }`);
    expect(result.errors![0].extensions?.code).toBe('NOT_FOUND');
  });
});
