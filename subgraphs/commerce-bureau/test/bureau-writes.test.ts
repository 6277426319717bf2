import { SCOPES } from '@governance/kit';
import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { TEST_PURPOSE, type Caller } from '@governance/testkit/tokens';
import { commerceBureau } from '../src/subgraph';
import { enterpriseNamed, rowCount } from './support';

const OPEN = `mutation ($input: OpenEnforcementCaseInput!) { openEnforcementCase(input: $input) { id openedOn kind outcome fineYuan closedOn note enterprise { name } } }`;
const CLOSE = `mutation ($id: ID!, $outcome: EnforcementOutcome!, $fineYuan: Float, $closedOn: Date!) {
  closeEnforcementCase(id: $id, outcome: $outcome, fineYuan: $fineYuan, closedOn: $closedOn) { id outcome fineYuan closedOn }
}`;
const RECORD = `mutation ($input: RecordEmissionAgreementInput!) { recordEmissionAgreement(input: $input) { signedOn reductionTargetTonnes pilot enterprise { name } } }`;
const LICENSE = `mutation ($input: LicenseStallInput!) { licenseStall(input: $input) { number licensedOn enterprise { name } venue { name } } }`;
const SNACK_SQUARE = 'V-320571-0001';

interface Case {
  id: string;
  outcome: string;
  fineYuan: number | null;
  closedOn: string | null;
}

