import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '@governance/kit';
import { Community } from '../entities/community.type';
import { Venue } from '../entities/venue.entity';
import type { CommerceContext } from '../loaders';

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => [Venue], { description: `Venues ordered by id (at most ${MAX_PAGE_SIZE}).` })
  venues(@Ctx() { db }: CommerceContext): Promise<Venue[]> {
    return db.getRepository(Venue).find({ order: { id: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @FieldResolver(() => Community, { nullable: true, description: 'Resolved by the community committees.' })
  community(@Root() venue: Venue): Community {
    return Community.of(venue.communityCode);
  }
}
