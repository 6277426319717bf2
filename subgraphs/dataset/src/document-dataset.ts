import { CREDIT_CODE_COPIES, CreditCodes, ID_NUMBER_SLOTS, idNumberOf } from './identities';
import { COMMUNITIES, copyId, copyName, HONGZHUANG, HUXI, JINYI_NEW_VILLAGE, PLACE_COPIES, placeCode, POLICE_STATIONS, SAFE_COMMUNITY_PLACE_CODES, SUB_DISTRICTS } from './places';
import { SeededRandom } from './random';
import type { AssociationRecord, CommunityRecord, Dataset, EnterpriseRecord, Industry, PersonRecord, ResidentType } from './records';

const SEED = 20090409; // the first police-citizen talk, 2009-04-09
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '朱', '沈', '顾', '陆', '钱', '蒋', '许', '金'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '建华', '志强', '丽华', '文', '斌', '婷', '浩'];
const ORIGINS = ['320571', '320506', '340102', '341502', '410105', '510104', '420106', '362502', '130102'];

/**
 * Residents by type per community: the document's figures for Huxi (62000余, 60%以上 new, 7510余 foreign) and Jinyi
 * (13000多 migrants, new and foreign). "N余/N多" is read as at least N and below N plus one unit of N's last non-zero
 * digit (7510余: 7,510 to 7,519), so each figure is chosen inside that range.
 */
const HUXI_RESIDENTS = { total: 62_345, FOREIGN: 7_514, NEW_RESIDENT: 37_720 } as const;
const JINYI_RESIDENTS = { total: 14_000, FOREIGN: 150, NEW_RESIDENT: 13_200 } as const;
const HONGZHUANG_RESIDENTS = { total: 1_200, FOREIGN: 20, NEW_RESIDENT: 700 } as const;
const OTHER_RESIDENTS = { total: 24, FOREIGN: 1, NEW_RESIDENT: 10 } as const;
/** Enterprises of each Huxi community and Jinyi New Village beyond the ones the document names (ours). */
const HUXI_ENTERPRISES_PER_COMMUNITY = 200;
const JINYI_ENTERPRISES = 300;
/** Hongzhuang's patrol: guards of 近500 (nearly 500: fewer, within 5%) factories belonging to 360多 (361-369) enterprises. */
export const HONGZHUANG_FACTORIES = 492;
const HONGZHUANG_NEW_ENTERPRISES = 365;

type Quota = { readonly total: number; readonly FOREIGN: number; readonly NEW_RESIDENT: number };

/** Residents per community, the same in every copy (so persons are numbered alike in every copy). */
const RESIDENT_QUOTAS: ReadonlyMap<string, Quota> = (() => {
  const random = new SeededRandom(SEED - 1);
  const huxi = COMMUNITIES.filter((community) => community.subDistrictCode === HUXI);
  const weights = huxi.map(() => 0.6 + random.next() * 0.8);
  const sum = weights.reduce((a, b) => a + b, 0);
  const totals = weights.map((weight) => Math.floor((HUXI_RESIDENTS.total * weight) / sum));
  totals[0] += HUXI_RESIDENTS.total - totals.reduce((a, b) => a + b, 0);
  const share = (n: number, part: number) => Math.floor((n * part) / HUXI_RESIDENTS.total);
  const foreign = totals.map((n) => share(n, HUXI_RESIDENTS.FOREIGN));
  const fresh = totals.map((n) => share(n, HUXI_RESIDENTS.NEW_RESIDENT));
  foreign[0] += HUXI_RESIDENTS.FOREIGN - foreign.reduce((a, b) => a + b, 0);
  fresh[0] += HUXI_RESIDENTS.NEW_RESIDENT - fresh.reduce((a, b) => a + b, 0);
  const quotas = new Map<string, Quota>(huxi.map((community, i) => [community.code, { total: totals[i], FOREIGN: foreign[i], NEW_RESIDENT: fresh[i] }]));
  quotas.set(JINYI_NEW_VILLAGE, JINYI_RESIDENTS);
  quotas.set(HONGZHUANG, HONGZHUANG_RESIDENTS);
  for (const community of COMMUNITIES) if (!quotas.has(community.code)) quotas.set(community.code, OTHER_RESIDENTS);
  return quotas;
})();

