import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionArgs, ConnectionType, MAX_PAGE_SIZE, loadExisting, loadConnection } from '@governance/kit';
import { Community } from '../entities/community.type';
import { Stall } from '../entities/stall.entity';
import { Venue } from '../entities/venue.entity';
import type { CommerceContext } from '../loaders';

@ObjectType({ description: 'A page of stalls.' })
export class StallConnection extends ConnectionType(Stall) {}

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => [Venue], { nullable: true, description: `Venues ordered by id (at most ${MAX_PAGE_SIZE}).` })
  venues(@Ctx() { db }: CommerceContext): Promise<Venue[]> {
    return db.getRepository(Venue).find({ order: { id: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @Query(() => Venue, { nullable: true, description: 'A venue by id; an unknown id is a NOT_FOUND error.' })
  venue(@Arg('id', () => ID, { description: 'Venue identifier.' }) id: string, @Ctx() { loaders }: CommerceContext): Promise<Venue> {
    return loadExisting(loaders.venue, 'venue', 'id', id);
  }

  @FieldResolver(() => StallConnection, { description: 'The licensed stalls of the venue, ordered by stall number.' })
  async stalls(@Root() venue: Venue, @Args() args: ConnectionArgs, @Ctx() { loaders }: CommerceContext, @Info() info: GraphQLResolveInfo): Promise<StallConnection> {
    const { page } = args;
    return loadConnection(
      StallConnection,
      info,
      page,
      () => loaders.stallsOfVenue.load({ group: venue.id, page }),
      (row) => row.id,
      () => loaders.stallCount.load(venue.id),
    );
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community the venue is in (resolved by the community committees).' })
  community(@Root() venue: Venue): Community {
    return Community.of(venue.communityCode);
  }
}
