import { HONGZHUANG_FACTORIES } from './document-dataset';
import { copyId, HONGZHUANG, JINYI_NEW_VILLAGE, placeCode } from './places';
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

/** A member named on a shift: who was out on patrol that day. */
export interface PatrolDutyRecord {
  readonly teamId: string;
  readonly onDate: string;
  /** The member, by ID number (the seed turns it into the Person pseudonym). */
  readonly idNumber: string;
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
  readonly patrolDuties: readonly PatrolDutyRecord[];
  readonly incidents: readonly IncidentRecord[];
}

const SEED = 20110101;

/** The document's figures for Suzhou's police-citizen talks, 2009-04-09 through 2011. */
export const TALK_FIGURES = { from: '2009-04-09', to: '2011-12-31', events: 22_334, officersDeployed: 81_540, peopleHelped: 380_560 } as const;

/**
 * Which station serves the communities of each sub-district. The Industrial
 * Park has two stations, so the district alone does not decide: Huxi's
 * communities go to 湖西派出所, Jinyi New Village (娄葑) to 娄葑派出所.
 * Only Suzhou's places have a station in the data set.
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
 * Public security's share of the data set: which station serves each Suzhou
 * community; the 22,334 police-citizen talks (警民恳谈) from 2009-04-09 through
 * 2011 with 81,540 officer deployments and 380,560 people helped, beginning with
 * the first one at Jinyi New Village and growing over the years; Hongzhuang's
 * social-enterprise volunteer patrol (a guard from each of HONGZHUANG_FACTORIES factories of 368 enterprises)
 * with a shift every day of 2011 that keeps the rule (>= 6 members, >= 8 hours),
 * its members named on each shift in turn so that each was out at least a week
 * in 2011, and ten days of January 2012 that do not all keep it; a smaller neighbourhood
 * patrol wherever an employer is near; a few incidents.
 */
export function buildPublicSecurityRecords(core: Dataset): PublicSecurityRecords {
  const stationOfSubDistrict = new Map(Object.entries(STATION_OF_SUB_DISTRICT).map(([code, station]) => [placeCode(code, core.copy), copyId(station, core.copy)]));
  const stationCommunities = core.communities.flatMap((community) => {
    const stationId = stationOfSubDistrict.get(community.subDistrictCode);
    if (stationId === undefined) return [];
    if (!core.policeStations.some((station) => station.id === stationId)) throw new Error(`no police station ${stationId} for community ${community.code}`);
    return [{ stationId, communityCode: community.code }];
  });
  const stationOf = new Map(stationCommunities.map((row) => [row.communityCode, row.stationId]));
  // One generator per kind of record, so that changing how patrols are drawn leaves the talks as they were.
  return {
    stationCommunities,
    talkEvents: talkEvents(core, new SeededRandom(SEED + core.copy * 7_919), stationOf),
    ...patrols(core, new SeededRandom(SEED + 1 + core.copy * 7_919)),
    incidents: INCIDENTS.map((incident) => ({ ...incident, communityCode: placeCode(incident.communityCode, core.copy) })),
  };
}

/**
 * Talks per day, the same in every copy (so that copy k's talks of a day are numbered after
 * copy k-1's): one on 2009-04-09, the first; the rest growing linearly from a few a day in 2009
 * to about three times as many at the end of 2011.
 */