/** Persons in one copy of the data set. */
export const PERSONS_PER_COPY = [...RESIDENT_QUOTAS.values()].reduce((sum, quota) => sum + quota.total, 0);

/**
 * The most copies of the data set that can be made (`npm run seed -- --scale N`, N at most this):
 * synthetic sub-district numbers run out first (39 copies), then credit codes, then ID numbers.
 */
export const MAX_SCALE = Math.min(PLACE_COPIES, CREDIT_CODE_COPIES, Math.floor(ID_NUMBER_SLOTS / PERSONS_PER_COPY));

const cache = new Map<number, Dataset>();

/**
 * The document's data set (copy 0), or synthetic copy `copy` of it: the same places under
 * other sub-district numbers, new people and enterprises drawn by the same rules.
 * Deterministic: same copy, same records, on every machine. Copy 0 is cached.
 */
export function buildDocumentDataset(copy = 0): Dataset {
  const cached = cache.get(copy);
  if (cached) return cached;
  const random = new SeededRandom(SEED + copy * 7_919);
  const codes = new CreditCodes(random, copy);
  const communities = COMMUNITIES.map((community) => ({
    code: placeCode(community.code, copy),
    name: copyName(community.name, copy),
    subDistrictCode: placeCode(community.subDistrictCode, copy),
  }));
  const persons = residents(random, copy, communities);
  const dataset: Dataset = {
    copy,
    subDistricts: SUB_DISTRICTS.map((subDistrict) => ({ ...subDistrict, code: placeCode(subDistrict.code, copy), name: copyName(subDistrict.name, copy) })),
    communities,
    persons,
    enterprises: enterprises(random, codes, copy, communities, persons),
    venues: [
      // The town invested 500多万元 (5 to 6 million yuan; the exact sum is ours); the 52 stalls were licensed in July 2010.
      {
        id: copyId('V-320571-0001', copy),
        name: copyName('东镇路小吃广场', copy),
        openedOn: '2010-07-01',
        investmentYuan: 5_280_000,
        communityCode: placeCode(JINYI_NEW_VILLAGE, copy),
      },
    ],
    policeStations: POLICE_STATIONS.map((station) => ({ ...station, id: copyId(station.id, copy), name: copyName(station.name, copy) })),
    associations: associations(codes, copy),
  };
  // Copy 0, and the copy the agencies are seeding now (`npm run seed` writes one copy to every agency, then the next).
  for (const key of cache.keys()) if (key !== 0) cache.delete(key);
  cache.set(copy, dataset);
  return dataset;
}

