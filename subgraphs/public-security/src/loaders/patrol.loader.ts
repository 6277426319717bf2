import type { DataSource, Repository } from 'typeorm';
import { MAX_PAGE_SIZE } from '@governance/kit';
import { PatrolMember } from '../entities/patrol-member.entity';
import { PatrolShift } from '../entities/patrol-shift.entity';
import { PatrolTeam } from '../entities/patrol-team.entity';
import { PATROL_RULE } from '../types/patrol-compliance.type';
import { DAY_OFFSETS_SQL, MAX_CALENDAR_DAYS, addDaysSql } from './sql-dialect';

export interface TeamEmployer {
  readonly teamId: string;
  readonly creditCode: string;
}

/**
 * The distinct employers of each team's members, at most MAX_PAGE_SIZE per
 * team, by credit code: one statement for every team of a batch.
 */
export async function employersOfTeams(members: Repository<PatrolMember>, teamIds: readonly string[]): Promise<TeamEmployer[]> {
  const distinct = members
    .createQueryBuilder('e')
    .select('e.teamId', 'team_id')
    .addSelect('e.enterpriseCreditCode', 'credit_code')
    .addSelect('ROW_NUMBER() OVER (PARTITION BY e.teamId ORDER BY e.enterpriseCreditCode)', 'row_rank')
    .where('e.teamId IN (:...teamIds)', { teamIds })
    .groupBy('e.teamId')
    .addGroupBy('e.enterpriseCreditCode');
  return members.manager
    .createQueryBuilder()
    .select('r.team_id', 'teamId')
    .addSelect('r.credit_code', 'creditCode')
    .from(`(${distinct.getQuery()})`, 'r')
    .where('r.row_rank <= :cap', { cap: MAX_PAGE_SIZE })
    .setParameters(distinct.getParameters())
    .orderBy('r.team_id', 'ASC')
    .addOrderBy('r.credit_code', 'ASC')
    .getRawMany<TeamEmployer>();
}

/** Calendar days from `from` to `to`, both included (0 when `from` is later). */
export function daysInRange(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1);
}

/**
 * The days from `from` to `to` on which each team did not keep its rule: a
 * calendar of day offsets LEFT JOINed to the compliant shifts, keeping the days
 * with none. One statement for every team of a batch.
 */
export async function nonCompliantDays(db: DataSource, teamIds: readonly string[], from: string, to: string): Promise<Array<{ teamId: string; day: string }>> {
  const days = daysInRange(from, to);
  if (days > MAX_CALENDAR_DAYS) throw new Error(`a calendar of ${days} days is longer than ${MAX_CALENDAR_DAYS}`);
  const day = addDaysSql(db, ':from', 'offsets.n');
  const rows = await db
    .createQueryBuilder()
    .select('team.id', 'teamId')
    .addSelect(day, 'day')
    .from(PatrolTeam, 'team')
    .innerJoin(DAY_OFFSETS_SQL, 'offsets', 'offsets.n < :days')
    .leftJoin(PatrolShift, 'shift', `shift.teamId = team.id AND shift.onDate = ${day} AND shift.membersOnPatrol >= :minMembers AND shift.hours >= :minHours`)
    .where('team.id IN (:...teamIds)')
    .andWhere('shift.id IS NULL')
    .setParameters({ from, days, teamIds, minMembers: PATROL_RULE.minMembersOnPatrol, minHours: PATROL_RULE.minHours })
    .orderBy('team.id', 'ASC')
    .addOrderBy('offsets.n', 'ASC')
    .getRawMany<{ teamId: string; day: string | Date }>();
  // MySQL may hand a computed date back as a Date at UTC midnight (the connection's time zone is Z).
  return rows.map((row) => ({ teamId: row.teamId, day: row.day instanceof Date ? row.day.toISOString().slice(0, 10) : row.day.slice(0, 10) }));
}
