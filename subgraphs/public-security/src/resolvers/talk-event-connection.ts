import type { GraphQLResolveInfo } from 'graphql';
import { loadConnection, type PageRequest } from '@governance/kit';
import type { TalkEvent } from '../entities/talk-event.entity';
import type { TalkEventTotals } from '../loaders/talk-event-totals';
import { TalkEventConnection } from '../types/connections.type';

/** A page of talk events (fetched only when selected) whose totalCount and sums come from one lazily run, shared aggregate. */
export async function talkEventConnection(
  info: GraphQLResolveInfo,
  loadRows: () => Promise<readonly TalkEvent[]>,
  page: PageRequest,
  totals: () => Promise<TalkEventTotals>,
): Promise<TalkEventConnection> {
  const connection = await loadConnection(
    TalkEventConnection,
    info,
    page,
    loadRows,
    (row) => row.id,
    async () => (await totals()).events,
  );
  connection.totals = totals;
  return connection;
}
