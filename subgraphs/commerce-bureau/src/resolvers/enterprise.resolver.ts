import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { ConnectionArgs, ConnectionType, communityCodeProblem, countRows, creditCodeProblem, findPage, loadExisting, requireValid, toConnection } from '@governance/kit';
import { Community } from '../entities/community.type';
import { Industry } from '../entities/enterprise-enums';
import { Enterprise } from '../entities/enterprise.entity';
import type { CommerceContext } from '../loaders';

@ObjectType({ description: 'A page of enterprises.' })
export class EnterpriseConnection extends ConnectionType(Enterprise) {}

@ArgsType()
class EnterprisesArgs extends ConnectionArgs {
  @Field(() => Industry, { nullable: true })
  industry?: Industry | null;

  @Field(() => ID, { nullable: true, description: 'Only enterprises filed under this community code.' })
  communityCode?: string | null;
}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { nullable: true, description: 'An enterprise by credit code; an unknown code is a NOT_FOUND error.' })
  async enterprise(@Arg('creditCode', () => ID) creditCode: string, @Ctx() { loaders }: CommerceContext): Promise<Enterprise> {
    requireValid('creditCode', creditCode, creditCodeProblem);
    return loadExisting(loaders.enterprise, 'enterprise', 'creditCode', creditCode);
  }

  @Query(() => EnterpriseConnection, { description: 'Enterprises ordered by credit code, optionally of one industry or community.' })
  async enterprises(@Args() args: EnterprisesArgs, @Ctx() { db }: CommerceContext): Promise<EnterpriseConnection> {
    const { page } = args;
    const industry = args.industry ?? undefined;
    const communityCode = args.communityCode ?? undefined;
    if (communityCode !== undefined) requireValid('communityCode', communityCode, communityCodeProblem);
    const narrow = (query: SelectQueryBuilder<Enterprise>) => {
      let narrowed = query.where('1 = 1');
      if (industry !== undefined) narrowed = narrowed.andWhere('e.industry = :industry', { industry });
      if (communityCode !== undefined) narrowed = narrowed.andWhere('e.communityCode = :communityCode', { communityCode });
      return narrowed;
    };
    const repository = db.getRepository(Enterprise);
    const rows = await findPage(repository, 'creditCode', page, narrow);
    return toConnection(EnterpriseConnection, rows, page, (row) => row.creditCode, () => countRows(repository, narrow));
  }

  @FieldResolver(() => Community, {
    // Nullable: the community committees resolve it, and their outage must not take the enterprise with it.
    nullable: true,
    description: 'The community the enterprise is filed under (resolved by the community committees).',
  })
  community(@Root() enterprise: Enterprise): Community {
    return Community.of(enterprise.communityCode);
  }
}
