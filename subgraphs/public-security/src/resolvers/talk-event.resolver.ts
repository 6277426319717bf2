import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { communityCodeProblem, findPage, loadExisting, requireValid } from '@governance/kit';
import { Community } from '../entities/community.type';
import { PoliceStation } from '../entities/police-station.entity';
import { TalkConcern } from '../entities/talk-concern.entity';
import { TalkEvent } from '../entities/talk-event.entity';
import type { SecurityContext } from '../loaders';
import { once, talkEventTotals } from '../loaders/talk-event-totals';
import { TalkEventConnection } from '../types/connections.type';
import { requireOrderedRange } from './input-checks';
import { talkEventConnection } from './talk-event-connection';
import { TalkEventsArgs } from './talk-events.args';

@Resolver(() => TalkEvent)
export class TalkEventResolver {
  @Query(() => TalkEvent, { nullable: true, description: 'A talk event by id; an unknown id is a NOT_FOUND error.' })
  async talkEvent(@Arg('id', () => ID, { description: 'Talk event identifier.' }) id: string, @Ctx() { loaders }: SecurityContext): Promise<TalkEvent> {
    return loadExisting(loaders.talkEvent, 'talk event', 'id', id);
  }

  @Query(() => TalkEventConnection, {
    description: 'Talk events for analysts, optionally from/to a day and in one community, in the order of the day held, with totals over the whole filtered list.',
  })
  async talkEvents(@Args() args: TalkEventsArgs, @Ctx() { db }: SecurityContext, @Info() info: GraphQLResolveInfo): Promise<TalkEventConnection> {
    const { page } = args;
    const { from, to, communityCode } = args;
    if (communityCode) requireValid('communityCode', communityCode, communityCodeProblem);
    requireOrderedRange(from, to);
    const narrow = (query: SelectQueryBuilder<TalkEvent>) => {
      let narrowed = query;
      if (from) narrowed = narrowed.andWhere('e.heldOn >= :from', { from });
      if (to) narrowed = narrowed.andWhere('e.heldOn <= :to', { to });
      if (communityCode) narrowed = narrowed.andWhere('e.communityCode = :communityCode', { communityCode });
      return narrowed;
    };
    const events = db.getRepository(TalkEvent);
    return talkEventConnection(
      info,
      () => findPage(events, 'id', page, narrow),
      page,
      once(() => talkEventTotals(events, narrow)),
    );
  }

  @FieldResolver(() => PoliceStation, { description: 'The station that held the talk.' })
  station(@Root() event: TalkEvent, @Ctx() { loaders }: SecurityContext): Promise<PoliceStation | null> {
    return loaders.policeStation.load(event.stationId);
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community where the talk was held.' })
  community(@Root() event: TalkEvent): Community {
    return Community.of(event.communityCode);
  }

  @FieldResolver(() => [TalkConcern], { description: 'The concerns residents raised, in the order recorded (at most 50).' })
  concerns(@Root() event: TalkEvent, @Ctx() { loaders }: SecurityContext): Promise<TalkConcern[]> {
    return loaders.concernsOfEvent.load(event.id);
  }
}
