import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EntityManager } from 'typeorm';
import { makeCreditCode, type RunningSubgraph } from '@governance/kit';
import { startSoloSubgraph, startTestSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { communityCommittees } from '@governance/community-committees';
import { LicenseEvent } from '../src/entities/license-event.entity';
import { commerceBureau } from '../src/subgraph';
import { dataset, rowCount } from './support';

const REGISTER = `mutation ($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { creditCode name kind industry licenseStatus community { code } }
}`;
const READ_BACK = `query ($creditCode: ID!) {
  enterprise(creditCode: $creditCode) { name kind industry licenseStatus establishedOn registeredCapitalYuan legalRepresentative { id } community { code } licenseHistory { fromStatus toStatus reason } }
}`;

const JINYI = '320571002001';
let serial = 0;
/** A valid credit code that the data set does not use. */
const freshCode = () => makeCreditCode('92', '320571', `MA1N${String((serial += 1)).padStart(4, '0')}`);
const registration = (overrides: Record<string, unknown> = {}) => ({
  creditCode: freshCode(),
  name: '东镇路小吃广场53号摊位',
  kind: 'INDIVIDUAL_BUSINESS',
  industry: 'FOOD_SERVICE',
  communityCode: JINYI,
  establishedOn: '2011-03-01',
  registeredCapitalYuan: null,
  legalRepresentativeId: null,
  ...overrides,
});
/** The same code with another (wrong) check character, and the one that was expected. */
function withWrongCheckCharacter(code: string): { code: string; expected: string } {
  const expected = code[17];
  return { code: `${code.slice(0, 17)}${expected === '0' ? '1' : '0'}`, expected };
}

describe('commerce-bureau: registerEnterprise, checked with the community committees', () => {
  let owner: RunningSubgraph;
  let ownerDir: string;
  let solo: SoloSubgraph;
  let residentId: string;
  beforeAll(async () => {
    ownerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-owner-'));
    owner = await startTestSubgraph(communityCommittees, ownerDir);
    solo = await startSoloSubgraph(commerceBureau, { COMMUNITY_COMMITTEES_URL: owner.url });
    const [person]: Array<{ id: string }> = await owner.db.query(`SELECT id FROM person WHERE community_code = '${JINYI}' ORDER BY id LIMIT 1`);
    residentId = person.id;
  });
  afterAll(async () => {
    await solo.stop();
    await owner.stop();
    fs.rmSync(ownerDir, { recursive: true, force: true });
  });

  it('registers an enterprise ACTIVE with its registration in the licence history, and reads it back', async () => {
    const input = registration({
      kind: 'COMPANY',
      creditCode: makeCreditCode('91', '320571', 'MA1N9001'),
      name: '苏州锦衣餐饮有限公司',
      registeredCapitalYuan: 300_000,
      legalRepresentativeId: residentId,
    });
    const result = await solo.query<{ registerEnterprise: Record<string, unknown> }>(REGISTER, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerEnterprise).toEqual({
      creditCode: input.creditCode,
      name: input.name,
      kind: 'COMPANY',
      industry: 'FOOD_SERVICE',
      licenseStatus: 'ACTIVE',
      community: { code: JINYI },
    });
    // The audit entry names the legal representative by pseudonym, so the write is found by the person it concerns.
    const [entry] = await solo.subgraph.db.query('SELECT action, coordinates, person FROM audit_log ORDER BY sequence DESC LIMIT 1');
    expect(entry).toEqual({ action: 'WRITE', coordinates: 'Mutation.registerEnterprise', person: residentId });
    const readBack = await solo.query<{ enterprise: Record<string, unknown> }>(READ_BACK, { creditCode: input.creditCode });
    expect(readBack.data!.enterprise).toEqual({
      name: input.name,
      kind: 'COMPANY',
      industry: 'FOOD_SERVICE',
      licenseStatus: 'ACTIVE',
      establishedOn: '2011-03-01',
      registeredCapitalYuan: 300_000,
      legalRepresentative: { id: residentId },
      community: { code: JINYI },
      licenseHistory: [{ fromStatus: null, toStatus: 'ACTIVE', reason: '设立登记' }],
    });
    const counted = await solo.query<{ enterprises: { totalCount: number } }>(`{ enterprises(communityCode: "${JINYI}") { totalCount } }`);
    expect(counted.data!.enterprises.totalCount).toBe(dataset.enterprises.filter((enterprise) => enterprise.communityCode === JINYI).length + 1);
  });

  const bad = withWrongCheckCharacter(makeCreditCode('91', '320571', 'MA1N9002'));
  it.each([
    ['a wrong check character', () => registration({ creditCode: bad.code }), 'creditCode', new RegExp(`expected "${bad.expected}"`)],
    ['a credit code already registered', () => registration({ creditCode: dataset.enterprises[0].creditCode }), 'creditCode', /already registered/],
    ['an unknown community', () => registration({ communityCode: '320571009999' }), 'communityCode', /no Community with code "320571009999" in the community-committees register/],
    ['a malformed community code', () => registration({ communityCode: '3205' }), 'communityCode', /12/],
    ['an unknown legal representative', () => registration({ legalRepresentativeId: 'P00000000000000000000000' }), 'legalRepresentativeId', /no Person with id/],
    ['a negative registered capital', () => registration({ registeredCapitalYuan: -1 }), 'registeredCapitalYuan', /from 0/],
    ['an empty name', () => registration({ name: '  ' }), 'name', /1 to 200/],
    ['a name over 200 characters', () => registration({ name: '摊'.repeat(201) }), 'name', /1 to 200/],
    ['an establishment date in the future', () => registration({ establishedOn: '2999-01-01' }), 'establishedOn', /future/],
    ['an establishment date before 1949-10-01', () => registration({ establishedOn: '1949-09-30' }), 'establishedOn', /1949-10-01/],
  ])('refuses %s and writes nothing', async (_case, input, field, reason) => {
    const before = { enterprises: await rowCount(solo, 'enterprise'), events: await rowCount(solo, 'license_event') };
    const result = await solo.query(REGISTER, { input: input() });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(reason);
    expect({ enterprises: await rowCount(solo, 'enterprise'), events: await rowCount(solo, 'license_event') }).toEqual(before);
  });

  it('writes the enterprise, its first history row and its audit entry in one transaction: a failed history write leaves none of them', async () => {
    const before = { enterprises: await rowCount(solo, 'enterprise'), entries: await rowCount(solo, 'audit_log') };
    const insert = EntityManager.prototype.insert;
    const failHistory = jest.spyOn(EntityManager.prototype, 'insert').mockImplementation(function (this: EntityManager, target, values) {
      if (target === LicenseEvent) return Promise.reject(new Error('simulated failure of the history write'));
      return insert.call(this, target, values);
    });
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await solo.query(REGISTER, { input: registration() });
      expect(result.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      expect(failHistory).toHaveBeenCalled();
    } finally {
      failHistory.mockRestore();
      quiet.mockRestore();
    }
    expect({ enterprises: await rowCount(solo, 'enterprise'), entries: await rowCount(solo, 'audit_log') }).toEqual(before);
  });

  it('refuses to register unchecked when the community committees cannot be asked', async () => {
    const cut = await startSoloSubgraph(commerceBureau, { COMMUNITY_COMMITTEES_URL: 'http://127.0.0.1:9/graphql', OWNER_TIMEOUT_MS: '500' });
    try {
      const before = await rowCount(cut, 'enterprise');
      const result = await cut.query(REGISTER, { input: registration() });
      expect(result.errors![0].extensions).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE' });
      expect(await rowCount(cut, 'enterprise')).toBe(before);
    } finally {
      await cut.stop();
    }
  });
});
