import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MAX_PAGE_SIZE, loadExisting } from '@governance/kit';
import { Community } from '../entities/community.type';
import { PoliceStation } from '../entities/police-station.entity';
import type { SecurityContext } from '../loaders';
import { talkEventScope } from '../loaders/talk-events.loader';
import { TalkEventConnection } from '../types/connections.type';
import { requireYear } from './input-checks';
import { talkEventConnection } from './talk-event-connection';
import { YearTalkEventsArgs } from './talk-events.args';

@Resolver(() => PoliceStation)
export class PoliceStationResolver {
  @Query(() => [PoliceStation], { nullable: true, description: `Police stations ordered by id (at most ${MAX_PAGE_SIZE}).` })
  policeStations(@Ctx() { db }: SecurityContext): Promise<PoliceStation[]> {
    return db.getRepository(PoliceStation).find({ order: { id: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @Query(() => PoliceStation, { nullable: true, description: 'A police station by id; an unknown id is a NOT_FOUND error.' })
  async policeStation(@Arg('id', () => ID, { description: 'Station identifier.' }) id: string, @Ctx() { loaders }: SecurityContext): Promise<PoliceStation> {
    return loadExisting(loaders.policeStation, 'police station', 'id', id);
  }

  @FieldResolver(() => [Community], { description: `The communities the station serves, by code (at most ${MAX_PAGE_SIZE}).` })
  async communities(@Root() station: PoliceStation, @Ctx() { loaders }: SecurityContext): Promise<Community[]> {
    return (await loaders.communitiesOfStation.load(station.id)).map((row) => Community.of(row.communityCode));
  }

  @FieldResolver(() => TalkEventConnection, { description: 'Talk events the station held, in the order of the day held, with totals over the whole list.' })
  async talkEvents(
    @Root() station: PoliceStation,
    @Args() args: YearTalkEventsArgs,
    @Ctx() { loaders }: SecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TalkEventConnection> {
    const { page } = args;
    const year = args.year ?? null;
    if (year !== null) requireYear('year', year);
    const scope = talkEventScope(station.id, year);
    return talkEventConnection(
      info,
      async () => (await loaders.talkEventsOfStation.pages.load({ group: scope, page })).map((item) => item.row),
      page,
      () => loaders.talkEventsOfStation.totals.load(scope),
    );
  }
}
