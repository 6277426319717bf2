import type { DataSource } from 'typeorm';
import { expectSummaryToMatchSource, type SummaryTable } from './summary-tables';

const FIGURES = [
  ['events', 'COUNT(*)'],
  ['officers_deployed', 'SUM(officers_deployed)'],
  ['people_helped', 'SUM(people_helped)'],
] as const;

/** The summary tables public security's triggers keep on talk_event. */
const SUMMARIES: readonly SummaryTable[] = [
  { table: 'talk_event_day_total', source: 'talk_event', keys: [['held_on', 'held_on']], figures: FIGURES },
  // SUBSTR rather than the migration's own year expressions, so that the check does not repeat what it checks.
  {
    table: 'talk_event_community_year_total',
    source: 'talk_event',
    keys: [
      ['community_code', 'community_code'],
      ['year', 'SUBSTR(held_on, 1, 4)'],
    ],
    figures: FIGURES,
  },
  {
    table: 'talk_event_station_year_total',
    source: 'talk_event',
    keys: [
      ['station_id', 'station_id'],
      ['year', 'SUBSTR(held_on, 1, 4)'],
    ],
    figures: FIGURES,
  },
];

/**
 * Expects every summary of talk_event, as its table holds it, to equal what
 * a GROUP BY over talk_event counts: after the seed, after writes, after
 * concurrent writes.
 */
export async function expectTalkEventSummariesToMatchEvents(db: DataSource): Promise<void> {
  for (const summary of SUMMARIES) await expectSummaryToMatchSource(db, summary);
}
