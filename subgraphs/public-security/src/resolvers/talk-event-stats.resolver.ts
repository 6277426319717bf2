import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PoliceStation } from '../entities/police-station.entity';
import { TalkEvent } from '../entities/talk-event.entity';
import type { SecurityContext } from '../loaders';
import { TalkEventGrouping, TalkEventStat } from '../types/talk-event-stat.type';
import { requireOrderedRange } from './input-checks';
import { TalkEventStatsArgs } from './talk-events.args';

/** SUBSTR over a DATE column yields 'YYYY' or 'YYYY-MM' on SQLite and MySQL alike (no strftime, no DATE_FORMAT). */
const PERIOD: Readonly<Record<TalkEventGrouping, string>> = {
  [TalkEventGrouping.YEAR]: 'SUBSTR(e.heldOn, 1, 4)',
  [TalkEventGrouping.MONTH]: 'SUBSTR(e.heldOn, 1, 7)',
  [TalkEventGrouping.DISTRICT]: 'station.district',
};

@Resolver()
export class TalkEventStatsResolver {
  @Query(() => [TalkEventStat], { description: 'Talk events from one day to another, counted and summed per year, month or district by one GROUP BY, ordered by period.' })
  async talkEventStats(
    @Args() { from, to, groupBy: grouping }: TalkEventStatsArgs,
    @Ctx() { db }: SecurityContext,
  ): Promise<TalkEventStat[]> {
    requireOrderedRange(from, to);
    const groupBy = grouping ?? TalkEventGrouping.YEAR;
    const period = PERIOD[groupBy];
    let query = db
      .getRepository(TalkEvent)
      .createQueryBuilder('e')
      .select(period, 'period')
      .addSelect('COUNT(*)', 'events')
      .addSelect('COALESCE(SUM(e.officersDeployed), 0)', 'officers')
      .addSelect('COALESCE(SUM(e.peopleHelped), 0)', 'helped')
      .where('e.heldOn BETWEEN :from AND :to', { from, to });
    if (groupBy === TalkEventGrouping.DISTRICT) query = query.innerJoin(PoliceStation, 'station', 'station.id = e.stationId');
    const rows = await query.groupBy(period).orderBy(period, 'ASC').getRawMany<{ period: string; events: string | number; officers: string | number; helped: string | number }>();
    return rows.map((row) => Object.assign(new TalkEventStat(), {
      period: String(row.period),
      events: Number(row.events),
      officersDeployed: Number(row.officers),
      peopleHelped: Number(row.helped),
    }));
  }
}
