import { HONGZHUANG, JINYI_NEW_VILLAGE } from './places';
import { SeededRandom } from './random';
import type { CommunityRecord, Dataset, EnterpriseRecord, PersonRecord } from './records';

export type IncidentKindRecord = 'NOISE_NUISANCE' | 'FIGHT' | 'THEFT' | 'TRAFFIC' | 'OTHER';

export interface StationCommunityRecord {
  readonly stationId: string;
  readonly communityCode: string;
}

export interface TalkConcernRecord {
  readonly concern: string;
  readonly resolution: string | null;
  readonly resolvedOn: string | null;
}

export interface TalkEventRecord {
  /** `TE-<yyyymmdd>-<nnnn>`: sorts by date, then by the order of the day. */
  readonly id: string;
  readonly heldOn: string;
  readonly stationId: string;
  readonly communityCode: string;
  readonly topic: string;
  readonly officersDeployed: number;
  readonly attendees: number;
  readonly peopleHelped: number;
  readonly concerns: readonly TalkConcernRecord[];
}

export interface PatrolTeamRecord {
  readonly id: string;
  readonly name: string;
  readonly communityCode: string;
}

export interface PatrolMemberRecord {
  readonly teamId: string;
  /** The member, by ID number (the seed turns it into the Person pseudonym). */
  readonly idNumber: string;
  /** The employer whose guard the member is. */
  readonly enterpriseCreditCode: string;
  readonly joinedOn: string;
}

export interface PatrolShiftRecord {
  readonly teamId: string;
  readonly onDate: string;
  readonly membersOnPatrol: number;
  readonly hours: number;
}

export interface IncidentRecord {
  readonly communityCode: string;
  readonly occurredOn: string;
  readonly kind: IncidentKindRecord;
  readonly description: string;
}

export interface PublicSecurityRecords {
  readonly stationCommunities: readonly StationCommunityRecord[];
  readonly talkEvents: readonly TalkEventRecord[];
  readonly patrolTeams: readonly PatrolTeamRecord[];
  readonly patrolMembers: readonly PatrolMemberRecord[];
  readonly patrolShifts: readonly PatrolShiftRecord[];
  readonly incidents: readonly IncidentRecord[];
}

const SEED = 20110101;

/**
 * Which station serves the communities of each sub-district. The Industrial
 * Park has two stations, so the district alone does not decide: Huxi's
 * communities go to 湖西派出所, Jinyi New Village (娄葑) to 娄葑派出所.
 */
const STATION_OF_SUB_DISTRICT: Readonly<Record<string, string>> = {
  '320571001000': 'PS-320571-01',
  '320571002000': 'PS-320571-02',
  '320506003000': 'PS-320506-01',
  '320502001000': 'PS-320502-01',
  '320585100000': 'PS-320585-01',
  '320585101000': 'PS-320585-01',
};

const SNACK_SQUARE_RESOLUTION = '镇政府投资500多万元建设东镇路小吃广场，2010年7月52家摊点入驻合法经营';

/** The first police-citizen talk (2009-04-09, 锦衣新村): the night-snack stalls, solved by the snack square. */
const FIRST_TALK = {
  heldOn: '2009-04-09',
  communityCode: JINYI_NEW_VILLAGE,
  topic: '锦衣新村夜宵摊扰民问题警民恳谈',
  officersDeployed: 6,
  attendees: 120,
  peopleHelped: 45,
  concerns: ['夜宵摊噪音扰民', '地面油腻易摔倒', '酒后打架'].map((concern) => ({ concern, resolution: SNACK_SQUARE_RESOLUTION, resolvedOn: '2010-07-01' })),
};

const TOPICS = ['出租房屋安全管理', '电动车防盗', '新苏州人子女入学与居住登记', '小区停车秩序', '防范电信诈骗', '夜间治安巡逻', '邻里纠纷调解', '校园周边交通安全'];

const CONCERNS: ReadonlyArray<{ concern: string; resolution: string }> = [
  { concern: '楼道电动车充电存在火灾隐患', resolution: '社区增设集中充电点，派出所开展消防宣传' },
  { concern: '夜间小区门口治安不好', resolution: '增加夜间巡逻频次，加装监控探头' },
  { concern: '群租房人员流动大', resolution: '落实出租房屋登记备案，房东签订治安责任书' },
  { concern: '放学时段校门口车辆拥堵', resolution: '交警与社区志愿者上下学时段值守疏导' },
  { concern: '老人接到诈骗电话', resolution: '民警进社区开展防骗讲座，发放宣传资料' },
];

