import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import { BadUserInputError, creditCodeProblem, requireExisting, requireValid } from '@governance/kit';
import { Association } from '../entities/association.entity';
import { Enterprise } from '../entities/enterprise.type';
import { Membership, MembershipRole } from '../entities/membership.entity';
import type { AssociationsContext } from '../loaders';
import { requireAssociation, requireRecordDate } from './input-checks';
import { AddMembershipArgs, RemoveMembershipArgs } from './membership.input';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Association, { description: 'The association the enterprise belongs to.' })
  association(@Root() membership: Membership, @Ctx() { loaders }: AssociationsContext): Association | Promise<Association> {
    // An enterprise's memberships come with their association (membershipsOfEnterprises): no promise for each of them.
    return membership.association ?? this.loadAssociation(membership, loaders);
  }

  private async loadAssociation(membership: Membership, loaders: AssociationsContext['loaders']): Promise<Association> {
    const association = await loaders.association.load(membership.associationCreditCode);
    // The foreign key guarantees the row; its absence is a broken database, not a client error.
    if (!association) throw new Error(`membership ${membership.id} points at a missing association`);
    return association;
  }

  @FieldResolver(() => Enterprise, {
    // Nullable: the commerce bureau resolves it, and its outage must not take the membership with it.
    nullable: true,
    description: 'The member enterprise (resolved by the commerce bureau).',
  })
  enterprise(@Root() membership: Membership): Enterprise {
    return Enterprise.of(membership.enterpriseCreditCode);
  }

  @Authorized('write')
  @Mutation(() => Membership, { description: 'Records that an enterprise registered with the commerce bureau joined an association.' })
  async addMembership(@Args() args: AddMembershipArgs, @Ctx() context: AssociationsContext, @Info() info: GraphQLResolveInfo): Promise<Membership> {
    const { associationCreditCode, enterpriseCreditCode, since } = args;
    requireValid('associationCreditCode', associationCreditCode, creditCodeProblem);
    requireValid('enterpriseCreditCode', enterpriseCreditCode, creditCodeProblem);
    requireRecordDate('since', since);
    await requireAssociation('associationCreditCode', associationCreditCode, context);
    const duplicate = () => new BadUserInputError('enterpriseCreditCode', 'is already a member of this association');
    if ((await context.db.getRepository(Membership).countBy({ associationCreditCode, enterpriseCreditCode })) > 0) throw duplicate();
    await requireExisting(context.owners, 'enterpriseCreditCode', 'commerce-bureau', 'Enterprise', { creditCode: enterpriseCreditCode });
    return context.audit.write(
      info,
      async (manager) => {
        const memberships = manager.getRepository(Membership);
        const membership = memberships.create({ associationCreditCode, enterpriseCreditCode, since, role: args.role ?? MembershipRole.MEMBER });
        await memberships.insert(membership);
        return membership;
      },
      { duplicate },
    );
  }

  @Authorized('write')
  @Mutation(() => Boolean, { description: "Ends an enterprise's membership; false when it was not a member." })
  async removeMembership(@Args() args: RemoveMembershipArgs, @Ctx() { audit }: AssociationsContext, @Info() info: GraphQLResolveInfo): Promise<boolean> {
    const { associationCreditCode, enterpriseCreditCode } = args;
    requireValid('associationCreditCode', associationCreditCode, creditCodeProblem);
    requireValid('enterpriseCreditCode', enterpriseCreditCode, creditCodeProblem);
    // Audited even when it was not a member: the attempt is itself a write the agency answers for.
    const result = await audit.write(info, (manager) => manager.getRepository(Membership).delete({ associationCreditCode, enterpriseCreditCode }));
    return (result.affected ?? 0) > 0;
  }
}
