import {
  CANGLANG_COMMUNITIES,
  COMMUNITIES,
  copyId,
  HONGZHUANG,
  HUXI,
  JINYI_NEW_VILLAGE,
  placeCode,
  SAFE_COMMUNITY_PLACE_CODES,
  SHANGHAI_EARLIER_SUB_DISTRICT_CODES,
  SHANGHAI_SUB_DISTRICT_CODES,
  WESTERN_SAFE_COMMUNITY_CODES,
} from './places';
import { SeededRandom } from './random';
import type { AssociationRecord, Dataset, EnterpriseRecord } from './records';

export type MembershipRole = 'MEMBER' | 'COUNCIL_MEMBER' | 'VICE_PRESIDENT' | 'PRESIDENT';
export type CertificationMarkKind = 'CERTIFICATION' | 'COLLECTIVE' | 'GEOGRAPHICAL_INDICATION_CERTIFICATION' | 'GEOGRAPHICAL_INDICATION_COLLECTIVE';
export type PublicService = 'OUTDOOR_ADVERTISING' | 'ELDERLY_CARE' | 'CITY_APPEARANCE_AND_SANITATION';
export type ProcurementMethod = 'PUBLIC_TENDER' | 'PROJECT_CONTRACTING' | 'PROJECT_APPLICATION' | 'ENTRUSTED_MANAGEMENT';
export type SafeCommunityLevel = 'NATIONAL' | 'INTERNATIONAL';
export type SafeCommunityStatus = 'STARTED' | 'RECOMMENDED' | 'DESIGNATED';
export type SafeCommunityMeetingScope = 'PROVINCE' | 'AUTONOMOUS_REGION' | 'CITY' | 'ASIA' | 'WORLD';
export type SafeCommunityMeetingRole = 'CO_ORGANISER' | 'PARTICIPANT';

export interface MembershipRecord {
  readonly associationCreditCode: string;
  readonly enterpriseCreditCode: string;
  readonly since: string;
  readonly role: MembershipRole;
}

export interface CertificationMarkRecord {
  readonly registrationNumber: string;
  readonly name: string;
  readonly kind: CertificationMarkKind;
  readonly holderCreditCode: string;
  readonly registeredOn: string;
}

export interface MarkAuthorisationRecord {
  readonly registrationNumber: string;
  readonly enterpriseCreditCode: string;
  readonly authorisedOn: string;
}

export interface ServiceContractRecord {
  readonly purchaser: string;
  readonly providerCreditCode: string;
  readonly service: PublicService;
  readonly method: ProcurementMethod;
  readonly amountYuan: number;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly communityCode: string;
}

export interface SafeCommunityDesignationRecord {
  readonly communityCode: string;
  readonly level: SafeCommunityLevel;
  readonly status: SafeCommunityStatus;
  readonly year: number;
}

export interface PromotionProjectRecord {
  readonly name: string;
  readonly place: string;
  readonly year: number;
}

export interface TrainingSessionRecord {
  readonly heldOn: string;
  readonly place: string;
  readonly trainees: number;
}

export interface SupportCentreRecord {
  readonly name: string;
  readonly city: string;
  readonly establishedYear: number;
  readonly serves: string;
}

export interface SafeCommunityMeetingRecord {
  readonly name: string;
  readonly scope: SafeCommunityMeetingScope;
  readonly place: string;
  readonly year: number;
  /** The conference's number in its series (第三届: 3); null for a meeting that is not one of a series. */
  readonly edition: number | null;
  /** What the association did there; null where the document does not say. */
  readonly associationRole: SafeCommunityMeetingRole | null;
}

export interface SafeCommunityPlanRecord {
  readonly region: string;
  readonly name: string;
  readonly fromYear: number;
  readonly toYear: number;
}

