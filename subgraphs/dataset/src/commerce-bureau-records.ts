import { SeededRandom } from './random';
import type { Dataset, EnterpriseRecord, LicenseStatus } from './records';

export type EnforcementKindName = 'UNLICENSED_OPERATION' | 'TRADEMARK_INFRINGEMENT';
export type EnforcementOutcomeName = 'OPEN' | 'WARNED' | 'FINED' | 'CLOSED_DOWN' | 'LICENSED';

export interface StallRecord {
  readonly venueId: string;
  readonly number: number;
  readonly creditCode: string;
  readonly licensedOn: string;
}

export interface EnforcementCaseRecord {
  readonly creditCode: string;
  readonly openedOn: string;
  readonly kind: EnforcementKindName;
  readonly outcome: EnforcementOutcomeName;
  readonly fineYuan: number | null;
  readonly closedOn: string | null;
  readonly note: string;
}

export interface EmissionAgreementRecord {
  readonly creditCode: string;
  readonly signedOn: string;
  readonly reductionTargetTonnes: number;
  readonly pilot: string;
}

export interface LicenseEventRecord {
  readonly creditCode: string;
  /** Null for the first entry: the enterprise entering the register. */
  readonly fromStatus: LicenseStatus | null;
  readonly toStatus: LicenseStatus;
  readonly reason: string;
  readonly changedOn: string;
}

export interface CommerceBureauRecords {
  readonly stalls: readonly StallRecord[];
  readonly enforcementCases: readonly EnforcementCaseRecord[];
  readonly emissionAgreements: readonly EmissionAgreementRecord[];
  /** In the order they happened, per enterprise. */
  readonly licenseEvents: readonly LicenseEventRecord[];
}

const SEED = 20100701; // the snack square's stalls were licensed in July 2010
const SNACK_SQUARE = '东镇路小吃广场';
const SNACK_STALL = /^东镇路小吃广场(\d+)号摊位$/;
const SIP_PILOT = '苏州工业园区碳排放交易试点';
const REGISTRATION = '设立登记';

/**
 * The commerce bureau's own records beyond the register: the snack square's 52
 * licensed stalls, enforcement cases from the document (the unlicensed
 * plastic-pellet workshop in a rented building, the night-snack stalls before
 * the square, Biluochun mark infringements), the Industrial Park's 2010
 * emission-reduction agreements, and the licence history that explains every
 * enterprise's current licence status.
 */
export function buildCommerceBureauRecords(core: Dataset): CommerceBureauRecords {
  const random = new SeededRandom(SEED);
  const byName = (name: string): EnterpriseRecord => {
    const found = core.enterprises.find((enterprise) => enterprise.name === name);
    if (!found) throw new Error(`the data set has no enterprise named ${name}`);
    return found;
  };
  const stalls = snackStalls(core, random);
  const stallOf = (number: number): StallRecord => {
    const found = stalls.find((stall) => stall.number === number);
    if (!found) throw new Error(`the snack square has no stall ${number}`);
    return found;
  };
  const workshop = byName('度假区塑料颗粒加工厂');
  const enforcementCases: EnforcementCaseRecord[] = [
    // Before the square opened, night-snack stalls traded unlicensed in Jinyi New Village; moving in regularised them.
    ...[1, 2, 3].map((number, index): EnforcementCaseRecord => ({
      creditCode: stallOf(number).creditCode,
      openedOn: `2010-03-${String(10 + index * 3).padStart(2, '0')}`,
      kind: 'UNLICENSED_OPERATION',
      outcome: 'LICENSED',
      fineYuan: null,
      closedOn: stallOf(number).licensedOn,
      note: '锦衣新村夜间小吃摊无证经营（噪音扰民、地面油污、酒后斗殴），迁入东镇路小吃广场后办证经营。',
    })),
    {
      creditCode: workshop.creditCode,
      openedOn: '2010-05-18',
      kind: 'UNLICENSED_OPERATION',
      outcome: 'CLOSED_DOWN',
      fineYuan: 20_000,
      closedOn: '2010-06-30',
      note: '度假区塑料颗粒加工：租用厂房隐蔽无证经营，依法取缔。',
    },
    // Shops outside the Biluochun association selling tea under the geographical-indication mark.
    {
      creditCode: byName('星海便利超市').creditCode,
      openedOn: '2010-04-12',
      kind: 'TRADEMARK_INFRINGEMENT',
      outcome: 'FINED',
      fineYuan: 5_000,
      closedOn: '2010-05-20',
      note: '未经授权销售标注“洞庭山碧螺春”地理标志证明商标的茶叶。',
    },
    {
      creditCode: byName('翰林便利超市').creditCode,
      openedOn: '2011-04-20',
      kind: 'TRADEMARK_INFRINGEMENT',
      outcome: 'WARNED',
      fineYuan: null,
      closedOn: '2011-05-10',
      note: '包装擅自使用“洞庭山碧螺春”证明商标，责令改正并警告。',
    },
    {
      creditCode: byName('玲珑便利超市').creditCode,
      openedOn: '2011-09-05',
      kind: 'TRADEMARK_INFRINGEMENT',
      outcome: 'OPEN',
      fineYuan: null,
      closedOn: null,
      note: '群众举报销售假冒“洞庭山碧螺春”茶叶，立案调查中。',
    },
  ];
  const emissionAgreements: EmissionAgreementRecord[] = [
    { creditCode: byName('苏州工业园区星海光电有限公司').creditCode, signedOn: '2010-09-16', reductionTargetTonnes: 12_500, pilot: SIP_PILOT },
    { creditCode: byName('苏州翰林精密制造有限公司').creditCode, signedOn: '2010-09-16', reductionTargetTonnes: 8_200, pilot: SIP_PILOT },
    { creditCode: byName('苏州玲珑新材料有限公司').creditCode, signedOn: '2010-11-02', reductionTargetTonnes: 5_600.5, pilot: SIP_PILOT },
  ];
  return {
    stalls,
    // Filed in date order, so case numbers follow the dates.
    enforcementCases: enforcementCases.sort((a, b) => a.openedOn.localeCompare(b.openedOn)),
    emissionAgreements,
    licenseEvents: core.enterprises.flatMap(licenseHistory),
  };
}

