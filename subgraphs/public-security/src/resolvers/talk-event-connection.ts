import { toConnection, type PageRequest } from '@governance/kit';
import type { TalkEvent } from '../entities/talk-event.entity';
import type { TalkEventTotals } from '../loaders/talk-event-totals';
import { TalkEventConnection } from '../types/connections.type';

/** A page of talk events whose totalCount and sums come from one lazily run, shared aggregate. */
export function talkEventConnection(rows: readonly TalkEvent[], page: PageRequest, totals: () => Promise<TalkEventTotals>): TalkEventConnection {
  const connection = toConnection(TalkEventConnection, rows, page, (row) => row.id, async () => (await totals()).events);
  connection.totals = totals;
  return connection;
}