const TALKS_PER_DAY: ReadonlyArray<readonly [string, number]> = (() => {
  const days = daysOf(TALK_FIGURES.from, TALK_FIGURES.to).slice(1);
  const weights = days.map((_, i) => 1 + (2 * i) / (days.length - 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const rest = TALK_FIGURES.events - 1;
  const exact = weights.map((weight) => (rest * weight) / total);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((value, i) => [value - counts[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = rest - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < missing; i += 1) counts[byRemainder[i][1]] += 1;
  return [[TALK_FIGURES.from, 1] as const, ...days.map((day, i) => [day, counts[i]] as const)];
})();

function talkEvents(core: Dataset, random: SeededRandom, stationOf: ReadonlyMap<string, string>): TalkEventRecord[] {
  const suzhou = core.communities.filter((community) => stationOf.has(community.code));
  const events: TalkEventRecord[] = [];
  for (const [heldOn, count] of TALKS_PER_DAY) {
    for (let j = 0; j < count; j += 1) {
      const id = talkEventId(heldOn, core.copy * count + j + 1);
      if (events.length === 0) {
        const communityCode = placeCode(FIRST_TALK.communityCode, core.copy);
        events.push({ id, ...FIRST_TALK, communityCode, stationId: stationOf.get(communityCode)! });
        continue;
      }
      const community = random.pick(suzhou);
      const year = Number(heldOn.slice(0, 4));
      const concerns = Array.from({ length: random.integer(0, 2) }, () => {
        const picked = random.pick(CONCERNS);
        const resolved = random.next() < 0.7;
        return { concern: picked.concern, resolution: resolved ? picked.resolution : null, resolvedOn: resolved ? `${year + 1}-0${random.integer(1, 6)}-15` : null };
      });
      const peopleHelped = random.integer(6, 28);
      events.push({
        id,
        heldOn,
        stationId: stationOf.get(community.code)!,
        communityCode: community.code,
        topic: `${community.name}${random.pick(TOPICS)}警民恳谈`,
        officersDeployed: random.integer(2, 5),
        attendees: peopleHelped + random.integer(10, 150),
        peopleHelped,
        concerns,
      });
    }
  }
  // The drawn figures, nudged one by one (never below 1, never past the attendees) until they sum to the document's.
  nudge(events, random, 'officersDeployed', TALK_FIGURES.officersDeployed, () => 12);
  nudge(events, random, 'peopleHelped', TALK_FIGURES.peopleHelped, (event) => event.attendees);
  return events;
}

function nudge(events: TalkEventRecord[], random: SeededRandom, field: 'officersDeployed' | 'peopleHelped', target: number, max: (event: TalkEventRecord) => number): void {
  let difference = target - events.reduce((sum, event) => sum + event[field], 0);
  while (difference !== 0) {
    // Never the first talk: its figures are the document's.
    const index = 1 + Math.floor(random.next() * (events.length - 1));
    const event = events[index];
    const step = Math.sign(difference);
    const value = event[field] + step;
    if (value < 1 || value > max(event)) continue;
    events[index] = { ...event, [field]: value };
    difference -= step;
  }
}

/** The id of the `sequence`-th talk event recorded for a day. */
export function talkEventId(heldOn: string, sequence: number): string {
  return `TE-${heldOn.replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`;
}

/** Members of a neighbourhood patrol: enough residents to keep the six-a-day rule. */
const LOCAL_TEAM_MEMBERS = 6;
/** "队员每年巡逻时间不少于一周": every Hongzhuang member is out at least 7 days a year. */
const DAYS_PER_MEMBER_PER_YEAR = 7;

function patrols(core: Dataset, random: SeededRandom): Pick<PublicSecurityRecords, 'patrolTeams' | 'patrolMembers' | 'patrolShifts' | 'patrolDuties'> {
  const residents = new Map<string, PersonRecord[]>();
  for (const person of core.persons) {
    const list = residents.get(person.communityCode);
    if (list) list.push(person);
    else residents.set(person.communityCode, [person]);
  }
  const residentsOf = (communityCode: string): PersonRecord[] => {
    const found = residents.get(communityCode) ?? [];
    if (found.length < LOCAL_TEAM_MEMBERS) throw new Error(`community ${communityCode} has too few residents for a patrol`);
    return found;
  };
  const joined = (): string => `2010-${String(random.integer(1, 12)).padStart(2, '0')}-01`;
  // Hongzhuang: one guard from each of the 近500 factories; a factory belongs to one of the community's 368 manufacturers.
  const hongzhuang = placeCode(HONGZHUANG, core.copy);
  const hongzhuangTeam = `PT-${hongzhuang}-01`;
  const manufacturers = core.enterprises.filter(
    (enterprise) => enterprise.communityCode === hongzhuang && enterprise.industry === 'MANUFACTURING' && enterprise.kind === 'COMPANY',
  );
  const guards = residentsOf(hongzhuang).slice(0, HONGZHUANG_FACTORIES);
  const teams: PatrolTeamRecord[] = [{ id: hongzhuangTeam, name: '洪庄社会企业志愿巡逻队', communityCode: hongzhuang }];
  const patrolMembers: PatrolMemberRecord[] = guards.map((person, factory) => ({
    teamId: hongzhuangTeam,
    idNumber: person.idNumber,
    enterpriseCreditCode: (factory < manufacturers.length ? manufacturers[factory] : random.pick(manufacturers)).creditCode,
    joinedOn: joined(),
  }));
  // 8 to 12 out a day (the rule asks for 6): enough member-days in 2011 for every member's week.
  const shifts2011: PatrolShiftRecord[] = daysOf('2011-01-01', '2011-12-31').map((onDate) => ({
    teamId: hongzhuangTeam,
    onDate,
    membersOnPatrol: random.integer(8, 12),
    hours: random.pick([8, 8.5, 9, 10]),
  }));
  const memberDays2011 = shifts2011.reduce((sum, shift) => sum + shift.membersOnPatrol, 0);
  if (memberDays2011 < DAYS_PER_MEMBER_PER_YEAR * guards.length) throw new Error(`${memberDays2011} member-days cannot give ${guards.length} members a week each`);
  const patrolShifts: PatrolShiftRecord[] = [...shifts2011];
  // January 2012: the 3rd was short of members, the 6th short of hours, and nobody filed a shift on the 9th.
  for (const onDate of daysOf('2012-01-01', '2012-01-10').filter((day) => day !== '2012-01-09')) {
    patrolShifts.push({ teamId: hongzhuangTeam, onDate, membersOnPatrol: onDate === '2012-01-03' ? 5 : 7, hours: onDate === '2012-01-06' ? 6 : 8 });
  }
  const patrolDuties = rota(guards, patrolShifts);
  // Every other community with an employer nearby has a smaller neighbourhood patrol (ours, not the document's), with a week of shifts.
  const employers = nearestEmployers(core);
  for (const community of core.communities.filter((candidate) => candidate.code !== hongzhuang)) {
    const near = employers(community);
    if (near.length === 0) continue;
    const teamId = `PT-${community.code}-01`;
    teams.push({ id: teamId, name: `${community.name}平安志愿巡逻队`, communityCode: community.code });
    const local = residentsOf(community.code).slice(0, LOCAL_TEAM_MEMBERS);
    patrolMembers.push(...local.map((person, index) => ({ teamId, idNumber: person.idNumber, enterpriseCreditCode: near[index % near.length].creditCode, joinedOn: joined() })));
    const week = daysOf('2011-06-01', '2011-06-07').map((onDate) => ({ teamId, onDate, membersOnPatrol: random.integer(4, LOCAL_TEAM_MEMBERS), hours: 8 }));
    patrolShifts.push(...week);
    patrolDuties.push(...rota(local, week));
  }
  return { patrolTeams: teams, patrolMembers, patrolShifts, patrolDuties };
}

/** Names the members out on each shift in turn (a rota), so that days on patrol spread evenly over the members. */
function rota(members: readonly PersonRecord[], shifts: readonly PatrolShiftRecord[]): PatrolDutyRecord[] {
  let next = 0;
  return shifts.flatMap((shift) => {
    if (shift.membersOnPatrol > members.length) throw new Error(`team ${shift.teamId} has ${members.length} members, not ${shift.membersOnPatrol} to send out on ${shift.onDate}`);
    return Array.from({ length: shift.membersOnPatrol }, () => ({ teamId: shift.teamId, onDate: shift.onDate, idNumber: members[next++ % members.length].idNumber }));
  });
}

/** Enterprises of the community, else of its sub-district, else of its district (the first six digits of the code). */
function nearestEmployers(core: Dataset): (community: CommunityRecord) => EnterpriseRecord[] {
  const subDistrictOf = new Map(core.communities.map((row) => [row.code, row.subDistrictCode]));
  const group = (keyOf: (enterprise: EnterpriseRecord) => string | undefined) => {
    const groups = new Map<string, EnterpriseRecord[]>();
    for (const enterprise of core.enterprises) {
      const key = keyOf(enterprise);
      if (key === undefined) continue;
      const list = groups.get(key);
      if (list) list.push(enterprise);
      else groups.set(key, [enterprise]);
    }
    return groups;
  };
  const byCommunity = group((enterprise) => enterprise.communityCode);
  const bySubDistrict = group((enterprise) => subDistrictOf.get(enterprise.communityCode));
  const byDistrict = group((enterprise) => enterprise.communityCode.slice(0, 6));
  return (community) => byCommunity.get(community.code) ?? bySubDistrict.get(community.subDistrictCode) ?? byDistrict.get(community.code.slice(0, 6)) ?? [];
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