function residents(random: SeededRandom, copy: number, communities: readonly CommunityRecord[]): PersonRecord[] {
  const persons: PersonRecord[] = [];
  COMMUNITIES.forEach((base, c) => {
    const community = communities[c];
    const quota = RESIDENT_QUOTAS.get(base.code)!;
    let foreign = quota.FOREIGN;
    let fresh = quota.NEW_RESIDENT;
    for (let left = quota.total; left > 0; left -= 1) {
      // Drawing without replacement: the types add up to the quota exactly, in a random order.
      const draw = random.next() * left;
      const residentType: ResidentType = draw < foreign ? 'FOREIGN' : draw < foreign + fresh ? 'NEW_RESIDENT' : 'LOCAL';
      if (residentType === 'FOREIGN') foreign -= 1;
      if (residentType === 'NEW_RESIDENT') fresh -= 1;
      const origin = residentType === 'LOCAL' ? community.code.slice(0, 6) : random.pick(ORIGINS);
      persons.push({
        idNumber: idNumberOf(copy * PERSONS_PER_COPY + persons.length, origin),
        name: `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`,
        phone: `1${random.pick(['38', '39', '50', '58', '86', '89'])}${random.characters('0123456789', 8)}`,
        residentType,
        communityCode: community.code,
      });
    }
  });
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

const HUXI_CODES = COMMUNITIES.filter((community) => community.subDistrictCode === HUXI);

/** The enterprises the document names or implies, in copy 0's codes. */
const NAMED_ENTERPRISES: readonly EnterpriseDraft[] = [
  // The 52 snack stalls licensed in July 2010 when the Dongzhen Road snack square opened.
  ...Array.from({ length: 52 }, (_, i): EnterpriseDraft => ({
    name: `东镇路小吃广场${i + 1}号摊位`,
    kind: 'INDIVIDUAL_BUSINESS',
    industry: 'FOOD_SERVICE',
    communityCode: JINYI_NEW_VILLAGE,
    establishedOn: '2010-07-01',
    registeredCapitalYuan: null,
  })),
  {
    name: '苏州东镇路小吃广场管理有限公司',
    kind: 'COMPANY',
    industry: 'FOOD_SERVICE',
    communityCode: JINYI_NEW_VILLAGE,
    establishedOn: '2010-03-15',
    registeredCapitalYuan: 1_000_000,
  },
  { name: '苏州洪庄精密机械有限公司', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: HONGZHUANG, establishedOn: '2003-05-20', registeredCapitalYuan: 8_000_000 },
  { name: '苏州洪庄电子科技有限公司', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: HONGZHUANG, establishedOn: '2006-09-01', registeredCapitalYuan: 5_000_000 },
  { name: '吴中区洪庄纺织厂', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: HONGZHUANG, establishedOn: '1998-04-12', registeredCapitalYuan: 2_000_000 },
  { name: '苏州洞庭山碧螺春茶业有限公司', kind: 'COMPANY', industry: 'TEA', communityCode: HONGZHUANG, establishedOn: '2001-03-28', registeredCapitalYuan: 3_000_000 },
  { name: '吴中区东山碧螺春茶叶合作社', kind: 'COMPANY', industry: 'TEA', communityCode: HONGZHUANG, establishedOn: '2007-04-02', registeredCapitalYuan: 500_000 },
  {
    name: '度假区塑料颗粒加工厂',
    kind: 'INDIVIDUAL_BUSINESS',
    industry: 'PLASTIC_PELLET_PROCESSING',
    communityCode: HONGZHUANG,
    establishedOn: '2008-11-11',
    registeredCapitalYuan: null,
    licenseStatus: 'UNLICENSED',
  },
  {
    name: '苏州新塑再生资源有限公司',
    kind: 'COMPANY',
    industry: 'PLASTIC_PELLET_PROCESSING',
    communityCode: HONGZHUANG,
    establishedOn: '2005-06-30',
    registeredCapitalYuan: 1_500_000,
    licenseStatus: 'SUSPENDED',
  },
  // Industrial Park manufacturers of the 2010 carbon-emission trading pilot.
  {
    name: '苏州工业园区星海光电有限公司',
    kind: 'COMPANY',
    industry: 'MANUFACTURING',
    communityCode: '320571001001',
    establishedOn: '2004-08-18',
    registeredCapitalYuan: 50_000_000,
  },
  { name: '苏州翰林精密制造有限公司', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: '320571001002', establishedOn: '2006-02-09', registeredCapitalYuan: 30_000_000 },
  { name: '苏州玲珑新材料有限公司', kind: 'COMPANY', industry: 'MANUFACTURING', communityCode: '320571001003', establishedOn: '2008-10-30', registeredCapitalYuan: 20_000_000 },
  { name: '沧浪区户外广告有限公司', kind: 'COMPANY', industry: 'RETAIL', communityCode: '320502001001', establishedOn: '2005-05-05', registeredCapitalYuan: 1_000_000 },
  // The enterprise-led safe communities.
  {
    name: '山西晋煤集团',
    kind: 'COMPANY',
    industry: 'COAL_MINING',
    communityCode: SAFE_COMMUNITY_PLACE_CODES[4],
    establishedOn: '1958-07-01',
    registeredCapitalYuan: 3_000_000_000,
  },
  {
    name: '中煤能源平朔煤矿',
    kind: 'COMPANY',
    industry: 'COAL_MINING',
    communityCode: SAFE_COMMUNITY_PLACE_CODES[5],
    establishedOn: '1982-07-01',
    registeredCapitalYuan: 2_000_000_000,
  },
  { name: '燕山石化', kind: 'COMPANY', industry: 'PETROCHEMICAL', communityCode: SAFE_COMMUNITY_PLACE_CODES[6], establishedOn: '1970-07-01', registeredCapitalYuan: 5_000_000_000 },
  {
    name: '长庆油田',
    kind: 'COMPANY',
    industry: 'OIL_EXTRACTION',
    communityCode: SAFE_COMMUNITY_PLACE_CODES[7],
    establishedOn: '1970-11-01',
    registeredCapitalYuan: 4_000_000_000,
  },
  {
    name: '华北油田',
    kind: 'COMPANY',
    industry: 'OIL_EXTRACTION',
    communityCode: SAFE_COMMUNITY_PLACE_CODES[3],
    establishedOn: '1976-01-01',
    registeredCapitalYuan: 4_000_000_000,
  },
  ...HUXI_CODES.flatMap((community, i): EnterpriseDraft[] => [
    {
      name: `${community.name.replace('社区', '')}便利超市`,
      kind: 'INDIVIDUAL_BUSINESS',
      industry: 'RETAIL',
      communityCode: community.code,
      establishedOn: `200${(i % 7) + 3}-06-01`,
      registeredCapitalYuan: null,
    },
    {
      name: `苏州${community.name.replace('社区', '')}餐饮管理有限公司`,
      kind: 'COMPANY',
      industry: 'FOOD_SERVICE',
      communityCode: community.code,
      establishedOn: `200${(i % 8) + 2}-09-15`,
      registeredCapitalYuan: 600_000,
    },
  ]),
];

const FACTORY_PLACES = [
  '吴中',
  '长桥',
  '越溪',
  '横泾',
  '郭巷',
  '木渎',
  '胥口',
  '甪直',
  '东山',
  '太湖',
  '苏南',
  '吴越',
  '金枫',
  '宝带',
  '澹台',
  '石湖',
  '龙西',
  '迎春',
  '尹山',
  '蠡墅',
];
const PRODUCTS = [
  '精密机械',
  '电子科技',
  '纺织',
  '塑胶制品',
  '五金',
  '包装材料',
  '光电',
  '模具',
  '印刷',
  '服饰',
  '家具',
  '汽车零部件',
  '电器',
  '新材料',
  '化纤',
  '食品',
  '医疗器械',
  '环保设备',
  '建材',
];
const TRADES: ReadonlyArray<{ industry: Industry; company: string; shop: string }> = [
  { industry: 'MANUFACTURING', company: '科技有限公司', shop: '加工厂' },
  { industry: 'RETAIL', company: '商贸有限公司', shop: '商店' },
  { industry: 'FOOD_SERVICE', company: '餐饮有限公司', shop: '小吃店' },
];
const BRAND_WORDS = ['恒', '瑞', '华', '鑫', '盛', '泰', '隆', '达', '康', '宏', '信', '诚', '丰', '佳', '源', '景', '博', '嘉', '润', '新'];

function enterprises(random: SeededRandom, codes: CreditCodes, copy: number, communities: readonly CommunityRecord[], persons: readonly PersonRecord[]): EnterpriseRecord[] {
  const residentsOf = new Map<string, PersonRecord[]>();
  for (const person of persons) {
    const list = residentsOf.get(person.communityCode);
    if (list) list.push(person);
    else residentsOf.set(person.communityCode, [person]);
  }
  const nameOf = new Map(communities.map((community) => [community.code, community.name]));
  const make = (draft: EnterpriseDraft): EnterpriseRecord => {
    const communityCode = placeCode(draft.communityCode, copy);
    return {
      creditCode: codes.next(draft.kind === 'COMPANY' ? '91' : '92', communityCode.slice(0, 6)),
      name: draft.name,
      kind: draft.kind,
      industry: draft.industry,
      licenseStatus: draft.licenseStatus ?? 'ACTIVE',
      establishedOn: draft.establishedOn,
      registeredCapitalYuan: draft.registeredCapitalYuan,
      communityCode,
      legalRepresentativeIdNumber: draft.kind === 'COMPANY' ? random.pick(residentsOf.get(communityCode) ?? []).idNumber : null,
    };
  };
  const hongzhuangFactories = FACTORY_PLACES.filter((place) => place !== '洪庄')
    .flatMap((place) => PRODUCTS.map((product) => `苏州${place}${product}有限公司`))
    .slice(0, HONGZHUANG_NEW_ENTERPRISES);
  const drafts: EnterpriseDraft[] = [
    ...NAMED_ENTERPRISES,
    ...hongzhuangFactories.map((name): EnterpriseDraft => ({
      name,
      kind: 'COMPANY',
      industry: 'MANUFACTURING',
      communityCode: HONGZHUANG,
      establishedOn: randomDate(random, 1995, 2010),
      registeredCapitalYuan: random.integer(5, 500) * 100_000,
    })),
    ...[
      ...HUXI_CODES.flatMap((community) => Array.from({ length: HUXI_ENTERPRISES_PER_COMMUNITY }, () => community.code)),
      ...Array.from({ length: JINYI_ENTERPRISES }, () => JINYI_NEW_VILLAGE),
    ].map((communityCode): EnterpriseDraft => {
      const trade = random.pick(TRADES);
      const company = random.next() < 0.7;
      const brand = `${random.pick(BRAND_WORDS)}${random.pick(BRAND_WORDS)}`;
      const draw = random.next();
      return {
        name: company ? `苏州${brand}${trade.company}` : `${(nameOf.get(placeCode(communityCode, copy)) ?? '').replace(/社区|新村|（合成\d+）/g, '')}${brand}${trade.shop}`,
        kind: company ? 'COMPANY' : 'INDIVIDUAL_BUSINESS',
        industry: trade.industry,
        communityCode,
        establishedOn: randomDate(random, 1995, 2011),
        registeredCapitalYuan: company ? random.integer(1, 300) * 100_000 : null,
        licenseStatus: draw < 0.03 ? 'SUSPENDED' : draw < 0.05 ? 'REVOKED' : 'ACTIVE',
      };
    }),
  ];
  return drafts.map(make);
}

function randomDate(random: SeededRandom, fromYear: number, toYear: number): string {
  return `${random.integer(fromYear, toYear)}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`;
}

function associations(codes: CreditCodes, copy: number): AssociationRecord[] {
  const drafts: ReadonlyArray<{ name: string; kind: AssociationRecord['kind']; division: string }> = [
    { name: '吴中区洞庭山碧螺春茶叶协会', kind: 'INDUSTRY_ASSOCIATION', division: '320506' },
    { name: '沧浪区总商会', kind: 'CHAMBER_OF_COMMERCE', division: '320508' },
    { name: '中国职业安全健康协会', kind: 'SAFETY_PROMOTION', division: '110000' },
  ];
  return drafts.map((draft) => ({ creditCode: codes.next('51', draft.division), name: copyName(draft.name, copy), kind: draft.kind }));
}
