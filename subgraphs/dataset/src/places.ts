import type { CommunityRecord, PoliceStationRecord, SubDistrictRecord } from './records';

/**
 * Places the source document names, under 12-digit statistical division codes
 * (320571 Suzhou Industrial Park, 320506 Wuzhong). Sub-district assignments and
 * codes the document does not state are ours and marked so.
 */
const SUZHOU_SUB_DISTRICTS: readonly SubDistrictRecord[] = [
  { code: '320571001000', name: '湖西社工委', city: '苏州市', district: '苏州工业园区' },
  // The document places Jinyi New Village in the Industrial Park without naming its sub-district.
  { code: '320571002000', name: '娄葑街道', city: '苏州市', district: '苏州工业园区' },
  // Hongzhuang is "吴中区洪庄社区"; the sub-district is our assumption.
  { code: '320506003000', name: '长桥街道', city: '苏州市', district: '吴中区' },
  // Canglang district bought public services from associations; its sub-district is our choice.
  { code: '320502001000', name: '双塔街道', city: '苏州市', district: '沧浪区' },
  // Taicang's pilot towns of government-society linkage (政社互动): the document's text garbles them as 程响 and 双峰; DESIGN.md names them 城厢 and 双凤.
  { code: '320585100000', name: '城厢镇', city: '太仓市', district: '太仓市' },
  { code: '320585101000', name: '双凤镇', city: '太仓市', district: '太仓市' },
];

/** The Huxi committee's 35 communities (the document gives the number; the names beyond the first five are ours). */
const HUXI_COMMUNITY_NAMES = [
  '星海社区',
  '翰林社区',
  '玲珑社区',
  '湖左岸社区',
  '师惠社区',
  '东湖大郡社区',
  '天域社区',
  '金鸡湖社区',
  '加城社区',
  '新城花园社区',
  '都市花园社区',
  '贵都社区',
  '华新社区',
  '海悦社区',
  '馨都社区',
  '绿景社区',
  '香溢社区',
  '明日社区',
  '国际社区',
  '菁英社区',
  '星湖社区',
  '现代社区',
  '湖滨社区',
  '水巷社区',
  '月亮湾社区',
  '钟南社区',
  '星洲社区',
  '湖东社区',
  '林语社区',
  '荷韵社区',
  '雅戈尔社区',
  '金厍社区',
  '华池社区',
  '翡翠社区',
  '苏华社区',
];

/**
 * Places of the safe-community association's work outside Suzhou: the promotion projects and the
 * enterprise-led safe communities the document names. Codes below the county are ours.
 */
const SAFE_COMMUNITY_PLACES: ReadonlyArray<{ subDistrict: SubDistrictRecord; community: string }> = [
  { subDistrict: { code: '370212003000', name: '金家岭街道', city: '青岛市', district: '崂山区' }, community: '青岛崂山金家岭社区' },
  { subDistrict: { code: '210213011000', name: '七顶山街道', city: '大连市', district: '金州区' }, community: '大连金州七顶山社区' },
  { subDistrict: { code: '330203008000', name: '白云街道', city: '宁波市', district: '海曙区' }, community: '宁波海曙白云社区' },
  { subDistrict: { code: '130982400000', name: '华北油田', city: '沧州市', district: '任丘市' }, community: '华北油田花园社区' },
  { subDistrict: { code: '140502400000', name: '晋煤集团矿区', city: '晋城市', district: '城区' }, community: '晋煤集团社区' },
  { subDistrict: { code: '140603400000', name: '平朔矿区', city: '朔州市', district: '平鲁区' }, community: '平朔煤矿社区' },
  { subDistrict: { code: '110111008000', name: '燕山迎风街道', city: '北京市', district: '房山区' }, community: '燕山石化社区' },
  { subDistrict: { code: '610112400000', name: '长庆油田矿区', city: '西安市', district: '未央区' }, community: '长庆油田社区' },
];

/** Shanghai's 69 sub-districts and towns that started safe-community building in 2011 (names real, the choice of 69 ours). */
const SHANGHAI_SUB_DISTRICTS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['310101', '黄浦区', ['南京东路街道', '外滩街道', '半淞园路街道', '小东门街道', '豫园街道', '老西门街道', '五里桥街道', '打浦桥街道', '淮海中路街道', '瑞金二路街道']],
  [
    '310104',
    '徐汇区',
    ['天平路街道', '湖南路街道', '斜土路街道', '枫林路街道', '长桥街道', '田林街道', '虹梅路街道', '康健新村街道', '徐家汇街道', '凌云路街道', '龙华街道', '漕河泾街道', '华泾镇'],
  ],
  ['310105', '长宁区', ['华阳路街道', '江苏路街道', '新华路街道', '周家桥街道', '天山路街道', '仙霞新村街道', '虹桥街道', '程家桥街道', '北新泾街道', '新泾镇']],
  ['310106', '静安区', ['江宁路街道', '石门二路街道', '南京西路街道', '静安寺街道', '曹家渡街道']],
  ['310107', '普陀区', ['曹杨新村街道', '长风新村街道', '长寿路街道', '甘泉路街道', '石泉路街道', '宜川路街道', '真如镇', '长征镇', '桃浦镇']],
  ['310109', '虹口区', ['欧阳路街道', '曲阳路街道', '广中路街道', '嘉兴路街道', '凉城新村街道', '四川北路街道', '提篮桥街道', '江湾镇街道']],
  [
    '310110',
    '杨浦区',
    ['定海路街道', '平凉路街道', '江浦路街道', '四平路街道', '控江路街道', '长白新村街道', '延吉新村街道', '殷行街道', '大桥街道', '五角场街道', '新江湾城街道', '五角场镇'],
  ],
  ['310112', '闵行区', ['江川路街道', '古美街道']],
];

