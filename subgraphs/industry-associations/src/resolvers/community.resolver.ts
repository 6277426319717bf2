import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Community } from '../entities/community.type';
import { SafeCommunityDesignation } from '../entities/safe-community-designation.entity';
import { ServiceContract } from '../entities/service-contract.entity';
import type { AssociationsContext } from '../loaders';

/** What the associations add to the committees' communities. Nullable, so that this agency's outage leaves the community whole. */
@Resolver(() => Community)
export class CommunityResolver {
  @FieldResolver(() => [SafeCommunityDesignation], { nullable: true, description: "The community's safe-community recommendations and designations, oldest first." })
  safeCommunityDesignations(@Root() community: Community, @Ctx() { loaders }: AssociationsContext): Promise<SafeCommunityDesignation[]> {
    return loaders.designationsOfCommunity.load(community.code);
  }

  @FieldResolver(() => [ServiceContract], { nullable: true, description: 'Public services a government bought from associations for this community, oldest first.' })
  serviceContracts(@Root() community: Community, @Ctx() { loaders }: AssociationsContext): Promise<ServiceContract[]> {
    return loaders.contractsOfCommunity.load(community.code);
  }
}