describe('commerce-bureau: enforcement cases, emission agreements and stalls', () => {
  let solo: SoloSubgraph;
  const expectRefusal = async (table: Parameters<typeof rowCount>[1], query: string, variables: Record<string, unknown>, field: string, reason: RegExp) => {
    const before = await rowCount(solo, table);
    const result = await solo.query(query, variables);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(reason);
    expect(await rowCount(solo, table)).toBe(before);
  };
  beforeAll(async () => {
    solo = await startSoloSubgraph(commerceBureau);
  });
  afterAll(() => solo.stop());

  it('opens a case, closes it with a fine, and reads it back from the enterprise', async () => {
    const shop = enterpriseNamed('湖左岸便利超市');
    const opened = await solo.query<{ openEnforcementCase: Case & { kind: string; note: string; enterprise: { name: string } } }>(OPEN, {
      input: { creditCode: shop.creditCode, openedOn: '2011-10-08', kind: 'TRADEMARK_INFRINGEMENT', note: '销售假冒碧螺春' },
    });
    expect(opened.errors).toBeUndefined();
    const created = opened.data!.openEnforcementCase;
    expect(created).toMatchObject({ outcome: 'OPEN', fineYuan: null, closedOn: null, kind: 'TRADEMARK_INFRINGEMENT', enterprise: { name: shop.name } });
    const closed = await solo.query<{ closeEnforcementCase: Case }>(CLOSE, { id: created.id, outcome: 'FINED', fineYuan: 3_000, closedOn: '2011-11-01' });
    expect(closed.data!.closeEnforcementCase).toEqual({ id: created.id, outcome: 'FINED', fineYuan: 3_000, closedOn: '2011-11-01' });
    const readBack = await solo.query<{ enterprise: { enforcementCases: Case[] } }>(
      `query ($c: ID!) { enterprise(creditCode: $c) { enforcementCases { id outcome fineYuan closedOn } } }`,
      {
        c: shop.creditCode,
      },
    );
    expect(readBack.data!.enterprise.enforcementCases).toEqual([{ id: created.id, outcome: 'FINED', fineYuan: 3_000, closedOn: '2011-11-01' }]);
    await expectRefusal('enforcement_case', CLOSE, { id: created.id, outcome: 'WARNED', closedOn: '2011-11-02' }, 'id', /already closed/);
  });

  describe('who may write', () => {
    const opening = () => ({ input: { creditCode: enterpriseNamed('玲珑便利超市').creditCode, openedOn: '2012-04-01', kind: 'UNLICENSED_OPERATION' } });

    it.each<[string, Caller, RegExp]>([
      ['a token of another agency', { agency: 'industry-associations', scopes: SCOPES, purpose: TEST_PURPOSE }, /only commerce-bureau tokens may/],
      [
        'a token of its own agency without the write scope',
        { agency: 'commerce-bureau', scopes: SCOPES.filter((scope) => scope !== 'write'), purpose: TEST_PURPOSE },
        /needs the "write" scope/,
      ],
    ])('refuses %s as FORBIDDEN and writes nothing', async (_case, caller, reason) => {
      const before = { cases: await rowCount(solo, 'enforcement_case'), entries: await rowCount(solo, 'audit_log') };
      const result = await solo.query(OPEN, opening(), caller);
      expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(result.errors![0].message).toMatch(reason);
      expect({ cases: await rowCount(solo, 'enforcement_case'), entries: await rowCount(solo, 'audit_log') }).toEqual(before);
    });

    it('accepts the same case from an entitled commerce-bureau token, with one audit entry', async () => {
      const before = { cases: await rowCount(solo, 'enforcement_case'), entries: await rowCount(solo, 'audit_log') };
      expect((await solo.query(OPEN, opening())).errors).toBeUndefined();
      expect({ cases: await rowCount(solo, 'enforcement_case'), entries: await rowCount(solo, 'audit_log') }).toEqual({ cases: before.cases + 1, entries: before.entries + 1 });
    });
  });

  it('refuses bad openings and closings, writing nothing', async () => {
    const shop = enterpriseNamed('师惠便利超市');
    await expectRefusal(
      'enforcement_case',
      OPEN,
      { input: { creditCode: '91320571MA1M9999XX', openedOn: '2011-01-01', kind: 'UNLICENSED_OPERATION' } },
      'creditCode',
      /check character/,
    );
    await expectRefusal('enforcement_case', OPEN, { input: { creditCode: shop.creditCode, openedOn: '2999-01-01', kind: 'UNLICENSED_OPERATION' } }, 'openedOn', /future/);
    const opened = await solo.query<{ openEnforcementCase: Case }>(OPEN, { input: { creditCode: shop.creditCode, openedOn: '2011-06-01', kind: 'UNLICENSED_OPERATION' } });
    const { id } = opened.data!.openEnforcementCase;
    const read = async () =>
      (await solo.query<{ enterprise: { enforcementCases: Case[] } }>(`{ enterprise(creditCode: "${shop.creditCode}") { enforcementCases { id outcome fineYuan closedOn } } }`))
        .data!;
    await expectRefusal('enforcement_case', CLOSE, { id, outcome: 'FINED', fineYuan: -5, closedOn: '2011-07-01' }, 'fineYuan', /from 0/);
    await expectRefusal('enforcement_case', CLOSE, { id, outcome: 'FINED', closedOn: '2011-07-01' }, 'fineYuan', /required/);
    await expectRefusal('enforcement_case', CLOSE, { id, outcome: 'WARNED', closedOn: '2011-05-31' }, 'closedOn', /opened \(2011-06-01\)/);
    await expectRefusal('enforcement_case', CLOSE, { id, outcome: 'OPEN', closedOn: '2011-07-01' }, 'outcome', /not OPEN/);
    await expect(read()).resolves.toEqual({ enterprise: { enforcementCases: [{ id, outcome: 'OPEN', fineYuan: null, closedOn: null }] } });
    const unknown = await solo.query(CLOSE, { id: '999999', outcome: 'WARNED', closedOn: '2011-07-01' });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('records an emission agreement once per enterprise', async () => {
    const factory = enterpriseNamed('苏州洪庄精密机械有限公司');
    const input = { creditCode: factory.creditCode, signedOn: '2011-03-15', reductionTargetTonnes: 2_400.25, pilot: '苏州工业园区碳排放交易试点' };
    const result = await solo.query<{ recordEmissionAgreement: Record<string, unknown> }>(RECORD, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordEmissionAgreement).toEqual({ signedOn: '2011-03-15', reductionTargetTonnes: 2_400.25, pilot: input.pilot, enterprise: { name: factory.name } });
    const readBack = await solo.query<{ enterprise: { emissionAgreement: { reductionTargetTonnes: number } } }>(
      `{ enterprise(creditCode: "${factory.creditCode}") { emissionAgreement { reductionTargetTonnes } } }`,
    );
    expect(readBack.data!.enterprise.emissionAgreement.reductionTargetTonnes).toBe(2_400.25);
    await expectRefusal('emission_agreement', RECORD, { input }, 'creditCode', /already has/);
    await expectRefusal(
      'emission_agreement',
      RECORD,
      { input: { ...input, creditCode: enterpriseNamed('吴中区洪庄纺织厂').creditCode, reductionTargetTonnes: 0 } },
      'reductionTargetTonnes',
      /more than 0/,
    );
    await expectRefusal('emission_agreement', RECORD, { input: { ...input, creditCode: enterpriseNamed('吴中区洪庄纺织厂').creditCode, pilot: '' } }, 'pilot', /1 to 200/);
  });

  it('licenses stall 53 of the snack square to an individual business, and refuses what would break the rules', async () => {
    const shop = enterpriseNamed('星海便利超市');
    const input = { venueId: SNACK_SQUARE, number: 53, creditCode: shop.creditCode, licensedOn: '2011-08-01' };
    const result = await solo.query<{ licenseStall: Record<string, unknown> }>(LICENSE, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.licenseStall).toEqual({ number: 53, licensedOn: '2011-08-01', enterprise: { name: shop.name }, venue: { name: '东镇路小吃广场' } });
    const total = await solo.query<{ venue: { stalls: { totalCount: number } } }>(`{ venue(id: "${SNACK_SQUARE}") { stalls { totalCount } } }`);
    expect(total.data!.venue.stalls.totalCount).toBe(53);
    const other = enterpriseNamed('玲珑便利超市').creditCode;
    await expectRefusal('stall', LICENSE, { input: { ...input, creditCode: other, number: 7 } }, 'number', /already licensed/);
    await expectRefusal('stall', LICENSE, { input: { ...input, number: 54 } }, 'creditCode', /already runs a stall/);
    await expectRefusal(
      'stall',
      LICENSE,
      { input: { ...input, creditCode: enterpriseNamed('苏州玲珑新材料有限公司').creditCode, number: 54 } },
      'creditCode',
      /not an individual business/,
    );
    await expectRefusal('stall', LICENSE, { input: { ...input, creditCode: other, number: 0 } }, 'number', /from 1/);
    await expectRefusal('stall', LICENSE, { input: { ...input, creditCode: other, number: 54, venueId: 'V-000000-0000' } }, 'venueId', /no venue/);
    await expectRefusal('stall', LICENSE, { input: { ...input, creditCode: other, number: 54, licensedOn: '2010-06-30' } }, 'licensedOn', /venue opened/);
  });
});