/**
 * Shanghai's 58 sub-districts and towns that started in the six years before (2005-2010): 69 is "1.2 times the total of
 * the six previous years", 69 / 58 = 1.19 (57.5 would be exact). Names real; the choice, the numbering and the years ours.
 * Each entry's third element is the number of its first sub-district, after the district's 2011 ones.
 */
const SHANGHAI_EARLIER_SUB_DISTRICTS: ReadonlyArray<readonly [string, string, number, readonly string[]]> = [
  ['310108', '闸北区', 1, ['天目西路街道', '北站街道', '宝山路街道', '芷江西路街道', '共和新路街道', '大宁路街道', '彭浦新村街道', '临汾路街道', '彭浦镇']],
  ['310112', '闵行区', 3, ['莘庄镇', '七宝镇', '颛桥镇', '华漕镇', '虹桥镇', '梅陇镇', '吴泾镇', '马桥镇', '浦江镇']],
  ['310113', '宝山区', 1, ['友谊路街道', '吴淞街道', '张庙街道', '罗店镇', '大场镇', '杨行镇', '月浦镇', '罗泾镇', '顾村镇', '高境镇']],
  ['310114', '嘉定区', 1, ['新成路街道', '真新街道', '嘉定镇街道', '南翔镇', '安亭镇', '马陆镇', '徐行镇', '江桥镇']],
  [
    '310115',
    '浦东新区',
    1,
    [
      '潍坊新村街道',
      '陆家嘴街道',
      '周家渡街道',
      '塘桥街道',
      '上钢新村街道',
      '南码头路街道',
      '沪东新村街道',
      '金杨新村街道',
      '洋泾街道',
      '浦兴路街道',
      '东明路街道',
      '花木街道',
      '川沙新镇',
    ],
  ],
  ['310117', '松江区', 1, ['岳阳街道', '永丰街道', '方松街道', '中山街道', '泗泾镇', '佘山镇', '车墩镇', '新桥镇', '九亭镇']],
];

function shanghaiPlaces(districts: ReadonlyArray<readonly [string, string, number, readonly string[]]>): Array<{ subDistrict: SubDistrictRecord; community: CommunityRecord }> {
  return districts.flatMap(([division, district, first, names]) =>
    names.map((name, index) => {
      const number = `${division}${String(first + index).padStart(3, '0')}`;
      return {
        subDistrict: { code: `${number}000`, name, city: '上海市', district },
        community: { code: `${number}001`, name: `${name.replace(/(街道|镇)$/, '')}社区`, subDistrictCode: `${number}000` },
      };
    }),
  );
}

const shanghai = shanghaiPlaces(SHANGHAI_SUB_DISTRICTS.map(([division, district, names]) => [division, district, 1, names] as const));
const shanghaiEarlier = shanghaiPlaces(SHANGHAI_EARLIER_SUB_DISTRICTS);

export const SHANGHAI_SUB_DISTRICT_CODES: readonly string[] = shanghai.map((entry) => entry.subDistrict.code);
/** The sub-districts of SHANGHAI_EARLIER_SUB_DISTRICTS, in order. */
export const SHANGHAI_EARLIER_SUB_DISTRICT_CODES: readonly string[] = shanghaiEarlier.map((entry) => entry.subDistrict.code);

/** "陕西、甘肃等省也开始建设安全社区": a place in each province that started in 2011 (names real, codes below the county ours). */
const WESTERN_PLACES: ReadonlyArray<{ subDistrict: SubDistrictRecord; community: string }> = [
  { subDistrict: { code: '610103004000', name: '张家村街道', city: '西安市', district: '碑林区' }, community: '西安碑林张家村社区' },
  { subDistrict: { code: '620102003000', name: '酒泉路街道', city: '兰州市', district: '城关区' }, community: '兰州城关酒泉路社区' },
];

export const SUB_DISTRICTS: readonly SubDistrictRecord[] = [
  ...SUZHOU_SUB_DISTRICTS,
  ...SAFE_COMMUNITY_PLACES.map((place) => place.subDistrict),
  ...shanghai.map((entry) => entry.subDistrict),
  ...shanghaiEarlier.map((entry) => entry.subDistrict),
  ...WESTERN_PLACES.map((place) => place.subDistrict),
];