export interface IndustryAssociationsRecords {
  readonly memberships: readonly MembershipRecord[];
  readonly certificationMarks: readonly CertificationMarkRecord[];
  readonly markAuthorisations: readonly MarkAuthorisationRecord[];
  readonly serviceContracts: readonly ServiceContractRecord[];
  readonly safeCommunityDesignations: readonly SafeCommunityDesignationRecord[];
  readonly promotionProjects: readonly PromotionProjectRecord[];
  readonly trainingSessions: readonly TrainingSessionRecord[];
  readonly supportCentres: readonly SupportCentreRecord[];
  readonly safeCommunityMeetings: readonly SafeCommunityMeetingRecord[];
  readonly safeCommunityPlans: readonly SafeCommunityPlanRecord[];
}

const CHAMBER_MANUFACTURERS = ['苏州工业园区星海光电有限公司', '苏州翰林精密制造有限公司', '苏州玲珑新材料有限公司'];

const SEED = 20110601; // the 2011 "safety production month" (安全生产月), when the association's training ran

/** The registration number is ours: plausible (a Trademark Office number), not the real record of the mark. */
const BILUOCHUN_MARK = '3650918';
const BILUOCHUN_REGISTERED_ON = '2002-10-28'; // ours as well

/** 2011: "10 多期培训班，培训了近 2000 人" — 11 sessions (10多: 11 to 19), 1,980 trainees (近2000: fewer than 2,000, within 5%). */
const TRAINING_2011 = { sessions: 11, trainees: 1_980 } as const;

/**
 * The associations' records: memberships, the Biluochun geographical-indication
 * mark and its users, Canglang's purchased services, and the national
 * safe-community work. Deterministic, and only keys that `core` holds.
 */
