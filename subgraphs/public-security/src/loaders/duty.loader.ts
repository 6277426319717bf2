import { In, type DataSource } from 'typeorm';
import { PatrolMember } from '../entities/patrol-member.entity';
import { PatrolShiftMember } from '../entities/patrol-shift-member.entity';
import { PATROL_RULE } from '../types/patrol-compliance.type';
import type { PatrolDuty } from '../types/patrol-duty.type';

export interface TeamDuty extends PatrolDuty {
  readonly teamId: string;
}

/**
 * Each team's days on patrol per member from `from` to `to`, for the members who had
 * joined by `from`, summed up per team: one statement for every team of a batch.
 */
export async function dutyOfTeams(db: DataSource, teamIds: readonly string[], from: string, to: string): Promise<TeamDuty[]> {
  const perMember = db
    .createQueryBuilder()
    .select('m.teamId', 'team_id')
    .addSelect('COUNT(d.onDate)', 'days')
    .from(PatrolMember, 'm')
    .leftJoin(PatrolShiftMember, 'd', 'd.teamId = m.teamId AND d.personId = m.personId AND d.onDate >= :from AND d.onDate <= :to')
    .where('m.teamId IN (:...teamIds)')
    .andWhere('m.joinedOn <= :from')
    .groupBy('m.teamId')
    .addGroupBy('m.personId');
  const rows = await db
    .createQueryBuilder()
    .select('t.team_id', 'teamId')
    .addSelect('COUNT(*)', 'members')
    .addSelect('SUM(t.days)', 'memberDays')
    .addSelect('MIN(t.days)', 'fewestDays')
    .addSelect('SUM(CASE WHEN t.days < :week THEN 1 ELSE 0 END)', 'membersUnderAWeek')
    .from(`(${perMember.getQuery()})`, 't')
    .setParameters({ from, to, teamIds, week: PATROL_RULE.minDaysPerMemberPerYear })
    .groupBy('t.team_id')
    .getRawMany<Record<keyof TeamDuty, string | number>>();
  // MySQL hands COUNT and SUM back as strings.
  return rows.map((row) => ({
    teamId: String(row.teamId),
    members: Number(row.members),
    memberDays: Number(row.memberDays),
    fewestDays: Number(row.fewestDays),
    membersUnderAWeek: Number(row.membersUnderAWeek),
  }));
}

/** The duty of a team with no member who had joined by the first day. */
export const NO_DUTY: PatrolDuty = { members: 0, memberDays: 0, fewestDays: 0, membersUnderAWeek: 0 };

/** The loader key of a shift: its team and day. */
export function shiftKey(teamId: string, onDate: string): string {
  return `${onDate}|${teamId}`;
}

/**
 * The members named on each of a batch of shifts (with the membership loaded), in
 * membership order: one statement for the batch (its teams × its days, then cut to the
 * shifts asked for). Writes name at most MAX_PAGE_SIZE members per shift.
 */
export async function dutiesOfShifts(db: DataSource, keys: readonly string[]): Promise<PatrolShiftMember[]> {
  const teams = new Set<string>();
  const days = new Set<string>();
  for (const key of keys) {
    const cut = key.indexOf('|');
    days.add(key.slice(0, cut));
    teams.add(key.slice(cut + 1));
  }
  const wanted = new Set(keys);
  const rows = await db.getRepository(PatrolShiftMember).find({
    where: { teamId: In([...teams]), onDate: In([...days]) },
    relations: { member: true },
    order: { member: { id: 'ASC' } },
  });
  return rows.filter((row) => wanted.has(shiftKey(row.teamId, row.onDate)));
}
