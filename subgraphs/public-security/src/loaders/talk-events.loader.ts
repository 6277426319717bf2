import DataLoader from 'dataloader';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { MAX_BATCH_SIZE, createGroupPageLoader, rankedRowsPerGroup, type GroupPageKey } from '@governance/kit';
import type { TalkEvent } from '../entities/talk-event.entity';
import type { TalkEventYearTotal } from '../entities/talk-event-year-total.entity';
import { groupsByFilter, scopeKey, type Scoped } from './scope';
import { NO_TALK_EVENTS, talkEventTotalsByGroup, type TalkEventTotals } from './talk-event-totals';

const ALL_YEARS = '*';

/** The loader key of a community's (or station's) talk events of one year, or of all years. */
export function talkEventScope(group: string, year: number | null): string {
  return scopeKey(year === null ? ALL_YEARS : String(year), group);
}

/** Events held in `filter`'s year (alias `e`), or all of them. */
function inYear(filter: string): (query: SelectQueryBuilder<TalkEvent>) => SelectQueryBuilder<TalkEvent> {
  // A range on held_on rather than SUBSTR, so that the (group, held_on) index answers it.
  return (query) => (filter === ALL_YEARS ? query : query.andWhere('e.heldOn BETWEEN :year_start AND :year_end', { year_start: `${filter}-01-01`, year_end: `${filter}-12-31` }));
}

export interface TalkEventLoaders {
  /** A page of talk events per scope, ordered by id (the day held). */
  readonly pages: DataLoader<GroupPageKey<string>, Scoped<TalkEvent>[], string>;
  /** Count and sums per scope, from the per-year sums: one statement for every group of a batch that shares the year. */
  readonly totals: DataLoader<string, TalkEventTotals>;
}

/** Talk-event loaders grouped by community or by station; `summary` holds that kind of group's per-year sums. */
export function createTalkEventLoaders(events: Repository<TalkEvent>, summary: Repository<TalkEventYearTotal>, groupProperty: 'communityCode' | 'stationId'): TalkEventLoaders {
  return {
    pages: createGroupPageLoader(
      async (scopes, page) => {
        const found: Scoped<TalkEvent>[] = [];
        for (const [filter, groups] of groupsByFilter(scopes)) {
          const rows = await rankedRowsPerGroup(events, {
            groupProperty,
            order: ['id'],
            groups,
            limit: page.limit + 1,
            after: page.after === undefined ? undefined : [page.after],
            narrow: inYear(filter),
          });
          found.push(...rows.map((row) => ({ scope: scopeKey(filter, row[groupProperty]), row })));
        }
        return found;
      },
      (item) => item.scope,
    ),
    totals: new DataLoader<string, TalkEventTotals>(
      async (scopes) => {
        const totals = new Map<string, TalkEventTotals>();
        for (const [filter, groups] of groupsByFilter(scopes)) {
          const year = filter === ALL_YEARS ? null : Number(filter);
          for (const row of await talkEventTotalsByGroup(summary, groupProperty, groups, year)) totals.set(scopeKey(filter, row.group), row.totals);
        }
        return scopes.map((scope) => totals.get(scope) ?? NO_TALK_EVENTS);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
  };
}