export function buildIndustryAssociationsRecords(core: Dataset): IndustryAssociationsRecords {
  const random = new SeededRandom(SEED);
  const [tea, chamber, safety] = core.associations;
  const mark = copyId(BILUOCHUN_MARK, core.copy);
  const teaGrowers = core.enterprises.filter((enterprise) => enterprise.industry === 'TEA');
  return {
    memberships: memberships(core, random, { tea, chamber, safety }),
    certificationMarks: [
      { registrationNumber: mark, name: '洞庭山碧螺春', kind: 'GEOGRAPHICAL_INDICATION_CERTIFICATION', holderCreditCode: tea.creditCode, registeredOn: BILUOCHUN_REGISTERED_ON },
    ],
    // Growers may use the mark from the spring (picking season) after both the mark and the grower existed.
    markAuthorisations: teaGrowers.map((grower) => ({
      registrationNumber: mark,
      enterpriseCreditCode: grower.creditCode,
      authorisedOn: `${Number(later(grower.establishedOn, BILUOCHUN_REGISTERED_ON).slice(0, 4)) + 1}-03-01`,
    })),
    serviceContracts: serviceContracts(chamber.creditCode, core.copy),
    safeCommunityDesignations: SAFE_COMMUNITY_DESIGNATIONS.map((designation) => ({ ...designation, communityCode: placeCode(designation.communityCode, core.copy) })),
    promotionProjects: PROMOTION_PROJECTS,
    trainingSessions: trainingSessions(random),
    supportCentres: SUPPORT_CENTRES,
    safeCommunityMeetings: SAFE_COMMUNITY_MEETINGS,
    safeCommunityPlans: SAFE_COMMUNITY_PLANS,
  };
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** A date in the years after an enterprise was established (members join once they exist). */
function joinedAfter(random: SeededRandom, enterprise: EnterpriseRecord, earliestYear: number): string {
  const year = Math.max(Number(enterprise.establishedOn.slice(0, 4)) + 1, earliestYear) + random.integer(0, 2);
  return `${year}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`;
}

function memberships(core: Dataset, random: SeededRandom, associations: { tea: AssociationRecord; chamber: AssociationRecord; safety: AssociationRecord }): MembershipRecord[] {
  const join = (association: AssociationRecord, enterprise: EnterpriseRecord, role: MembershipRole, earliestYear: number): MembershipRecord => ({
    associationCreditCode: association.creditCode,
    enterpriseCreditCode: enterprise.creditCode,
    since: joinedAfter(random, enterprise, earliestYear),
    role,
  });
  const companies = core.enterprises.filter((enterprise) => enterprise.kind === 'COMPANY');
  // Every tea grower of the data set joins the Biluochun tea association; the established tea company is a vice-president.
  const teaGrowers = core.enterprises.filter((enterprise) => enterprise.industry === 'TEA');
  // The Canglang chamber: the district's own companies, the Huxi committee's caterers and the Park's emission-pilot manufacturers that work with it.
  const canglang = CANGLANG_COMMUNITIES.map((code) => placeCode(code, core.copy));
  const huxi = placeCode(HUXI, core.copy).slice(0, 9);
  const chamberMembers = companies.filter(
    (enterprise) =>
      canglang.includes(enterprise.communityCode) ||
      (enterprise.communityCode.startsWith(huxi) && (enterprise.name.endsWith('餐饮管理有限公司') || CHAMBER_MANUFACTURERS.includes(enterprise.name))),
  );
  // The occupational-safety association: Hongzhuang's factories (the volunteer-patrol community) and the licensed
  // plastic-pellet company brought under "industry guidance"; the unlicensed hidden workshop belongs to nobody.
  // The enterprise-led safe communities' coal, petrochemical and oil enterprises are members too.
  const hongzhuang = placeCode(HONGZHUANG, core.copy);
  const safetyMembers = companies.filter(
    (enterprise) =>
      (enterprise.communityCode === hongzhuang && (enterprise.industry === 'MANUFACTURING' || enterprise.industry === 'PLASTIC_PELLET_PROCESSING')) ||
      enterprise.industry === 'COAL_MINING' ||
      enterprise.industry === 'PETROCHEMICAL' ||
      enterprise.industry === 'OIL_EXTRACTION',
  );
  return [
    ...teaGrowers.map((enterprise, i) => join(associations.tea, enterprise, i === 0 ? 'VICE_PRESIDENT' : 'MEMBER', 2003)),
    ...chamberMembers.map((enterprise, i) => join(associations.chamber, enterprise, i === 0 ? 'COUNCIL_MEMBER' : 'MEMBER', 2006)),
    ...safetyMembers.map((enterprise) => join(associations.safety, enterprise, 'MEMBER', 2008)),
  ];
}

/** Canglang bought outdoor advertising, elderly care and city appearance, once by each of the four methods (amounts ours). */
function serviceContracts(providerCreditCode: string, copy: number): ServiceContractRecord[] {
  const [canglangNewVillage, nanyuan] = CANGLANG_COMMUNITIES.map((code) => placeCode(code, copy));
  const purchaser = '沧浪区人民政府';
  return [
    {
      purchaser,
      providerCreditCode,
      service: 'OUTDOOR_ADVERTISING',
      method: 'PUBLIC_TENDER',
      amountYuan: 480_000,
      startsOn: '2010-01-01',
      endsOn: '2010-12-31',
      communityCode: canglangNewVillage,
    },
    {
      purchaser,
      providerCreditCode,
      service: 'CITY_APPEARANCE_AND_SANITATION',
      method: 'PROJECT_CONTRACTING',
      amountYuan: 850_000,
      startsOn: '2010-04-01',
      endsOn: '2011-03-31',
      communityCode: canglangNewVillage,
    },
    {
      purchaser,
      providerCreditCode,
      service: 'ELDERLY_CARE',
      method: 'PROJECT_APPLICATION',
      amountYuan: 360_000,
      startsOn: '2010-07-01',
      endsOn: '2011-06-30',
      communityCode: nanyuan,
    },
    // Entrusted management runs until the district ends it.
    { purchaser, providerCreditCode, service: 'ELDERLY_CARE', method: 'ENTRUSTED_MANAGEMENT', amountYuan: 240_000, startsOn: '2011-01-01', endsOn: null, communityCode: nanyuan },
  ];
}

/**
 * 2011: the association recommended 19 communities for the International Safe Community title and 13 were
 * designated; each had been designated nationally before (years ours). The 19: the places of the promotion
 * projects and enterprise-led safe communities the document names, and eleven of Suzhou's (our choice).
 * Shanghai's 69 sub-districts and towns started building safe communities in 2011 (one community each).
 */
const RECOMMENDED_2011 = [
  ...SAFE_COMMUNITY_PLACE_CODES,
  ...['320571001001', '320571001002', '320571001003', '320571001004', '320571001005', '320571001006', '320571001007', '320571001008'],
  HONGZHUANG,
  JINYI_NEW_VILLAGE,
  CANGLANG_COMMUNITIES[0],
];
const DESIGNATED_2011 = [...SAFE_COMMUNITY_PLACE_CODES.slice(0, 5), SAFE_COMMUNITY_PLACE_CODES[6], ...RECOMMENDED_2011.slice(8, 13), HONGZHUANG, CANGLANG_COMMUNITIES[0]];

/** How many of SHANGHAI_EARLIER_SUB_DISTRICT_CODES started in each of the six years before 2011 (58 in all; the spread is ours). */
const SHANGHAI_STARTS_BEFORE_2011: ReadonlyArray<readonly [number, number]> = [
  [2005, 3],
  [2006, 5],
  [2007, 7],
  [2008, 10],
  [2009, 14],
  [2010, 19],
];

const shanghaiEarlierStarts: readonly SafeCommunityDesignationRecord[] = (() => {
  const years = SHANGHAI_STARTS_BEFORE_2011.flatMap(([year, count]) => Array.from({ length: count }, () => year));
  if (years.length !== SHANGHAI_EARLIER_SUB_DISTRICT_CODES.length)
    throw new Error(`${years.length} start years for ${SHANGHAI_EARLIER_SUB_DISTRICT_CODES.length} Shanghai sub-districts`);
  const communities = COMMUNITIES.filter((community) => SHANGHAI_EARLIER_SUB_DISTRICT_CODES.includes(community.subDistrictCode));
  return communities.map((community): SafeCommunityDesignationRecord => ({
    communityCode: community.code,
    level: 'NATIONAL',
    status: 'STARTED',
    year: years[SHANGHAI_EARLIER_SUB_DISTRICT_CODES.indexOf(community.subDistrictCode)],
  }));
})();

const SAFE_COMMUNITY_DESIGNATIONS: readonly SafeCommunityDesignationRecord[] = [
  ...RECOMMENDED_2011.map((communityCode, i): SafeCommunityDesignationRecord => ({ communityCode, level: 'NATIONAL', status: 'DESIGNATED', year: 2008 + (i % 3) })),
  ...RECOMMENDED_2011.map((communityCode): SafeCommunityDesignationRecord => ({ communityCode, level: 'INTERNATIONAL', status: 'RECOMMENDED', year: 2011 })),
  ...DESIGNATED_2011.map((communityCode): SafeCommunityDesignationRecord => ({ communityCode, level: 'INTERNATIONAL', status: 'DESIGNATED', year: 2011 })),
  ...COMMUNITIES.filter((community) => SHANGHAI_SUB_DISTRICT_CODES.includes(community.subDistrictCode)).map((community): SafeCommunityDesignationRecord => ({
    communityCode: community.code,
    level: 'NATIONAL',
    status: 'STARTED',
    year: 2011,
  })),
  ...shanghaiEarlierStarts,
  // Shaanxi and Gansu "also began": the movement reaches the central and western provinces.
  ...WESTERN_SAFE_COMMUNITY_CODES.map((communityCode): SafeCommunityDesignationRecord => ({ communityCode, level: 'NATIONAL', status: 'STARTED', year: 2011 })),
];

/** The promotion projects the document names. */
const PROMOTION_PROJECTS: readonly PromotionProjectRecord[] = [
  { name: '青岛市崂山区全员伤害监测和国家安全质量工程', place: '青岛市崂山区', year: 2011 },
  { name: '华北油田花园小区福源巷市场消防安全提升工程', place: '华北油田花园小区', year: 2011 },
  { name: '大连金州新区七顶山街道温室职业病防治促进项目', place: '大连市金州新区七顶山街道', year: 2011 },
  { name: '宁波海曙区白云街道驾驶员俱乐部项目', place: '宁波市海曙区白云街道', year: 2011 },
];

/** One session a month from March, two in June (安全生产月). */
const TRAINING_MONTHS = [3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12];
const TRAINING_PLACES = ['北京市', '上海市', '广州市', '沈阳市', '青岛市', '大连市', '宁波市', '太原市', '成都市', '西安市', '六安市'];

/** 2011's sessions summing exactly to the document's figure, plus two 2010 sessions of ours so that the year matters. */
function trainingSessions(random: SeededRandom): TrainingSessionRecord[] {
  const counts = Array.from({ length: TRAINING_2011.sessions - 1 }, () => random.integer(170, 190));
  counts.push(TRAINING_2011.trainees - counts.reduce((sum, count) => sum + count, 0));
  const sessions2011 = counts.map((trainees, i) => ({
    heldOn: `2011-${String(TRAINING_MONTHS[i]).padStart(2, '0')}-${String(random.integer(10, 25)).padStart(2, '0')}`,
    place: TRAINING_PLACES[i],
    trainees,
  }));
  return [{ heldOn: '2010-05-18', place: '北京市', trainees: 120 }, { heldOn: '2010-11-09', place: '上海市', trainees: 95 }, ...sessions2011];
}

/** Four centres in 2010 (names and cities ours), Shenyang and Lu'an in 2011 as the document says. */
const SUPPORT_CENTRES: readonly SupportCentreRecord[] = [
  { name: '安全社区北京支持中心', city: '北京市', establishedYear: 2010, serves: '华北地区' },
  { name: '安全社区上海支持中心', city: '上海市', establishedYear: 2010, serves: '华东地区' },
  { name: '安全社区广州支持中心', city: '广州市', establishedYear: 2010, serves: '华南地区' },
  { name: '安全社区大连支持中心', city: '大连市', establishedYear: 2010, serves: '石油化工行业' },
  { name: '安全社区沈阳支持中心', city: '沈阳市', establishedYear: 2011, serves: '辽宁地区' },
  // The text says 六安; with "山西地区及煤矿行业" it may mean 潞安 (a Shanxi coal group). We keep the text.
  { name: '安全社区六安支持中心', city: '六安市', establishedYear: 2011, serves: '山西地区及煤矿行业' },
];

/**
 * 2011: "山西、四川、宁夏、广州先后召开省、区、市会议" — four provincial, regional and city meetings (names ours);
 * the association helped the Asian Safe Community Network centre hold the third Asian conference in Shanghai and
 * took part in the twentieth International Safe Community conference in Falun, Sweden (the year of both is the
 * report's, 2011).
 */
const SAFE_COMMUNITY_MEETINGS: readonly SafeCommunityMeetingRecord[] = [
  { name: '山西省安全社区建设工作会议', scope: 'PROVINCE', place: '太原市', year: 2011, edition: null, associationRole: null },
  { name: '四川省安全社区建设工作会议', scope: 'PROVINCE', place: '成都市', year: 2011, edition: null, associationRole: null },
  { name: '宁夏回族自治区安全社区建设工作会议', scope: 'AUTONOMOUS_REGION', place: '银川市', year: 2011, edition: null, associationRole: null },
  { name: '广州市安全社区建设工作会议', scope: 'CITY', place: '广州市', year: 2011, edition: null, associationRole: null },
  { name: '第三届亚洲安全社区网络大会', scope: 'ASIA', place: '上海市', year: 2011, edition: 3, associationRole: 'CO_ORGANISER' },
  { name: '第二十届国际安全社区大会', scope: 'WORLD', place: '瑞典法伦', year: 2011, edition: 20, associationRole: 'PARTICIPANT' },
];

/** Guangzhou, Shanghai and Shenyang planned safe-community building for the 12th Five-Year Plan (十二五, 2011-2015); plan names ours. */
const SAFE_COMMUNITY_PLANS: readonly SafeCommunityPlanRecord[] = ['广州市', '上海市', '沈阳市'].map((region) => ({
  region,
  name: `${region}“十二五”安全社区建设规划`,
  fromYear: 2011,
  toYear: 2015,
}));
