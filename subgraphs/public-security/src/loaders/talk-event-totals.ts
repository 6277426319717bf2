import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { TalkEvent } from '../entities/talk-event.entity';
import type { TalkEventYearTotal } from '../entities/talk-event-year-total.entity';

/** A list of talk events summed up: how many, officers deployed, people helped. */
export interface TalkEventTotals {
  readonly events: number;
  readonly officersDeployed: number;
  readonly peopleHelped: number;
}

export const NO_TALK_EVENTS: TalkEventTotals = { events: 0, officersDeployed: 0, peopleHelped: 0 };

type Narrow = (query: SelectQueryBuilder<TalkEvent>) => SelectQueryBuilder<TalkEvent>;
interface RawTotals {
  events: string | number;
  officers: string | number | null;
  helped: string | number | null;
}

/** Adds the sums to a query that already selects COUNT(*) AS events. */
function withSums(query: SelectQueryBuilder<TalkEvent>): SelectQueryBuilder<TalkEvent> {
  return query.addSelect('COALESCE(SUM(e.officersDeployed), 0)', 'officers').addSelect('COALESCE(SUM(e.peopleHelped), 0)', 'helped');
}

// MySQL returns COUNT and SUM as strings (they can exceed 2^53); ours cannot.
function toTotals(row: RawTotals | undefined): TalkEventTotals {
  return row ? { events: Number(row.events), officersDeployed: Number(row.officers ?? 0), peopleHelped: Number(row.helped ?? 0) } : NO_TALK_EVENTS;
}

/** Totals of the talk events a narrowed query (alias `e`) covers: one statement. */
export async function talkEventTotals(events: Repository<TalkEvent>, narrow: Narrow): Promise<TalkEventTotals> {
  const query = narrow(events.createQueryBuilder('e')).select('COUNT(*)', 'events');
  return toTotals(await withSums(query).getRawOne<RawTotals>());
}

/** The per-year sums of a batch of communities (or stations), added up per group: one statement, at most one row per group and year read. */
export function talkEventTotalsByGroupQuery(
  summary: Repository<TalkEventYearTotal>,
  groupProperty: 'communityCode' | 'stationId',
  groups: readonly string[],
  year: number | null,
): SelectQueryBuilder<TalkEventYearTotal> {
  const query = summary
    .createQueryBuilder('t')
    .select(`t.${groupProperty}`, 'grp')
    .addSelect('SUM(t.events)', 'events')
    .addSelect('SUM(t.officersDeployed)', 'officers')
    .addSelect('SUM(t.peopleHelped)', 'helped')
    .where(`t.${groupProperty} IN (:...groups)`, { groups });
  return (year === null ? query : query.andWhere('t.year = :year', { year })).groupBy(`t.${groupProperty}`);
}

/** Totals per community (or station) for a batch of them, of one year or of all. Groups without events are left out. */
export async function talkEventTotalsByGroup(
  summary: Repository<TalkEventYearTotal>,
  groupProperty: 'communityCode' | 'stationId',
  groups: readonly string[],
  year: number | null,
): Promise<Array<{ group: string; totals: TalkEventTotals }>> {
  const rows = await talkEventTotalsByGroupQuery(summary, groupProperty, groups, year).getRawMany<RawTotals & { grp: string }>();
  return rows.map((row) => ({ group: row.grp, totals: toTotals(row) }));
}

/** Memoises a lazily computed value, so that totalCount and the sums of one connection share one statement. */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}
