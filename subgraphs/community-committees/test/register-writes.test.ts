import { EntityManager } from 'typeorm';
import { AuditEntry, SCOPES, makeIdNumber } from '@governance/kit';
import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { TEST_PURPOSE, type Caller } from '@governance/testkit/tokens';
import { communityCommittees } from '../src/subgraph';
import { auditedBy, rowCount, without } from './support';

const REGISTER = `mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { id name residentType community { code } } }`;
const resident = (overrides: Record<string, unknown> = {}) => ({
  idNumber: makeIdNumber('320571', '19850312', 41),
  name: '陈建华',
  phone: '13812345678',
  residentType: 'NEW_RESIDENT',
  communityCode: '320571001001',
  ...overrides,
});
// Refused below only for the caller's token: the WRITE-entry test registers this same resident.
const NEWCOMER = makeIdNumber('320571', '19910704', 51);

describe('community-committees writes', () => {
  let solo: SoloSubgraph;
  const personCount = () => rowCount(solo, 'person');
  beforeAll(async () => {
    solo = await startSoloSubgraph(communityCommittees);
  });
  afterAll(() => solo.stop());

  it('registers a resident under a pseudonym and counts them', async () => {
    const before = await solo.query<{ community: { residentCount: number } }>(`{ community(code: "320571001001") { residentCount } }`);
    const result = await solo.query<{ registerResident: { id: string; community: { code: string } } }>(REGISTER, { input: resident() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerResident.id).toMatch(/^P[0-9A-F]{23}$/);
    const after = await solo.query<{ community: { residentCount: number } }>(`{ community(code: "320571001001") { residentCount } }`);
    expect(after.data!.community.residentCount).toBe(before.data!.community.residentCount + 1);
  });

  it.each([
    [
      'a wrong check character',
      { idNumber: `${makeIdNumber('320571', '19850312', 42).slice(0, 17)}${makeIdNumber('320571', '19850312', 42)[17] === '0' ? '1' : '0'}` },
      'idNumber',
      /check character/,
    ],
    ['a birth date that does not exist', { idNumber: makeIdNumber('320571', '19850230', 43) }, 'idNumber', /birth date/],
    ['an unknown community', { idNumber: makeIdNumber('320571', '19850312', 44), communityCode: '320571009999' }, 'communityCode', /no community/],
    ['a malformed community code', { idNumber: makeIdNumber('320571', '19850312', 45), communityCode: '3205' }, 'communityCode', /12-digit/],
    ['an empty name', { idNumber: makeIdNumber('320571', '19850312', 46), name: '   ' }, 'name', /1 to 50/],
    ['a bad phone', { idNumber: makeIdNumber('320571', '19850312', 47), phone: 'call me' }, 'phone', /digits/],
  ])('refuses %s and writes nothing, not even an audit entry', async (_case, overrides, field, reason) => {
    const before = await personCount();
    const { result, entries } = await auditedBy(solo, () => solo.query(REGISTER, { input: resident(overrides) }));
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(reason);
    expect(await personCount()).toBe(before);
    expect(entries).toEqual([]);
  });

  it.each<[string, Caller, RegExp]>([
    ['a token of another agency', { agency: 'public-security', scopes: SCOPES, purpose: TEST_PURPOSE }, /only community-committees tokens may/],
    ['a token of its own agency without the write scope', without('community-committees', 'write'), /needs the "write" scope/],
  ])('refuses %s as FORBIDDEN and writes nothing', async (_case, caller, reason) => {
    const input = resident({ idNumber: NEWCOMER });
    const before = await personCount();
    const { result, entries } = await auditedBy(solo, () => solo.query(REGISTER, { input }, caller));
    expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(result.errors![0].message).toMatch(reason);
    expect(await personCount()).toBe(before);
    expect(entries).toEqual([]);
  });

  it('records each write as one WRITE entry naming the mutation and the resident', async () => {
    // No personal field is selected, so the only entries are the writes themselves.
    const register = `mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { id } }`;
    const registered = await auditedBy(solo, () => solo.query<{ registerResident: { id: string } }>(register, { input: resident({ idNumber: NEWCOMER }) }));
    expect(registered.result.errors).toBeUndefined();
    const { id } = registered.result.data!.registerResident;
    expect(registered.entries).toEqual([
      expect.objectContaining({ action: 'WRITE', coordinates: 'Mutation.registerResident', person: id, agency: 'community-committees', purpose: TEST_PURPOSE }),
    ]);
    const moved = await auditedBy(solo, () => solo.query(`mutation ($id: ID!) { moveResident(id: $id, communityCode: "320571001002") { id } }`, { id }));
    expect(moved.result.errors).toBeUndefined();
    expect(moved.entries).toEqual([expect.objectContaining({ action: 'WRITE', coordinates: 'Mutation.moveResident', person: id })]);
  });

  it('writes the resident and its audit entry in one transaction: a failed audit append leaves no resident', async () => {
    const before = await personCount();
    const insert = EntityManager.prototype.insert;
    const failAudit = jest.spyOn(EntityManager.prototype, 'insert').mockImplementation(function (this: EntityManager, target, values) {
      if (target === AuditEntry) return Promise.reject(new Error('simulated failure of the audit append'));
      return insert.call(this, target, values);
    });
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { result, entries } = await auditedBy(solo, () => solo.query(REGISTER, { input: resident({ idNumber: makeIdNumber('320571', '19910704', 52) }) }));
      expect(result.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      expect(failAudit).toHaveBeenCalled();
      expect(entries).toEqual([]);
    } finally {
      failAudit.mockRestore();
      quiet.mockRestore();
    }
    expect(await personCount()).toBe(before);
  });

  it('refuses a second registration of the same ID number', async () => {
    const input = resident({ idNumber: makeIdNumber('320571', '19700101', 48) });
    expect((await solo.query(REGISTER, { input })).errors).toBeUndefined();
    const again = await solo.query(REGISTER, { input });
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
  });

  it('assigns a contact person once, and refuses an unknown person', async () => {
    const [person]: Array<{ id: string }> = await solo.subgraph.db.query(`SELECT id FROM person WHERE community_code = '320571001002' ORDER BY id DESC LIMIT 1`);
    const assign = `mutation ($p: ID!) { assignContactPerson(communityCode: "320571001002", personId: $p, assignedOn: "2011-05-01") { contactPersons { id } } }`;
    const result = await solo.query<{ assignContactPerson: { contactPersons: Array<{ id: string }> } }>(assign, { p: person.id });
    expect(result.data!.assignContactPerson.contactPersons.map((contact) => contact.id)).toContain(person.id);
    expect((await solo.query(assign, { p: person.id })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect((await solo.query(assign, { p: 'PNOBODY' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  });

  it('refuses an entrustment agreement with a community of another town', async () => {
    const sign = `mutation ($input: SignEntrustmentAgreementInput!) { signEntrustmentAgreement(input: $input) { id town { name } } }`;
    const ok = await solo.query<{ signEntrustmentAgreement: { id: string; town: { name: string } } }>(sign, {
      input: { townCode: '320585101000', communityCode: '320585101001', signedOn: '2010-03-01', matters: '协助开展计划生育和社会保障服务' },
    });
    expect(ok.data!.signEntrustmentAgreement.town.name).toBe('双凤镇');
    const wrong = await solo.query(sign, { input: { townCode: '320585101000', communityCode: '320585100001', signedOn: '2010-03-01', matters: '协助' } });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communityCode' });
  });
});
