import { EntityManager } from 'typeorm';
import { makeCreditCode } from '@governance/kit';
import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { LicenseEvent } from '../src/entities/license-event.entity';
import { today } from '../src/resolvers/input-checks';
import { commerceBureau } from '../src/subgraph';
import { enterpriseNamed, rowCount, dataset } from './support';

const CHANGE = `mutation ($creditCode: ID!, $status: LicenseStatus!, $reason: String!) {
  changeLicenseStatus(creditCode: $creditCode, status: $status, reason: $reason) { creditCode licenseStatus }
}`;
const HISTORY = `query ($creditCode: ID!) { enterprise(creditCode: $creditCode) { licenseStatus licenseHistory { fromStatus toStatus reason changedOn } } }`;

interface History {
  enterprise: { licenseStatus: string; licenseHistory: Array<{ fromStatus: string | null; toStatus: string; reason: string; changedOn: string }> };
}

describe('commerce-bureau: changeLicenseStatus', () => {
  let solo: SoloSubgraph;
  const history = async (creditCode: string) => (await solo.query<History>(HISTORY, { creditCode })).data!.enterprise;
  beforeAll(async () => {
    solo = await startSoloSubgraph(commerceBureau);
  });
  afterAll(() => solo.stop());

  it('writes the new status and exactly one history row', async () => {
    const { creditCode } = enterpriseNamed('师惠便利超市');
    const before = await history(creditCode);
    const events = await rowCount(solo, 'license_event');
    const result = await solo.query<{ changeLicenseStatus: { creditCode: string; licenseStatus: string } }>(CHANGE, {
      creditCode,
      status: 'SUSPENDED',
      reason: '  消防检查不合格，责令停业整顿  ',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.changeLicenseStatus).toEqual({ creditCode, licenseStatus: 'SUSPENDED' });
    expect(await rowCount(solo, 'license_event')).toBe(events + 1);
    const after = await history(creditCode);
    expect(after.licenseStatus).toBe('SUSPENDED');
    expect(after.licenseHistory).toEqual([...before.licenseHistory, { fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', reason: '消防检查不合格，责令停业整顿', changedOn: today() }]);
    const counts = await solo.query<{ licenseStatusCounts: Array<{ status: string; count: number }> }>(`{ licenseStatusCounts { status count } }`);
    const suspendedBefore = dataset.enterprises.filter((enterprise) => enterprise.licenseStatus === 'SUSPENDED').length;
    expect(counts.data!.licenseStatusCounts).toContainEqual({ status: 'SUSPENDED', count: suspendedBefore + 1 });
  });

  it('writes the status and its history row in one transaction: a failed history write leaves the status as it was', async () => {
    const { creditCode } = enterpriseNamed('湖左岸便利超市');
    const events = await rowCount(solo, 'license_event');
    const insert = EntityManager.prototype.insert;
    const failHistory = jest.spyOn(EntityManager.prototype, 'insert').mockImplementation(function (this: EntityManager, target, values) {
      if (target === LicenseEvent) return Promise.reject(new Error('simulated failure of the history write'));
      return insert.call(this, target, values);
    });
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await solo.query(CHANGE, { creditCode, status: 'REVOKED', reason: '以欺骗手段取得登记' });
      expect(result.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      expect(failHistory).toHaveBeenCalled();
    } finally {
      failHistory.mockRestore();
      quiet.mockRestore();
    }
    expect((await history(creditCode)).licenseStatus).toBe('ACTIVE');
    expect(await rowCount(solo, 'license_event')).toBe(events);
  });

  it.each([
    ['an empty reason', { reason: '   ' }, 'reason', /1 to 500/],
    ['a reason over 500 characters', { reason: '理'.repeat(501) }, 'reason', /1 to 500/],
    ['the status it already has', { status: 'ACTIVE' }, 'status', /already ACTIVE/],
    ['a malformed credit code', { creditCode: 'ABC' }, 'creditCode', /18 characters/],
  ])('refuses %s and writes nothing', async (_case, overrides, field, reason) => {
    const { creditCode } = enterpriseNamed('翰林便利超市');
    const events = await rowCount(solo, 'license_event');
    const result = await solo.query(CHANGE, { creditCode, status: 'SUSPENDED', reason: '整顿', ...overrides });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(reason);
    expect(await rowCount(solo, 'license_event')).toBe(events);
    expect((await history(creditCode)).licenseStatus).toBe('ACTIVE');
  });

  it('answers an unknown enterprise with NOT_FOUND', async () => {
    const result = await solo.query(CHANGE, { creditCode: makeCreditCode('91', '320571', 'MA1M9999'), status: 'SUSPENDED', reason: '整顿' });
    expect(result.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
