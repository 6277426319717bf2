import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCOPES, makeCreditCode, type RunningSubgraph } from '@governance/kit';
import { countRows } from '@governance/testkit/database';
import { startSoloSubgraph, startTestSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { TEST_PURPOSE, type Caller } from '@governance/testkit/tokens';
import { commerceBureau } from '@governance/commerce-bureau';
import { industryAssociations } from '../src/subgraph';
import { BILUOCHUN, CHAMBER, TEA_GROWERS, enterpriseCode, withWrongCheckCharacter } from './support/fixtures';

const ADD = `mutation ($a: ID!, $e: ID!, $since: Date!, $role: MembershipRole) {
  addMembership(associationCreditCode: $a, enterpriseCreditCode: $e, since: $since, role: $role) { id since role association { creditCode name } enterprise { creditCode } }
}`;
const REMOVE = `mutation ($a: ID!, $e: ID!) { removeMembership(associationCreditCode: $a, enterpriseCreditCode: $e) }`;
const AUTHORISE = `mutation ($r: ID!, $e: ID!, $on: Date!) { authoriseMarkUser(registrationNumber: $r, enterpriseCreditCode: $e, authorisedOn: $on) { name authorisedUsers { totalCount } } }`;
const SHOP = enterpriseCode('星海便利超市');
const UNKNOWN_ENTERPRISE = makeCreditCode('91', '320571', 'MA0T0001');
const UNKNOWN_ASSOCIATION = makeCreditCode('51', '320506', 'MA0T0002');

describe('membership and mark writes, checked with the commerce bureau', () => {
  let dir: string;
  let owner: RunningSubgraph;
  let solo: SoloSubgraph;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ia-owner-'));
    owner = await startTestSubgraph(commerceBureau, dir);
    solo = await startSoloSubgraph(industryAssociations, { COMMERCE_BUREAU_URL: owner.url });
  });
  afterAll(async () => {
    await solo.stop();
    await owner.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const rows = (table: string): Promise<number> => countRows(solo.subgraph.db, table);
  const chamberTotal = async (): Promise<number> =>
    (await solo.query<{ association: { memberships: { totalCount: number } } }>(`query ($c: ID!) { association(creditCode: $c) { memberships { totalCount } } }`, { c: CHAMBER }))
      .data!.association.memberships.totalCount;

  it('adds a membership, reads it back through the association, and removes it', async () => {
    const before = await chamberTotal();
    const added = await solo.query<{
      addMembership: { id: string; since: string; role: string; association: { creditCode: string; name: string }; enterprise: { creditCode: string } };
    }>(ADD, { a: CHAMBER, e: SHOP, since: '2011-05-01' });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addMembership).toMatchObject({
      since: '2011-05-01',
      role: 'MEMBER',
      association: { creditCode: CHAMBER, name: '沧浪区总商会' },
      enterprise: { creditCode: SHOP },
    });
    expect(added.data!.addMembership.id).toMatch(/^\d+$/);
    expect(await chamberTotal()).toBe(before + 1);

    const removed = await solo.query<{ removeMembership: boolean }>(REMOVE, { a: CHAMBER, e: SHOP });
    expect(removed.data!.removeMembership).toBe(true);
    expect(await chamberTotal()).toBe(before);
    const again = await solo.query<{ removeMembership: boolean }>(REMOVE, { a: CHAMBER, e: SHOP });
    expect(again.data!.removeMembership).toBe(false);
  });

  it.each([
    ['a wrong check character in the association', { a: withWrongCheckCharacter(CHAMBER), e: SHOP }, 'associationCreditCode', /check character/],
    ['a wrong check character in the enterprise', { a: CHAMBER, e: withWrongCheckCharacter(SHOP) }, 'enterpriseCreditCode', /check character/],
    ['an association not in the register', { a: UNKNOWN_ASSOCIATION, e: SHOP }, 'associationCreditCode', /no association/],
    ['an enterprise the commerce bureau does not know', { a: CHAMBER, e: UNKNOWN_ENTERPRISE }, 'enterpriseCreditCode', /commerce-bureau/],
    ['an existing membership', { a: CHAMBER, e: enterpriseCode('沧浪区户外广告有限公司') }, 'enterpriseCreditCode', /already a member/],
  ])('refuses %s and writes nothing', async (_case, variables, field, message) => {
    const before = await rows('membership');
    const result = await solo.query(ADD, { ...variables, since: '2011-05-01', role: 'COUNCIL_MEMBER' });
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(message);
    expect(await rows('membership')).toBe(before);
  });

  it('refuses a removal with a malformed code', async () => {
    const result = await solo.query(REMOVE, { a: CHAMBER, e: 'not-a-code' });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseCreditCode' });
  });

  it('authorises a mark user and reads it back from the mark and the enterprise', async () => {
    const user = enterpriseCode('苏州东镇路小吃广场管理有限公司');
    const result = await solo.query<{ authoriseMarkUser: { name: string; authorisedUsers: { totalCount: number } } }>(AUTHORISE, { r: BILUOCHUN, e: user, on: '2011-03-01' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.authoriseMarkUser).toEqual({ name: '洞庭山碧螺春', authorisedUsers: { totalCount: TEA_GROWERS.length + 1 } });
    const marks = await solo.query<{ _entities: Array<{ certificationMarks: Array<{ registrationNumber: string }> }> }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { certificationMarks { registrationNumber } } } }`,
      { r: [{ __typename: 'Enterprise', creditCode: user }] },
    );
    expect(marks.data!._entities[0].certificationMarks).toEqual([{ registrationNumber: BILUOCHUN }]);
  });

  it.each([
    ['a malformed registration number', { r: 'TM-1', e: SHOP, on: '2011-03-01' }, 'registrationNumber', /digits/],
    ['a mark not in the register', { r: '12345678', e: SHOP, on: '2011-03-01' }, 'registrationNumber', /no certification mark/],
    ['a date before the mark was registered', { r: BILUOCHUN, e: SHOP, on: '1999-03-01' }, 'authorisedOn', /registered/],
    ['a wrong check character', { r: BILUOCHUN, e: withWrongCheckCharacter(SHOP), on: '2011-03-01' }, 'enterpriseCreditCode', /check character/],
    ['an enterprise the commerce bureau does not know', { r: BILUOCHUN, e: UNKNOWN_ENTERPRISE, on: '2011-03-01' }, 'enterpriseCreditCode', /commerce-bureau/],
    ['an enterprise already authorised', { r: BILUOCHUN, e: TEA_GROWERS[0], on: '2011-03-01' }, 'enterpriseCreditCode', /already authorised/],
  ])('refuses to authorise %s and writes nothing', async (_case, variables, field, message) => {
    const before = await rows('mark_authorisation');
    const result = await solo.query(AUTHORISE, variables);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(message);
    expect(await rows('mark_authorisation')).toBe(before);
  });

  describe('who may write', () => {
    // The first test adds and removes this membership with the default, entitled token.
    const joining = { a: CHAMBER, e: SHOP, since: '2011-05-01' };

    it.each<[string, Caller, RegExp]>([
      ['a token of another agency', { agency: 'commerce-bureau', scopes: SCOPES, purpose: TEST_PURPOSE }, /only industry-associations tokens may/],
      [
        'a token of its own agency without the write scope',
        { agency: 'industry-associations', scopes: SCOPES.filter((scope) => scope !== 'write'), purpose: TEST_PURPOSE },
        /needs the "write" scope/,
      ],
    ])('refuses %s as FORBIDDEN and writes nothing', async (_case, caller, reason) => {
      const [memberships, entries] = [await rows('membership'), await rows('audit_log')];
      const result = await solo.query(ADD, joining, caller);
      expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(result.errors![0].message).toMatch(reason);
      expect(await rows('membership')).toBe(memberships);
      expect(await rows('audit_log')).toBe(entries);
    });

    it('records each accepted write, and only those, in the audit log', async () => {
      const entries = await rows('audit_log');
      expect((await solo.query(ADD, joining)).errors).toBeUndefined();
      expect((await solo.query(ADD, joining)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((await solo.query(REMOVE, { a: CHAMBER, e: SHOP })).data).toEqual({ removeMembership: true });
      const written: Array<{ action: string; coordinates: string; person: string | null }> = await solo.subgraph.db.query(
        'SELECT action, coordinates, person FROM audit_log WHERE sequence > ? ORDER BY sequence',
        [entries],
      );
      expect(written).toEqual([
        { action: 'WRITE', coordinates: 'Mutation.addMembership', person: null },
        { action: 'WRITE', coordinates: 'Mutation.removeMembership', person: null },
      ]);
    });
  });

  it('refuses rather than writes unchecked when the commerce bureau cannot be asked', async () => {
    const cut = await startSoloSubgraph(industryAssociations, { COMMERCE_BUREAU_URL: 'http://127.0.0.1:9/graphql', OWNER_TIMEOUT_MS: '2000' });
    try {
      const result = await cut.query(ADD, { a: CHAMBER, e: SHOP, since: '2011-05-01' });
      expect(result.errors![0].extensions).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE' });
      expect(Number((await cut.subgraph.db.query('SELECT COUNT(*) AS n FROM membership WHERE enterprise_credit_code = ?', [SHOP]))[0].n)).toBe(0);
    } finally {
      await cut.stop();
    }
  });
});
