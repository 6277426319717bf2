import { SCOPES, makeCreditCode } from '@governance/kit';
import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { TEST_PURPOSE, type Caller } from '@governance/testkit/tokens';
import { commerceBureau } from '@governance/commerce-bureau';
import { communityCommittees } from '@governance/community-committees';
import { publicSecurity } from '../src/subgraph';
import { HONGZHUANG, HONGZHUANG_TEAM, rowCount, startOwner } from './helpers';

const ADD_MEMBER = `mutation ($input: AddPatrolMemberInput!) { addPatrolMember(input: $input) { id joinedOn team { id } person { id } enterprise { creditCode } } }`;
const RECORD_SHIFT = `mutation ($input: RecordPatrolShiftInput!) { recordPatrolShift(input: $input) { onDate membersOnPatrol hours compliant team { id } } }`;
const RECORD_INCIDENT = `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id occurredOn kind description community { code } } }`;
const UNREGISTERED = makeCreditCode('91', '320506', 'MA0TEXT1');

describe('public-security: patrol and incident writes (checked with the community register and the commerce bureau)', () => {
  let committees: Awaited<ReturnType<typeof startOwner>>;
  let commerce: Awaited<ReturnType<typeof startOwner>>;
  let solo: SoloSubgraph;
  let resident: string;
  let newcomer: string;
  let employer: string;
  // Refusals use a resident who never joins, so that each reaches the check it is about.
  const member = (overrides: Record<string, unknown> = {}) => ({
    teamId: HONGZHUANG_TEAM,
    personId: newcomer,
    enterpriseCreditCode: employer,
    joinedOn: '2011-03-01',
    ...overrides,
  });
  beforeAll(async () => {
    [committees, commerce] = await Promise.all([startOwner(communityCommittees), startOwner(commerceBureau)]);
    solo = await startSoloSubgraph(publicSecurity, { COMMUNITY_COMMITTEES_URL: committees.subgraph.url, COMMERCE_BUREAU_URL: commerce.subgraph.url });
    // Two residents on no patrol yet, and a Hongzhuang employer.
    const persons: Array<{ id: string }> = await committees.subgraph.db.query('SELECT id FROM person ORDER BY id');
    const patrolling = new Set((await solo.subgraph.db.query<Array<{ person_id: string }>>('SELECT person_id FROM patrol_member')).map((row) => row.person_id));
    [resident, newcomer] = persons.map((person) => person.id).filter((id) => !patrolling.has(id));
    [{ credit_code: employer }] = await commerce.subgraph.db.query(`SELECT credit_code FROM enterprise WHERE community_code = ? ORDER BY credit_code LIMIT 1`, [HONGZHUANG]);
  });
  afterAll(async () => {
    await solo?.stop();
    await Promise.all([committees?.stop(), commerce?.stop()]);
  });

  it('adds a member after both registers confirm the person and the employer, and counts them', async () => {
    const count = `{ patrolTeam(id: "${HONGZHUANG_TEAM}") { memberCount } _entities(representations: [{ __typename: "Enterprise", creditCode: "${employer}" }]) { ... on Enterprise { patrolMemberCount } } }`;
    type Counts = { patrolTeam: { memberCount: number }; _entities: Array<{ patrolMemberCount: number }> };
    const before = (await solo.query<Counts>(count)).data!;
    const result = await solo.query<{ addPatrolMember: { id: string } }>(ADD_MEMBER, { input: member({ personId: resident }) });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addPatrolMember).toMatchObject({ joinedOn: '2011-03-01', team: { id: HONGZHUANG_TEAM }, person: { id: resident }, enterprise: { creditCode: employer } });
    const [entry] = await solo.subgraph.db.query('SELECT action, coordinates, person FROM audit_log ORDER BY sequence DESC LIMIT 1');
    expect(entry).toEqual({ action: 'WRITE', coordinates: 'Mutation.addPatrolMember', person: resident });
    const after = (await solo.query<Counts>(count)).data!;
    expect(after.patrolTeam.memberCount).toBe(before.patrolTeam.memberCount + 1);
    expect(after._entities[0].patrolMemberCount).toBe(before._entities[0].patrolMemberCount + 1);
    const memberships = await solo.query<{ _entities: Array<{ patrolMemberships: Array<{ id: string }> }> }>(ENTITIES_QUERY('... on Person { patrolMemberships { id } }'), {
      representations: [{ __typename: 'Person', id: resident }],
    });
    expect(memberships.data!._entities[0].patrolMemberships).toEqual([{ id: result.data!.addPatrolMember.id }]);
  });

  it.each([
    [
      'a credit code with a wrong check character',
      () => ({ enterpriseCreditCode: `${employer.slice(0, 17)}${employer[17] === '0' ? '1' : '0'}` }),
      'enterpriseCreditCode',
      /check/,
    ],
    ['an enterprise the commerce bureau does not know', () => ({ enterpriseCreditCode: UNREGISTERED }), 'enterpriseCreditCode', /no Enterprise/],
    ['a person the register does not know', () => ({ personId: 'P00000000000000000000000' }), 'personId', /no Person/],
    ['an ID number instead of a pseudonym', () => ({ personId: '320571198503120418' }), 'personId', /pseudonym/],
    ['a member already on the team', () => ({ personId: resident }), 'personId', /already a member/],
    ['an unknown team', () => ({ teamId: 'PT-NONE' }), 'teamId', /no patrol team/],
  ])('refuses %s and writes nothing', async (_case, overrides, field, reason) => {
    const before = await rowCount(solo.subgraph.db, 'patrol_member');
    const result = await solo.query(ADD_MEMBER, { input: member(overrides()) });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(reason);
    expect(await rowCount(solo.subgraph.db, 'patrol_member')).toBe(before);
  });

  it('records a shift, replaces it on a second report of the day, and compliance follows', async () => {
    const compliance = `{ patrolTeam(id: "${HONGZHUANG_TEAM}") { compliance(from: "2012-01-09", to: "2012-01-09") { compliantDays nonCompliantDates } } }`;
    type Compliance = { patrolTeam: { compliance: { compliantDays: number; nonCompliantDates: string[] } } };
    expect((await solo.query<Compliance>(compliance)).data!.patrolTeam.compliance).toEqual({ compliantDays: 0, nonCompliantDates: ['2012-01-09'] });
    const before = await rowCount(solo.subgraph.db, 'patrol_shift');
    const first = await solo.query(RECORD_SHIFT, { input: { teamId: HONGZHUANG_TEAM, onDate: '2012-01-09', membersOnPatrol: 5, hours: 8 } });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ recordPatrolShift: { onDate: '2012-01-09', membersOnPatrol: 5, hours: 8, compliant: false, team: { id: HONGZHUANG_TEAM } } });
    const second = await solo.query(RECORD_SHIFT, { input: { teamId: HONGZHUANG_TEAM, onDate: '2012-01-09', membersOnPatrol: 7, hours: 8.5 } });
    expect(second.data).toEqual({ recordPatrolShift: { onDate: '2012-01-09', membersOnPatrol: 7, hours: 8.5, compliant: true, team: { id: HONGZHUANG_TEAM } } });
    expect(await rowCount(solo.subgraph.db, 'patrol_shift')).toBe(before + 1);
    expect((await solo.query<Compliance>(compliance)).data!.patrolTeam.compliance).toEqual({ compliantDays: 1, nonCompliantDates: [] });
  });

  describe('naming the members out on a shift', () => {
    const NAMED = `mutation ($input: RecordPatrolShiftInput!) { recordPatrolShift(input: $input) { onDate membersOnPatrol members { id team { id } } } }`;
    let hongzhuang: string[];
    let otherTeams: string[];
    beforeAll(async () => {
      const rows: Array<{ id: number; team_id: string }> = await solo.subgraph.db.query('SELECT id, team_id FROM patrol_member ORDER BY id');
      hongzhuang = rows.filter((row) => row.team_id === HONGZHUANG_TEAM).map((row) => String(row.id));
      otherTeams = rows.filter((row) => row.team_id !== HONGZHUANG_TEAM).map((row) => String(row.id));
    });
    const named = async (onDate: string) =>
      (
        await solo.subgraph.db.query<Array<{ id: number }>>(
          'SELECT m.id FROM patrol_shift_member d JOIN patrol_member m ON m.team_id = d.team_id AND m.person_id = d.person_id WHERE d.team_id = ? AND d.on_date = ? ORDER BY m.id',
          [HONGZHUANG_TEAM, onDate],
        )
      ).map((row) => String(row.id));

    it('records who was out, replaces the names with the shift, and drops them when a report names nobody', async () => {
      const first = await solo.query(NAMED, { input: { teamId: HONGZHUANG_TEAM, onDate: '2012-02-10', membersOnPatrol: 6, hours: 8, memberIds: hongzhuang.slice(0, 6) } });
      expect(first.errors).toBeUndefined();
      expect(first.data).toEqual({
        recordPatrolShift: { onDate: '2012-02-10', membersOnPatrol: 6, members: hongzhuang.slice(0, 6).map((id) => ({ id, team: { id: HONGZHUANG_TEAM } })) },
      });
      const second = await solo.query(NAMED, { input: { teamId: HONGZHUANG_TEAM, onDate: '2012-02-10', membersOnPatrol: 7, hours: 8, memberIds: hongzhuang.slice(10, 17) } });
      expect(second.errors).toBeUndefined();
      expect(await named('2012-02-10')).toEqual(hongzhuang.slice(10, 17));
      const unnamed = await solo.query(NAMED, { input: { teamId: HONGZHUANG_TEAM, onDate: '2012-02-10', membersOnPatrol: 6, hours: 8 } });
      expect(unnamed.data).toEqual({ recordPatrolShift: { onDate: '2012-02-10', membersOnPatrol: 6, members: [] } });
      expect(await named('2012-02-10')).toEqual([]);
    });

    it.each<[string, () => Record<string, unknown>, RegExp]>([
      ['fewer names than members on patrol', () => ({ membersOnPatrol: 6, memberIds: hongzhuang.slice(0, 5) }), /names 5 members but membersOnPatrol is 6/],
      ['a name twice', () => ({ membersOnPatrol: 2, memberIds: [hongzhuang[0], hongzhuang[0]] }), /more than once/],
      ["another team's member", () => ({ membersOnPatrol: 1, memberIds: [otherTeams[0]] }), /no member with id/],
      ['an unknown member', () => ({ membersOnPatrol: 1, memberIds: ['99999999'] }), /no member with id "99999999"/],
      ['something that is not a membership id', () => ({ membersOnPatrol: 1, memberIds: ['P0000'] }), /membership ids/],
      ['more than 500 names', () => ({ membersOnPatrol: 501, memberIds: Array.from({ length: 501 }, (_, i) => String(i + 1)) }), /at most 500/],
    ])('refuses %s and writes nothing', async (_case, overrides, reason) => {
      const before = [await rowCount(solo.subgraph.db, 'patrol_shift'), await rowCount(solo.subgraph.db, 'patrol_shift_member'), await rowCount(solo.subgraph.db, 'audit_log')];
      const result = await solo.query(NAMED, { input: { teamId: HONGZHUANG_TEAM, onDate: '2012-02-11', hours: 8, ...overrides() } });
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberIds' });
      expect(result.errors![0].message).toMatch(reason);
      expect([await rowCount(solo.subgraph.db, 'patrol_shift'), await rowCount(solo.subgraph.db, 'patrol_shift_member'), await rowCount(solo.subgraph.db, 'audit_log')]).toEqual(
        before,
      );
    });

    it('leaves one report whole when eight reports of the same day race', async () => {
      const crews = Array.from({ length: 8 }, (_, i) => hongzhuang.slice(20 + i * 7, 27 + i * 7));
      const results = await Promise.all(
        crews.map((memberIds) => solo.query(NAMED, { input: { teamId: HONGZHUANG_TEAM, onDate: '2012-02-12', membersOnPatrol: memberIds.length, hours: 8, memberIds } })),
      );
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
      const [shift]: Array<{ n: string | number }> = await solo.subgraph.db.query('SELECT members_on_patrol AS n FROM patrol_shift WHERE team_id = ? AND on_date = ?', [
        HONGZHUANG_TEAM,
        '2012-02-12',
      ]);
      const names = await named('2012-02-12');
      expect(names).toHaveLength(Number(shift.n));
      expect(crews).toContainEqual(names);
    });
  });

  it.each([
    ['an unknown team', { teamId: 'PT-NONE' }, 'teamId'],
    ['more members on patrol than the team has', { membersOnPatrol: 10_000 }, 'membersOnPatrol'],
    ['negative hours', { hours: -1 }, 'hours'],
    ['more than 24 hours', { hours: 24.5 }, 'hours'],
    ['hours finer than a tenth', { hours: 8.25 }, 'hours'],
    ['a day in the future', { onDate: '2999-01-01' }, 'onDate'],
  ])('refuses a shift with %s and writes nothing', async (_case, overrides, field) => {
    const before = await rowCount(solo.subgraph.db, 'patrol_shift');
    const result = await solo.query(RECORD_SHIFT, { input: { teamId: HONGZHUANG_TEAM, onDate: '2012-02-01', membersOnPatrol: 6, hours: 8, ...overrides } });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rowCount(solo.subgraph.db, 'patrol_shift')).toBe(before);
  });

  describe('who may write', () => {
    const shift = { teamId: HONGZHUANG_TEAM, onDate: '2012-03-05', membersOnPatrol: 6, hours: 8 };

    it.each<[string, Caller, RegExp]>([
      ['a token of another agency', { agency: 'community-committees', scopes: SCOPES, purpose: TEST_PURPOSE }, /only public-security tokens may/],
      [
        'a token of its own agency without the write scope',
        { agency: 'public-security', scopes: SCOPES.filter((scope) => scope !== 'write'), purpose: TEST_PURPOSE },
        /needs the "write" scope/,
      ],
    ])('refuses %s as FORBIDDEN and writes nothing', async (_case, caller, reason) => {
      const [shifts, entries] = [await rowCount(solo.subgraph.db, 'patrol_shift'), await rowCount(solo.subgraph.db, 'audit_log')];
      const result = await solo.query(RECORD_SHIFT, { input: shift }, caller);
      expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(result.errors![0].message).toMatch(reason);
      expect(await rowCount(solo.subgraph.db, 'patrol_shift')).toBe(shifts);
      expect(await rowCount(solo.subgraph.db, 'audit_log')).toBe(entries);
    });

    it('accepts the same shift from an entitled public-security token, with one audit entry', async () => {
      const [shifts, entries] = [await rowCount(solo.subgraph.db, 'patrol_shift'), await rowCount(solo.subgraph.db, 'audit_log')];
      expect((await solo.query(RECORD_SHIFT, { input: shift })).errors).toBeUndefined();
      expect(await rowCount(solo.subgraph.db, 'patrol_shift')).toBe(shifts + 1);
      expect(await rowCount(solo.subgraph.db, 'audit_log')).toBe(entries + 1);
    });
  });

  it('files an incident under a community the register knows, and refuses bad ones', async () => {
    const count = `{ _entities(representations: [{ __typename: "Community", code: "${HONGZHUANG}" }]) { ... on Community { incidents { totalCount } } } }`;
    const total = async () => (await solo.query<{ _entities: Array<{ incidents: { totalCount: number } }> }>(count)).data!._entities[0].incidents.totalCount;
    const before = await total();
    const input = { communityCode: HONGZHUANG, occurredOn: '2011-08-08', kind: 'THEFT', description: '仓库夜间失窃' };
    const result = await solo.query(RECORD_INCIDENT, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ recordIncident: { occurredOn: '2011-08-08', kind: 'THEFT', description: '仓库夜间失窃', community: { code: HONGZHUANG } } });
    expect(await total()).toBe(before + 1);
    const rows = await rowCount(solo.subgraph.db, 'incident');
    for (const [overrides, field] of [
      [{ communityCode: '320506009999' }, 'communityCode'],
      [{ communityCode: 'x' }, 'communityCode'],
      [{ description: '' }, 'description'],
      [{ occurredOn: '1999-12-31' }, 'occurredOn'],
    ] as const) {
      const refused = await solo.query(RECORD_INCIDENT, { input: { ...input, ...overrides } });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await rowCount(solo.subgraph.db, 'incident')).toBe(rows);
  });
});
