import { makeCreditCode, makeIdNumber } from '@governance/kit/identifiers';
import { COMMUNITIES, HONGZHUANG, JINYI_NEW_VILLAGE, POLICE_STATIONS, SUB_DISTRICTS } from './places';
import { SeededRandom } from './random';
import type { AssociationRecord, Dataset, EnterpriseRecord, Industry, PersonRecord, ResidentType, VenueRecord } from './records';

const SEED = 20090409; // the first police-citizen talk, 2009-04-09
const RESIDENTS_PER_COMMUNITY = 12;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '朱', '沈', '顾', '陆'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '建华', '志强', '丽华'];
const ORGANISATION_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * The small data set `npm start` seeds into empty databases: the places,
 * organisations and venue the document names, with a few residents and
 * enterprises in each community. Deterministic: same seed, same records.
 */
export function buildSmallDataset(): Dataset {
  const random = new SeededRandom(SEED);
  const persons = residents(random);
  return {
    subDistricts: SUB_DISTRICTS,
    communities: COMMUNITIES,
    persons,
    enterprises: enterprises(random, persons),
    venues: VENUES,
    policeStations: POLICE_STATIONS,
    associations: associations(random),
  };
}

function residents(random: SeededRandom): PersonRecord[] {
  const persons: PersonRecord[] = [];
  for (const community of COMMUNITIES) {
    for (let i = 0; i < RESIDENTS_PER_COMMUNITY; i += 1) {
      // Huxi: 60%+ new Suzhou residents and a share of foreign residents, as the document reports.
      const draw = random.next();
      const residentType: ResidentType = draw < 0.12 ? 'FOREIGN' : draw < 0.75 ? 'NEW_RESIDENT' : 'LOCAL';
      const birthYear = random.integer(1950, 2000);
      const birthDate = `${birthYear}${String(random.integer(1, 12)).padStart(2, '0')}${String(random.integer(1, 28)).padStart(2, '0')}`;
      const origin = residentType === 'LOCAL' ? community.code.slice(0, 6) : random.pick(['320571', '320506', '340102', '410105', '510104']);
      persons.push({
        idNumber: makeIdNumber(origin, birthDate, persons.length + 1),
        name: `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`,
        phone: `1${random.pick(['38', '39', '50', '58', '86', '89'])}${random.characters('0123456789', 8)}`,
        residentType,
        communityCode: community.code,
      });
    }
  }
  return persons;
}

interface EnterpriseDraft {
  readonly name: string;
  readonly kind: EnterpriseRecord['kind'];
  readonly industry: Industry;
  readonly communityCode: string;
  readonly establishedOn: string;
  readonly registeredCapitalYuan: number | null;
  readonly licenseStatus?: EnterpriseRecord['licenseStatus'];
}

const HUXI = COMMUNITIES.filter((community) => community.subDistrictCode === '320571001000');

