import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, toConnection } from '@governance/kit';
import { Community } from '../entities/community.type';
import type { CommerceContext } from '../loaders';
import { EnterpriseConnection } from './enterprise.resolver';

@Resolver(() => Community)
export class CommunityResolver {
  @FieldResolver(() => EnterpriseConnection, {
    // Nullable like every field one agency adds to another's entity: if this bureau is down, the community still answers.
    nullable: true,
    description: 'Enterprises filed under this community, ordered by credit code.',
  })
  async enterprises(@Root() community: Community, @Args() args: ConnectionArgs, @Ctx() { loaders }: CommerceContext): Promise<EnterpriseConnection> {
    const { page } = args;
    const rows = await loaders.enterprisesOfCommunity.load({ group: community.code, page });
    return toConnection(EnterpriseConnection, rows, page, (row) => row.creditCode, () => loaders.enterpriseCount.load(community.code));
  }
}
