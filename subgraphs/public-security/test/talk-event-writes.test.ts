import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { communityCommittees } from '@governance/community-committees';
import { publicSecurity } from '../src/subgraph';
import { JINYI, rowCount, startOwner } from './helpers';

const RECORD = `mutation ($input: RecordTalkEventInput!) { recordTalkEvent(input: $input) { id heldOn topic officersDeployed attendees peopleHelped community { code } } }`;
const talk = (overrides: Record<string, unknown> = {}) => ({
  communityCode: JINYI,
  stationId: 'PS-320571-02',
  heldOn: '2011-11-11',
  topic: '小区停车秩序与夜间治安',
  officersDeployed: 3,
  attendees: 40,
  peopleHelped: 12,
  ...overrides,
});
const YEAR_TOTALS = `{ _entities(representations: [{ __typename: "Community", code: "${JINYI}" }]) { ... on Community { talkEvents(year: 2011) { totalCount officersDeployed peopleHelped } } } }`;
type YearTotals = { _entities: Array<{ talkEvents: { totalCount: number; officersDeployed: number; peopleHelped: number } }> };

describe('public-security: recording talk events (checked with the community register)', () => {
  let owner: Awaited<ReturnType<typeof startOwner>>;
  let solo: SoloSubgraph;
  const written = async () => [await rowCount(solo.subgraph.db, 'talk_event'), await rowCount(solo.subgraph.db, 'talk_concern')];
  beforeAll(async () => {
    owner = await startOwner(communityCommittees);
    solo = await startSoloSubgraph(publicSecurity, { COMMUNITY_COMMITTEES_URL: owner.subgraph.url });
  });
  afterAll(async () => {
    await solo?.stop();
    await owner?.stop();
  });

  it('records a talk with its concerns and reads it back, in the community totals too', async () => {
    const before = (await solo.query<YearTotals>(YEAR_TOTALS)).data!._entities[0].talkEvents;
    const concerns = [{ concern: '夜间停车占用消防通道', resolution: '划定夜间临时停车位', resolvedOn: '2011-12-01' }, { concern: '小区门禁损坏' }];
    const result = await solo.query<{ recordTalkEvent: { id: string } }>(RECORD, { input: talk({ concerns }) });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordTalkEvent).toMatchObject({ id: expect.stringMatching(/^TE-20111111-\d{4}$/), heldOn: '2011-11-11', community: { code: JINYI } });
    const readBack = await solo.query<{ talkEvent: unknown }>(
      `query ($id: ID!) { talkEvent(id: $id) { topic officersDeployed attendees peopleHelped station { name } concerns { concern resolution resolvedOn } } }`,
      { id: result.data!.recordTalkEvent.id },
    );
    expect(readBack.data!.talkEvent).toEqual({
      topic: '小区停车秩序与夜间治安',
      officersDeployed: 3,
      attendees: 40,
      peopleHelped: 12,
      station: { name: '娄葑派出所' },
      concerns: [
        { concern: '夜间停车占用消防通道', resolution: '划定夜间临时停车位', resolvedOn: '2011-12-01' },
        { concern: '小区门禁损坏', resolution: null, resolvedOn: null },
      ],
    });
    const after = (await solo.query<YearTotals>(YEAR_TOTALS)).data!._entities[0].talkEvents;
    expect(after).toEqual({ totalCount: before.totalCount + 1, officersDeployed: before.officersDeployed + 3, peopleHelped: before.peopleHelped + 12 });
  });

  it('numbers talks of the same day one after another', async () => {
    const first = await solo.query<{ recordTalkEvent: { id: string } }>(RECORD, { input: talk({ heldOn: '2010-05-20' }) });
    const second = await solo.query<{ recordTalkEvent: { id: string } }>(RECORD, { input: talk({ heldOn: '2010-05-20' }) });
    const sequence = (id: string) => Number(id.slice(-4));
    expect(sequence(second.data!.recordTalkEvent.id)).toBe(sequence(first.data!.recordTalkEvent.id) + 1);
  });

  it.each([
    ['an unknown community', { communityCode: '320571009999' }, 'communityCode', /no Community/],
    ['a malformed community code', { communityCode: '3205710' }, 'communityCode', /12-digit/],
    ['an unknown station', { stationId: 'PS-NONE' }, 'stationId', /no police station/],
    ['a negative count', { officersDeployed: -1 }, 'officersDeployed', /0 to/],
    ['an absurd number of people helped', { peopleHelped: 5_000_000 }, 'peopleHelped', /0 to 100000/],
    ['an empty topic', { topic: '  ' }, 'topic', /1 to 200/],
    ['a day before the talks began', { heldOn: '2008-12-31' }, 'heldOn', /2009-01-01/],
    ['a day in the future', { heldOn: '2999-01-01' }, 'heldOn', /future/],
    ['a resolution date without a resolution', { concerns: [{ concern: '噪音', resolvedOn: '2011-12-01' }] }, 'concerns[0].resolvedOn', /resolution/],
    ['a concern resolved before the talk', { concerns: [{ concern: '噪音', resolution: '已处理', resolvedOn: '2011-01-01' }] }, 'concerns[0].resolvedOn', /before/],
  ])('refuses %s and writes nothing', async (_case, overrides, field, reason) => {
    const before = await written();
    const result = await solo.query(RECORD, { input: talk({ concerns: [{ concern: '噪音' }], ...overrides }) });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(reason);
    expect(result.data ?? null).toBeNull();
    expect(await written()).toEqual(before);
  });

  it('refuses to write unchecked when the community register is unreachable', async () => {
    const cutOff = await startSoloSubgraph(publicSecurity, { COMMUNITY_COMMITTEES_URL: 'http://127.0.0.1:9/graphql', OWNER_TIMEOUT_MS: '2000' });
    try {
      const before = await rowCount(cutOff.subgraph.db, 'talk_event');
      const result = await cutOff.query(RECORD, { input: talk() });
      expect(result.errors![0].extensions).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', serviceName: 'community-committees' });
      expect(await rowCount(cutOff.subgraph.db, 'talk_event')).toBe(before);
    } finally {
      await cutOff.stop();
    }
  });
});