const ENTERPRISE_DRAFTS: readonly EnterpriseDraft[] = [
  // The 52 snack stalls licensed in July 2010 when the Dongzhen Road snack square opened.
  ...Array.from({ length: 52 }, (_, i): EnterpriseDraft => ({
    name: `东镇路小吃广场${i + 1}号摊位`,
    kind: 'INDIVIDUAL_BUSINESS',
    industry: 'FOOD_SERVICE',
    communityCode: JINYI_NEW_VILLAGE,
    establishedOn: '2010-07-01',
    registeredCapitalYuan: null,
  })),
  { name: '苏州东镇路小吃广场管理有限公司', kind: 'COMPANY', industry: 'FOOD_SERVICE', communityCode: JINYI_NEW_VILLAGE, establishedOn: '2010-03-15', registeredCapitalYuan: 1_000_000 },
  { name: '苏州洪庄精密机械有限公司', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: HONGZHUANG, establishedOn: '2003-05-20', registeredCapitalYuan: 8_000_000 },
  { name: '苏州洪庄电子科技有限公司', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: HONGZHUANG, establishedOn: '2006-09-01', registeredCapitalYuan: 5_000_000 },
  { name: '吴中区洪庄纺织厂', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: HONGZHUANG, establishedOn: '1998-04-12', registeredCapitalYuan: 2_000_000 },
  { name: '苏州洞庭山碧螺春茶业有限公司', kind: 'COMPANY', industry: 'TEA', communityCode: HONGZHUANG, establishedOn: '2001-03-28', registeredCapitalYuan: 3_000_000 },
  { name: '吴中区东山碧螺春茶叶合作社', kind: 'COMPANY', industry: 'TEA', communityCode: HONGZHUANG, establishedOn: '2007-04-02', registeredCapitalYuan: 500_000 },
  { name: '度假区塑料颗粒加工厂', kind: 'INDIVIDUAL_BUSINESS', industry: 'PLASTIC_PELLET_PROCESSING', communityCode: HONGZHUANG, establishedOn: '2008-11-11', registeredCapitalYuan: null, licenseStatus: 'UNLICENSED' },
  { name: '苏州新塑再生资源有限公司', kind: 'COMPANY', industry: 'PLASTIC_PELLET_PROCESSING', communityCode: HONGZHUANG, establishedOn: '2005-06-30', registeredCapitalYuan: 1_500_000, licenseStatus: 'SUSPENDED' },
  // Industrial Park manufacturers of the 2010 carbon-emission trading pilot.
  { name: '苏州工业园区星海光电有限公司', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: '320571001001', establishedOn: '2004-08-18', registeredCapitalYuan: 50_000_000 },
  { name: '苏州翰林精密制造有限公司', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: '320571001002', establishedOn: '2006-02-09', registeredCapitalYuan: 30_000_000 },
  { name: '苏州玲珑新材料有限公司', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: '320571001003', establishedOn: '2008-10-30', registeredCapitalYuan: 20_000_000 },
  { name: '沧浪区户外广告有限公司', kind: 'COMPANY', industry: 'RETAIL', communityCode: '320502001001', establishedOn: '2005-05-05', registeredCapitalYuan: 1_000_000 },
  ...HUXI.flatMap((community, i): EnterpriseDraft[] => [
    { name: `${community.name.replace('社区', '')}便利超市`, kind: 'INDIVIDUAL_BUSINESS', industry: 'RETAIL', communityCode: community.code, establishedOn: `200${i + 3}-06-01`, registeredCapitalYuan: null },
    { name: `苏州${community.name.replace('社区', '')}餐饮管理有限公司`, kind: 'COMPANY', industry: 'FOOD_SERVICE', communityCode: community.code, establishedOn: `200${i + 2}-09-15`, registeredCapitalYuan: 600_000 },
  ]),
];

function enterprises(random: SeededRandom, persons: readonly PersonRecord[]): EnterpriseRecord[] {
  return ENTERPRISE_DRAFTS.map((draft) => ({
    creditCode: makeCreditCode(draft.kind === 'COMPANY' ? '91' : '92', draft.communityCode.slice(0, 6), random.characters(ORGANISATION_ALPHABET, 8)),
    name: draft.name,
    kind: draft.kind,
    industry: draft.industry,
    licenseStatus: draft.licenseStatus ?? 'ACTIVE',
    establishedOn: draft.establishedOn,
    registeredCapitalYuan: draft.registeredCapitalYuan,
    communityCode: draft.communityCode,
    legalRepresentativeIdNumber: draft.kind === 'COMPANY' ? random.pick(persons.filter((person) => person.communityCode === draft.communityCode)).idNumber : null,
  }));
}

const VENUES: readonly VenueRecord[] = [
  // The town invested 5,000,000+ yuan; the 52 stalls were licensed in July 2010.
  { id: 'V-320571-0001', name: '东镇路小吃广场', openedOn: '2010-07-01', investmentYuan: 5_000_000, communityCode: JINYI_NEW_VILLAGE },
];

function associations(random: SeededRandom): AssociationRecord[] {
  const drafts: ReadonlyArray<{ name: string; kind: AssociationRecord['kind']; division: string }> = [
    { name: '吴中区洞庭山碧螺春茶叶协会', kind: 'INDUSTRY_ASSOCIATION', division: '320506' },
    { name: '沧浪区总商会', kind: 'CHAMBER_OF_COMMERCE', division: '320508' },
    { name: '中国职业安全健康协会', kind: 'SAFETY_PROMOTION', division: '110000' },
  ];
  return drafts.map((draft) => ({
    creditCode: makeCreditCode('51', draft.division, random.characters(ORGANISATION_ALPHABET, 8)),
    name: draft.name,
    kind: draft.kind,
  }));
}