/**
 * Public security's share of the small data set: which station serves each
 * community; police-citizen talks (警民恳谈) 2009-2011 in every community,
 * beginning with the first one at Jinyi New Village; Hongzhuang's
 * social-enterprise volunteer patrol with a shift every day of 2011 that keeps
 * the rule (>= 6 members, >= 8 hours) and ten days of January 2012 that do
 * not all keep it; a smaller neighbourhood patrol wherever an employer is
 * near; a few incidents.
 */
export function buildPublicSecurityRecords(core: Dataset): PublicSecurityRecords {
  const stationCommunities = core.communities.map((community) => {
    const stationId = STATION_OF_SUB_DISTRICT[community.subDistrictCode];
    if (!stationId || !core.policeStations.some((station) => station.id === stationId)) {
      throw new Error(`no police station serves sub-district ${community.subDistrictCode} of community ${community.code}`);
    }
    return { stationId, communityCode: community.code };
  });
  const stationOf = new Map(stationCommunities.map((row) => [row.communityCode, row.stationId]));
  // One generator per kind of record, so that changing how patrols are drawn leaves the talks as they were.
  return {
    stationCommunities,
    talkEvents: talkEvents(core, new SeededRandom(SEED), stationOf),
    ...patrols(core, new SeededRandom(SEED + 1)),
    incidents: INCIDENTS,
  };
}

type EventDraft = Omit<TalkEventRecord, 'id'>;