/** Stalls 1 to 52 of the snack square, each licensed on a day of July 2010. */
function snackStalls(core: Dataset, random: SeededRandom): StallRecord[] {
  const venue = core.venues.find((candidate) => candidate.name.startsWith(SNACK_SQUARE));
  if (!venue) throw new Error(`the data set has no venue named ${SNACK_SQUARE}`);
  return core.enterprises
    .filter((enterprise) => enterprise.kind === 'INDIVIDUAL_BUSINESS' && enterprise.communityCode === venue.communityCode && SNACK_STALL.test(enterprise.name))
    .map((enterprise) => ({
      venueId: venue.id,
      number: Number(SNACK_STALL.exec(enterprise.name)?.[1]),
      creditCode: enterprise.creditCode,
      licensedOn: `2010-07-${String(random.integer(1, 31)).padStart(2, '0')}`,
    }))
    .sort((a, b) => a.number - b.number);
}

/** Why an enterprise is not ACTIVE, as the bureau recorded it. */
const STATUS_CHANGES: Readonly<Record<string, { readonly changedOn: string; readonly reason: string; readonly initial?: boolean }>> = {
  // Never registered: filed when the raid found it, so its first entry is already UNLICENSED.
  度假区塑料颗粒加工厂: { changedOn: '2010-05-18', reason: '执法检查发现租用厂房隐蔽无证经营，立案查处', initial: true },
  苏州新塑再生资源有限公司: { changedOn: '2010-08-10', reason: '塑料颗粒加工行业整治：环保设施不达标，责令停业整顿' },
};

function licenseHistory(enterprise: EnterpriseRecord): LicenseEventRecord[] {
  const registered: LicenseEventRecord = { creditCode: enterprise.creditCode, fromStatus: null, toStatus: 'ACTIVE', reason: REGISTRATION, changedOn: enterprise.establishedOn };
  if (enterprise.licenseStatus === 'ACTIVE') return [registered];
  const change = STATUS_CHANGES[enterprise.name] ?? {
    changedOn: later(enterprise.establishedOn, `${Math.min(2011, Number(enterprise.establishedOn.slice(0, 4)) + 2)}-06-30`),
    reason: enterprise.licenseStatus === 'REVOKED' ? '连续六个月未开业，吊销营业执照' : '未按时年检，责令停业整顿',
  };
  const explained = { creditCode: enterprise.creditCode, toStatus: enterprise.licenseStatus, reason: change.reason, changedOn: change.changedOn };
  return change.initial ? [{ ...explained, fromStatus: null }] : [registered, { ...explained, fromStatus: 'ACTIVE' }];
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}
