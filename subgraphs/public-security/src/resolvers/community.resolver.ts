import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionArgs, MAX_PAGE_SIZE, loadConnection } from '@governance/kit';
import { Community } from '../entities/community.type';
import { PatrolTeam } from '../entities/patrol-team.entity';
import { PoliceStation } from '../entities/police-station.entity';
import type { SecurityContext } from '../loaders';
import { talkEventScope } from '../loaders/talk-events.loader';
import { IncidentConnection, TalkEventConnection } from '../types/connections.type';
import { requireYear } from './input-checks';
import { talkEventConnection } from './talk-event-connection';
import { YearTalkEventsArgs } from './talk-events.args';

/** What public security adds to the community committees' `Community`; nullable, so that an outage here never nulls a community. */
@Resolver(() => Community)
export class CommunityResolver {
  @FieldResolver(() => PoliceStation, { nullable: true, description: 'The police station that serves the community; null when none is assigned.' })
  async policeStation(@Root() community: Community, @Ctx() { loaders }: SecurityContext): Promise<PoliceStation | null> {
    const served = await loaders.stationOfCommunity.load(community.code);
    return served ? loaders.policeStation.load(served.stationId) : null;
  }

  @FieldResolver(() => TalkEventConnection, {
    nullable: true,
    description: 'Police-citizen talks held in the community, in the order of the day held; totalCount, officersDeployed and peopleHelped cover the whole filtered list.',
  })
  async talkEvents(
    @Root() community: Community,
    @Args() args: YearTalkEventsArgs,
    @Ctx() { loaders }: SecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TalkEventConnection> {
    const { page } = args;
    const year = args.year ?? null;
    if (year !== null) requireYear('year', year);
    const scope = talkEventScope(community.code, year);
    return talkEventConnection(
      info,
      async () => (await loaders.talkEventsOfCommunity.pages.load({ group: scope, page })).map((item) => item.row),
      page,
      () => loaders.talkEventsOfCommunity.totals.load(scope),
    );
  }

  @FieldResolver(() => [PatrolTeam], { nullable: true, description: `Volunteer patrol teams of the community, by id (at most ${MAX_PAGE_SIZE}).` })
  patrolTeams(@Root() community: Community, @Ctx() { loaders }: SecurityContext): Promise<PatrolTeam[]> {
    return loaders.patrolTeamsOfCommunity.load(community.code);
  }

  @FieldResolver(() => IncidentConnection, { nullable: true, description: 'Public-order incidents filed under the community, in the order they were filed.' })
  async incidents(@Root() community: Community, @Args() args: ConnectionArgs, @Ctx() { loaders }: SecurityContext, @Info() info: GraphQLResolveInfo): Promise<IncidentConnection> {
    const { page } = args;
    return loadConnection(
      IncidentConnection,
      info,
      page,
      () => loaders.incidentsOfCommunity.load({ group: community.code, page }),
      (row) => String(row.id),
      () => loaders.incidentCount.load(community.code),
    );
  }
}
