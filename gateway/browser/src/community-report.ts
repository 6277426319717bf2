import { agencyNotices, otherErrors, type AgencyNotices } from './agencies.js';
import type { GatewayClient } from './gateway-client.js';
import type { CommunityTalkEventDaysQuery } from './generated/operations.js';
import type { GraphQLErrorReport, GraphQLResult, MaskedFieldNote } from './graphql-client.js';
import { countByMonth } from './month-counts.js';
import { maskedNotes } from './personal-data-notes.js';
import type { Community, TeamCompliance } from './overview-types.js';

/** Everything one community's dashboard shows, with what went wrong on the way. */
export interface CommunityReport {
  readonly year: number;
  readonly community: Community | null;
  /** Talk events per month of the year; null when public security did not answer. */
  readonly talkEventsPerMonth: Array<{ label: string; value: number }> | null;
  /** Enterprises per licence status, counted by the commerce bureau; null when it did not answer. */
  readonly licenseStatuses: ReadonlyArray<{ readonly status: string; readonly count: number }> | null;
  readonly compliance: ReadonlyMap<string, TeamCompliance>;
  readonly notices: AgencyNotices;
  /** Errors that name no agency: shown as they are. */
  readonly problems: readonly string[];
  /** Personal fields the owner masked, and why (no purpose, no agreement, suspended...). */
  readonly masked: readonly MaskedFieldNote[];
}

/** More than any community holds in a year; a guard against a cursor that never ends. */
const MAX_TALK_EVENT_PAGES = 40;

/**
 * Sends CommunityOverview, then what the overview needs beside it: the
 * year's talk-event dates (grouped per month here), the licence-status
 * counts, and PatrolCompliance for each of the community's patrol teams.
 */
export async function loadCommunityReport(client: GatewayClient, code: string, year: number): Promise<CommunityReport> {
  const errors: GraphQLErrorReport[] = [];
  const results: Array<GraphQLResult<unknown>> = [];
  const collect = <T>(result: GraphQLResult<T>): T | null => {
    errors.push(...(result.errors ?? []));
    results.push(result);
    return result.data ?? null;
  };
  const [overview, dates, statuses] = await Promise.all([
    client.run('community-overview.graphql', { code, year }).then(collect),
    loadTalkEventDates(client, code, year, collect),
    client.run('dashboard/community-license-statuses.graphql', { code }).then(collect),
  ]);
  const community = overview?.community ?? null;
  const compliance = new Map<string, TeamCompliance>();
  await Promise.all(
    (community?.patrolTeams ?? []).map(async (team) => {
      const data = collect(await client.run('patrol-compliance.graphql', { teamId: team.id, from: `${year}-01-01`, to: `${year}-12-31` }));
      const result = data?.patrolTeam?.compliance;
      if (result) compliance.set(team.id, { teamId: team.id, ...result });
    }),
  );
  return {
    year,
    community,
    talkEventsPerMonth: dates === null ? null : countByMonth(dates, year),
    licenseStatuses: statuses?.community?.enterprisesByLicenseStatus ?? null,
    compliance,
    notices: agencyNotices(errors),
    problems: [...new Set(otherErrors(errors).map((error) => error.message))],
    masked: maskedNotes(results),
  };
}

async function loadTalkEventDates(client: GatewayClient, code: string, year: number, collect: <T>(result: GraphQLResult<T>) => T | null): Promise<string[] | null> {
  const dates: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_TALK_EVENT_PAGES; page += 1) {
    const data: CommunityTalkEventDaysQuery | null = collect(await client.run('dashboard/community-talk-event-days.graphql', { code, year, after }));
    const events: NonNullable<CommunityTalkEventDaysQuery['community']>['talkEvents'] | undefined = data?.community?.talkEvents;
    if (!events) return null;
    dates.push(...events.nodes.map((node) => node.heldOn));
    if (!events.pageInfo.hasNextPage || events.pageInfo.endCursor === null) return dates;
    after = events.pageInfo.endCursor;
  }
  return dates;
}
