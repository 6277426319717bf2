import type { CommunityRecord, PoliceStationRecord, SubDistrictRecord } from './records';

/**
 * Places the source document names, under 12-digit statistical division codes
 * (320571 Suzhou Industrial Park, 320506 Wuzhong). Sub-district assignments
 * the document does not state are ours and marked so.
 */
export const SUB_DISTRICTS: readonly SubDistrictRecord[] = [
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

/** Communities of the Huxi committee in the small data set (the document's 35 come with the full seed). */
const HUXI_COMMUNITIES = ['星海社区', '翰林社区', '玲珑社区', '湖左岸社区', '师惠社区'];

export const COMMUNITIES: readonly CommunityRecord[] = [
  ...HUXI_COMMUNITIES.map((name, index) => ({
    code: `320571001${String(index + 1).padStart(3, '0')}`,
    name,
    subDistrictCode: '320571001000',
  })),
  { code: '320571002001', name: '锦衣新村', subDistrictCode: '320571002000' },
  { code: '320506003001', name: '洪庄社区', subDistrictCode: '320506003000' },
  { code: '320502001001', name: '沧浪新村社区', subDistrictCode: '320502001000' },
  { code: '320502001002', name: '南园社区', subDistrictCode: '320502001000' },
  { code: '320585100001', name: '城厢镇东门村', subDistrictCode: '320585100000' },
  { code: '320585101001', name: '双凤镇新湖村', subDistrictCode: '320585101000' },
];

export const JINYI_NEW_VILLAGE = '320571002001';
export const HONGZHUANG = '320506003001';
export const CANGLANG_COMMUNITIES = ['320502001001', '320502001002'] as const;
export const TAICANG_PILOT_TOWNS = ['320585100000', '320585101000'] as const;

export const POLICE_STATIONS: readonly PoliceStationRecord[] = [
  { id: 'PS-320571-01', name: '湖西派出所', district: '苏州工业园区' },
  { id: 'PS-320571-02', name: '娄葑派出所', district: '苏州工业园区' },
  { id: 'PS-320506-01', name: '长桥派出所', district: '吴中区' },
  { id: 'PS-320502-01', name: '双塔派出所', district: '沧浪区' },
  { id: 'PS-320585-01', name: '城厢派出所', district: '太仓市' },
];
