import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionArgs, MAX_PAGE_SIZE, loadConnection } from '@governance/kit';
import { Community } from '../entities/community.type';
import { LicenseStatusCount } from '../entities/license-status-count.type';
import { Venue } from '../entities/venue.entity';
import type { CommerceContext } from '../loaders';
import { EnterpriseConnection } from './enterprise.resolver';

// Every field here is nullable, like every field one agency adds to another's entity: if this bureau is down, the community still answers.
@Resolver(() => Community)
export class CommunityResolver {
  @FieldResolver(() => EnterpriseConnection, { nullable: true, description: 'Enterprises filed under this community, ordered by credit code.' })
  async enterprises(
    @Root() community: Community,
    @Args() args: ConnectionArgs,
    @Ctx() { loaders }: CommerceContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EnterpriseConnection> {
    const { page } = args;
    return loadConnection(
      EnterpriseConnection,
      info,
      page,
      () => loaders.enterprisesOfCommunity.load({ group: community.code, page }),
      (row) => row.creditCode,
      () => loaders.enterpriseCount.load(community.code),
    );
  }

  @FieldResolver(() => [Venue], { nullable: true, description: `Venues in this community, ordered by id (at most ${MAX_PAGE_SIZE}).` })
  venues(@Root() community: Community, @Ctx() { loaders }: CommerceContext): Promise<Venue[]> {
    return loaders.venuesOfCommunity.load(community.code);
  }

  @FieldResolver(() => [LicenseStatusCount], {
    nullable: true,
    description: 'Enterprises filed under this community per licence status, ordered by status (statuses nobody has are left out).',
  })
  async enterprisesByLicenseStatus(@Root() community: Community, @Ctx() { loaders }: CommerceContext): Promise<LicenseStatusCount[]> {
    const counts = await loaders.licenseStatusCountsOfCommunity.load(community.code);
    return counts.map(({ status, count }) => ({ status, count }));
  }
}
