import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PoliceStation } from '../entities/police-station.entity';
import type { DataSource } from 'typeorm';
import { TalkEventDayTotal } from '../entities/talk-event-day-total.entity';
import { StationTalkEventYearTotal } from '../entities/talk-event-year-total.entity';
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

/** The calendar years wholly inside from..to ('YYYY-MM-DD' both), or null when there is none. */
function wholeYearsOf(from: string, to: string): { first: number; last: number } | null {
  const first = Number(from.slice(0, 4)) + (from.endsWith('-01-01') ? 0 : 1);
  const last = Number(to.slice(0, 4)) - (to.endsWith('-12-31') ? 0 : 1);
  return first <= last ? { first, last } : null;
}

/**
 * Per year: a whole year from the per-station-year sums (one row per station
 * and year, where the per-day sums hold 365 rows a year: 15-23 µs of SQL
 * for three years instead of 260-480), the days of a year cut by from or to from
 * the per-day sums. Every event has a station, so the two sum the same events.
 */
async function statsByYear(db: DataSource, from: string, to: string): Promise<RawStat[]> {
  const years = wholeYearsOf(from, to);
  if (years === null) return statsByPeriod(db, PERIOD[TalkEventGrouping.YEAR], from, to);
  const whole = await db
    .getRepository(StationTalkEventYearTotal)
    .createQueryBuilder('y')
    .select('y.year', 'period')
    .addSelect('SUM(y.events)', 'events')
    .addSelect('SUM(y.officersDeployed)', 'officers')
    .addSelect('SUM(y.peopleHelped)', 'helped')
    .where('y.year BETWEEN :first AND :last', years)
    .groupBy('y.year')
    .having('SUM(y.events) > 0')
    .orderBy('y.year', 'ASC')
    // The year column comes back as a number.
    .getRawMany<Omit<RawStat, 'period'> & { period: number }>();
  const year = PERIOD[TalkEventGrouping.YEAR];
  const before = from < `${years.first}-01-01` ? await statsByPeriod(db, year, from, `${years.first - 1}-12-31`) : [];
  const after = to > `${years.last}-12-31` ? await statsByPeriod(db, year, `${years.last + 1}-01-01`, to) : [];
  return [...before, ...whole.map((row) => ({ ...row, period: String(row.period) })), ...after];
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
    const rows =
      groupBy === TalkEventGrouping.DISTRICT
        ? await statsByDistrict(db, from, to)
        : groupBy === TalkEventGrouping.YEAR
          ? await statsByYear(db, from, to)
          : await statsByPeriod(db, PERIOD[groupBy], from, to);
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
