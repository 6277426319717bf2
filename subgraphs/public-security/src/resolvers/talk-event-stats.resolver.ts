import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PoliceStation } from '../entities/police-station.entity';
import type { DataSource } from 'typeorm';
import { TalkEventDayTotal } from '../entities/talk-event-day-total.entity';
import { TalkEvent } from '../entities/talk-event.entity';
import type { SecurityContext } from '../loaders';
import { TalkEventGrouping, TalkEventStat } from '../types/talk-event-stat.type';
import { requireOrderedRange } from './input-checks';
import { TalkEventStatsArgs } from './talk-events.args';

/** SUBSTR over a DATE column yields 'YYYY' or 'YYYY-MM' on SQLite and MySQL alike (no strftime, no DATE_FORMAT). */
const PERIOD: Readonly<Record<Exclude<TalkEventGrouping, TalkEventGrouping.DISTRICT>, string>> = {
  [TalkEventGrouping.YEAR]: 'SUBSTR(d.heldOn, 1, 4)',
  [TalkEventGrouping.MONTH]: 'SUBSTR(d.heldOn, 1, 7)',
};

type RawStat = { period: string; events: string | number; officers: string | number; helped: string | number };

/** From the per-day sums: one row per day of the range, however many events the days hold. */
function statsByPeriod(db: DataSource, period: string, from: string, to: string): Promise<RawStat[]> {
  return (
    db
      .getRepository(TalkEventDayTotal)
      .createQueryBuilder('d')
      .select(period, 'period')
      .addSelect('SUM(d.events)', 'events')
      .addSelect('SUM(d.officersDeployed)', 'officers')
      .addSelect('SUM(d.peopleHelped)', 'helped')
      .where('d.heldOn BETWEEN :from AND :to', { from, to })
      .groupBy(period)
      // A day whose events were all deleted keeps a row of zeros; a period of such days is no period.
      .having('SUM(d.events) > 0')
      .orderBy(period, 'ASC')
      .getRawMany<RawStat>()
  );
}

/** Districts are the stations': the events themselves, joined to their stations. */
function statsByDistrict(db: DataSource, from: string, to: string): Promise<RawStat[]> {
  return db
    .getRepository(TalkEvent)
    .createQueryBuilder('e')
    .innerJoin(PoliceStation, 'station', 'station.id = e.stationId')
    .select('station.district', 'period')
    .addSelect('COUNT(*)', 'events')
    .addSelect('COALESCE(SUM(e.officersDeployed), 0)', 'officers')
    .addSelect('COALESCE(SUM(e.peopleHelped), 0)', 'helped')
    .where('e.heldOn BETWEEN :from AND :to', { from, to })
    .groupBy('station.district')
    .orderBy('station.district', 'ASC')
    .getRawMany<RawStat>();
}

@Resolver()
export class TalkEventStatsResolver {
  @Query(() => [TalkEventStat], { description: 'Talk events from one day to another, counted and summed per year, month or district by one GROUP BY, ordered by period.' })
  async talkEventStats(@Args() { from, to, groupBy: grouping }: TalkEventStatsArgs, @Ctx() { db }: SecurityContext): Promise<TalkEventStat[]> {
    requireOrderedRange(from, to);
    const groupBy = grouping ?? TalkEventGrouping.YEAR;
    const rows = groupBy === TalkEventGrouping.DISTRICT ? await statsByDistrict(db, from, to) : await statsByPeriod(db, PERIOD[groupBy], from, to);
    return rows.map((row) =>
      Object.assign(new TalkEventStat(), {
        period: row.period,
        events: Number(row.events),
        officersDeployed: Number(row.officers),
        peopleHelped: Number(row.helped),
      }),
    );
  }
}
