import DataLoader from 'dataloader';
import type { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { MAX_BATCH_SIZE, createGroupPageLoader, rankedRowsPerGroup, totalsByGroup, type GroupPageKey } from '@governance/kit';
import type { PatrolShift } from '../entities/patrol-shift.entity';
import type { PatrolDuty } from '../types/patrol-duty.type';
import { NO_DUTY, dutyOfTeams } from './duty.loader';
import { nonCompliantDays } from './patrol.loader';
import { groupsByFilter, scopeKey, type Scoped } from './scope';

/** The loader key of a team's shifts (or compliance) from `from` to `to`; either end may be open. */
export function shiftScope(teamId: string, from: string | null, to: string | null): string {
  return scopeKey(`${from ?? ''}..${to ?? ''}`, teamId);
}

function parseRange(filter: string): { from: string | null; to: string | null } {
  const [from, to] = filter.split('..');
  return { from: from === '' ? null : from, to: to === '' ? null : to };
}

function closedRange(filter: string): { from: string; to: string } {
  const { from, to } = parseRange(filter);
  if (from === null || to === null) throw new Error('compliance and duty need a closed range');
  return { from, to };
}

function inRange(filter: string): (query: SelectQueryBuilder<PatrolShift>) => SelectQueryBuilder<PatrolShift> {
  const { from, to } = parseRange(filter);
  return (query) => {
    let narrowed = query;
    if (from !== null) narrowed = narrowed.andWhere('e.onDate >= :range_from', { range_from: from });
    if (to !== null) narrowed = narrowed.andWhere('e.onDate <= :range_to', { range_to: to });
    return narrowed;
  };
}

export interface ShiftLoaders {
  /** A page of shifts per team and date range, ordered by day. */
  readonly pages: DataLoader<GroupPageKey<string>, Scoped<PatrolShift>[], string>;
  readonly count: DataLoader<string, number>;
  /** The days each team broke its rule in a (closed) range. */
  readonly nonCompliantDates: DataLoader<string, string[]>;
  /** Each team's days on patrol per member in a (closed) range. */
  readonly duty: DataLoader<string, PatrolDuty>;
}

export function createShiftLoaders(db: DataSource, shifts: Repository<PatrolShift>): ShiftLoaders {
  return {
    pages: createGroupPageLoader(
      async (scopes, page) => {
        const found: Scoped<PatrolShift>[] = [];
        for (const [filter, teams] of groupsByFilter(scopes)) {
          const rows = await rankedRowsPerGroup(shifts, {
            groupProperty: 'teamId',
            order: ['onDate'],
            groups: teams,
            limit: page.limit + 1,
            after: page.after === undefined ? undefined : [page.after],
            narrow: inRange(filter),
          });
          found.push(...rows.map((row) => ({ scope: scopeKey(filter, row.teamId), row })));
        }
        return found;
      },
      (item) => item.scope,
    ),
    count: new DataLoader<string, number>(
      async (scopes) => {
        const counts = new Map<string, number>();
        for (const [filter, teams] of groupsByFilter(scopes)) {
          for (const row of await totalsByGroup(shifts, 'teamId', teams, { narrow: inRange(filter) })) counts.set(scopeKey(filter, row.key), row.total);
        }
        return scopes.map((scope) => counts.get(scope) ?? 0);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
    nonCompliantDates: new DataLoader<string, string[]>(
      async (scopes) => {
        const dates = new Map<string, string[]>(scopes.map((scope) => [scope, []]));
        for (const [filter, teams] of groupsByFilter(scopes)) {
          const { from, to } = closedRange(filter);
          for (const row of await nonCompliantDays(db, teams, from, to)) dates.get(scopeKey(filter, row.teamId))?.push(row.day);
        }
        return scopes.map((scope) => dates.get(scope) ?? []);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
    duty: new DataLoader<string, PatrolDuty>(
      async (scopes) => {
        const duties = new Map<string, PatrolDuty>();
        for (const [filter, teams] of groupsByFilter(scopes)) {
          const { from, to } = closedRange(filter);
          for (const { teamId, ...duty } of await dutyOfTeams(db, teams, from, to)) duties.set(scopeKey(filter, teamId), duty);
        }
        return scopes.map((scope) => duties.get(scope) ?? NO_DUTY);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
  };
}