function talkEvents(core: Dataset, random: SeededRandom, stationOf: ReadonlyMap<string, string>): TalkEventRecord[] {
  const drafts: EventDraft[] = [{ ...FIRST_TALK, stationId: stationOf.get(FIRST_TALK.communityCode)! }];
  for (const year of [2009, 2010, 2011]) {
    for (const community of core.communities) {
      const count = random.integer(1, 2);
      for (let i = 0; i < count; i += 1) {
        // Every other talk of 2009 came after the first one, on 2009-04-09.
        const month = random.integer(year === 2009 ? 5 : 1, 12);
        const attendees = random.integer(20, 200);
        const concerns = Array.from({ length: random.integer(0, 2) }, () => {
          const picked = random.pick(CONCERNS);
          const resolved = random.next() < 0.7;
          return { concern: picked.concern, resolution: resolved ? picked.resolution : null, resolvedOn: resolved ? `${year + 1}-0${random.integer(1, 6)}-15` : null };
        });
        drafts.push({
          heldOn: `${year}-${String(month).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
          stationId: stationOf.get(community.code)!,
          communityCode: community.code,
          topic: `${community.name}${random.pick(TOPICS)}警民恳谈`,
          officersDeployed: random.integer(2, 8),
          attendees,
          peopleHelped: random.integer(5, Math.min(40, attendees)),
          concerns,
        });
      }
    }
  }
  // Stable sort: events of the same day keep the order they were drafted in.
  drafts.sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const perDay = new Map<string, number>();
  return drafts.map((draft) => {
    const sequence = (perDay.get(draft.heldOn) ?? 0) + 1;
    perDay.set(draft.heldOn, sequence);
    return { id: talkEventId(draft.heldOn, sequence), ...draft };
  });
}

/** The id of the `sequence`-th talk event recorded for a day. */
export function talkEventId(heldOn: string, sequence: number): string {
  return `TE-${heldOn.replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`;
}

const HONGZHUANG_TEAM = 'PT-320506003001-01';
/** Members of a neighbourhood patrol: enough residents to keep the six-a-day rule. */
const LOCAL_TEAM_MEMBERS = 6;

function patrols(core: Dataset, random: SeededRandom): Pick<PublicSecurityRecords, 'patrolTeams' | 'patrolMembers' | 'patrolShifts'> {
  const members = (teamId: string, persons: readonly PersonRecord[], employers: readonly EnterpriseRecord[], joinedYear: number): PatrolMemberRecord[] =>
    persons.map((person, index) => ({
      teamId,
      idNumber: person.idNumber,
      enterpriseCreditCode: employers[index % employers.length].creditCode,
      joinedOn: `${joinedYear}-${String(random.integer(1, 12)).padStart(2, '0')}-01`,
    }));
  // Hongzhuang: the guards of its enterprises, every resident of the small data set among them.
  const hongzhuangEmployers = core.enterprises.filter((enterprise) => enterprise.communityCode === HONGZHUANG);
  const teams: PatrolTeamRecord[] = [{ id: HONGZHUANG_TEAM, name: '洪庄社会企业志愿巡逻队', communityCode: HONGZHUANG }];
  const patrolMembers = members(HONGZHUANG_TEAM, residentsOf(core, HONGZHUANG), hongzhuangEmployers, 2010);
  const patrolShifts: PatrolShiftRecord[] = daysOf('2011-01-01', '2011-12-31').map((onDate) => ({
    teamId: HONGZHUANG_TEAM,
    onDate,
    membersOnPatrol: random.integer(6, 9),
    hours: random.pick([8, 8.5, 9, 10]),
  }));
  // January 2012: the 3rd was short of members, the 6th short of hours, and nobody filed a shift on the 9th.
  for (const onDate of daysOf('2012-01-01', '2012-01-10').filter((day) => day !== '2012-01-09')) {
    patrolShifts.push({ teamId: HONGZHUANG_TEAM, onDate, membersOnPatrol: onDate === '2012-01-03' ? 5 : 7, hours: onDate === '2012-01-06' ? 6 : 8 });
  }
  // Every other community with an employer nearby has a smaller neighbourhood patrol (ours, not the document's), with a week of shifts.
  for (const community of core.communities.filter((candidate) => candidate.code !== HONGZHUANG)) {
    const employers = nearestEmployers(core, community);
    if (employers.length === 0) continue;
    const teamId = `PT-${community.code}-01`;
    teams.push({ id: teamId, name: `${community.name}平安志愿巡逻队`, communityCode: community.code });
    patrolMembers.push(...members(teamId, residentsOf(core, community.code).slice(0, LOCAL_TEAM_MEMBERS), employers, 2010));
    for (const onDate of daysOf('2011-06-01', '2011-06-07')) patrolShifts.push({ teamId, onDate, membersOnPatrol: random.integer(4, LOCAL_TEAM_MEMBERS), hours: 8 });
  }
  return { patrolTeams: teams, patrolMembers, patrolShifts };
}

function residentsOf(core: Dataset, communityCode: string): PersonRecord[] {
  const residents = core.persons.filter((person) => person.communityCode === communityCode);
  if (residents.length < LOCAL_TEAM_MEMBERS) throw new Error(`community ${communityCode} has too few residents for a patrol`);
  return residents;
}

/** Enterprises of the community, else of its sub-district, else of its district (the first six digits of the code). */
function nearestEmployers(core: Dataset, community: CommunityRecord): EnterpriseRecord[] {
  const subDistrictOf = new Map(core.communities.map((row) => [row.code, row.subDistrictCode]));
  const tiers: Array<(enterprise: EnterpriseRecord) => boolean> = [
    (enterprise) => enterprise.communityCode === community.code,
    (enterprise) => subDistrictOf.get(enterprise.communityCode) === community.subDistrictCode,
    (enterprise) => enterprise.communityCode.slice(0, 6) === community.code.slice(0, 6),
  ];
  for (const inTier of tiers) {
    const found = core.enterprises.filter(inTier);
    if (found.length > 0) return found;
  }
  return [];
}

/** Every calendar day from `from` to `to`, both included, as YYYY-MM-DD. */
function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

const INCIDENTS: readonly IncidentRecord[] = [
  { communityCode: JINYI_NEW_VILLAGE, occurredOn: '2009-03-14', kind: 'NOISE_NUISANCE', description: '夜宵摊凌晨喧哗，居民投诉扰民' },
  { communityCode: JINYI_NEW_VILLAGE, occurredOn: '2009-03-28', kind: 'FIGHT', description: '夜宵摊食客酒后斗殴' },
  { communityCode: JINYI_NEW_VILLAGE, occurredOn: '2009-04-02', kind: 'OTHER', description: '夜宵摊周边地面油腻，老人滑倒受伤' },
  { communityCode: HONGZHUANG, occurredOn: '2010-11-20', kind: 'THEFT', description: '厂区电动车被盗' },
  { communityCode: HONGZHUANG, occurredOn: '2011-02-08', kind: 'THEFT', description: '出租屋内财物被盗' },
  { communityCode: '320571001001', occurredOn: '2011-05-16', kind: 'TRAFFIC', description: '小区门口电动车与行人碰擦' },
];