export const HUXI = '320571001000';

export const COMMUNITIES: readonly CommunityRecord[] = [
  ...HUXI_COMMUNITY_NAMES.map((name, index) => ({ code: `320571001${String(index + 1).padStart(3, '0')}`, name, subDistrictCode: HUXI })),
  { code: '320571002001', name: '锦衣新村', subDistrictCode: '320571002000' },
  { code: '320506003001', name: '洪庄社区', subDistrictCode: '320506003000' },
  { code: '320502001001', name: '沧浪新村社区', subDistrictCode: '320502001000' },
  { code: '320502001002', name: '南园社区', subDistrictCode: '320502001000' },
  { code: '320585100001', name: '城厢镇东门村', subDistrictCode: '320585100000' },
  { code: '320585101001', name: '双凤镇新湖村', subDistrictCode: '320585101000' },
  ...SAFE_COMMUNITY_PLACES.map((place) => ({ code: `${place.subDistrict.code.slice(0, 9)}001`, name: place.community, subDistrictCode: place.subDistrict.code })),
  ...shanghai.map((entry) => entry.community),
  ...shanghaiEarlier.map((entry) => entry.community),
  ...WESTERN_PLACES.map((place) => ({ code: `${place.subDistrict.code.slice(0, 9)}001`, name: place.community, subDistrictCode: place.subDistrict.code })),
];

export const JINYI_NEW_VILLAGE = '320571002001';
export const HONGZHUANG = '320506003001';
export const CANGLANG_COMMUNITIES = ['320502001001', '320502001002'] as const;
export const TAICANG_PILOT_TOWNS = ['320585100000', '320585101000'] as const;
/** The communities of the promotion projects and enterprise-led safe communities, in SAFE_COMMUNITY_PLACES order. */
export const SAFE_COMMUNITY_PLACE_CODES: readonly string[] = SAFE_COMMUNITY_PLACES.map((place) => `${place.subDistrict.code.slice(0, 9)}001`);
/** The communities of WESTERN_PLACES (Shaanxi, Gansu). */
export const WESTERN_SAFE_COMMUNITY_CODES: readonly string[] = WESTERN_PLACES.map((place) => `${place.subDistrict.code.slice(0, 9)}001`);

export const POLICE_STATIONS: readonly PoliceStationRecord[] = [
  { id: 'PS-320571-01', name: '湖西派出所', district: '苏州工业园区' },
  { id: 'PS-320571-02', name: '娄葑派出所', district: '苏州工业园区' },
  { id: 'PS-320506-01', name: '长桥派出所', district: '吴中区' },
  { id: 'PS-320502-01', name: '双塔派出所', district: '沧浪区' },
  { id: 'PS-320585-01', name: '城厢派出所', district: '太仓市' },
];

const PLACE_IN_DISTRICT: ReadonlyMap<string, { index: number; count: number }> = new Map(
  SUB_DISTRICTS.map((subDistrict) => {
    const inDistrict = SUB_DISTRICTS.filter((other) => other.code.slice(0, 6) === subDistrict.code.slice(0, 6));
    return [subDistrict.code, { index: inDistrict.indexOf(subDistrict), count: inDistrict.length }];
  }),
);

/**
 * How many copies placeCode can number, copy 0 included: copy k (from 1) of the district with
 * the most sub-districts (count) uses numbers up to 500 + k * count - 1, which must stay under 1000.
 */
export const PLACE_COPIES = Math.floor(500 / Math.max(...[...PLACE_IN_DISTRICT.values()].map((place) => place.count))) + 1;

/**
 * Where a place of the document's data set (copy 0) lies in synthetic copy `copy` of it
 * (`npm run seed -- --scale N` writes copies 0..N-1): the same district, a synthetic
 * sub-district number from 500 up (the real ones are lower), the same community number. Every agency maps codes
 * with this one function, so copies' references resolve.
 */
export function placeCode(code: string, copy: number): string {
  if (copy === 0) return code;
  const place = PLACE_IN_DISTRICT.get(`${code.slice(0, 9)}000`);
  if (!place) throw new Error(`${code} lies in no sub-district of the data set`);
  const number = 500 + (copy - 1) * place.count + place.index;
  if (number > 999) throw new RangeError(`copy ${copy} needs sub-district number ${number} in ${code.slice(0, 6)}: at most ${Math.floor(500 / place.count)} synthetic copies`);
  return `${code.slice(0, 6)}${number}${code.slice(9)}`;
}

/** An identifier of copy 0 as it is in copy `copy`. */
export function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-${copy}`;
}

/** A place name as it is in copy `copy`. */
export function copyName(name: string, copy: number): string {
  return copy === 0 ? name : `${name}（合成${copy}）`;
}
