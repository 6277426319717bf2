import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Enterprise } from '../entities/enterprise.type';
import type { SecurityContext } from '../loaders';

/** What public security adds to the commerce bureau's `Enterprise`; nullable, so that an outage here never nulls an enterprise. */
@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'Members of volunteer patrols the enterprise contributes (its guards), counted by the database.' })
  patrolMemberCount(@Root() enterprise: Enterprise, @Ctx() { loaders }: SecurityContext): Promise<number> {
    return loaders.memberCountOfEnterprise.load(enterprise.creditCode);
  }
}
