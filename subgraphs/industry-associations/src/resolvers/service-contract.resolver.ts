import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { BadUserInputError, ConnectionArgs, countRows, requireExisting, loadConnection } from '@governance/kit';
import { Association } from '../entities/association.entity';
import { Community } from '../entities/community.type';
import { ProcurementMethod, PublicService, ServiceContract } from '../entities/service-contract.entity';
import type { AssociationsContext } from '../loaders';
import { splitCursor } from '../loaders/cursors';
import { ServiceContractConnection } from './connections';
import { requireAssociation } from './input-checks';
import { AwardServiceContractInput, checkServiceContract } from './service-contract.input';

@ArgsType()
class ServiceContractsArgs extends ConnectionArgs {
  @Field(() => PublicService, { nullable: true, description: 'Only contracts for this service.' })
  service?: PublicService | null;

  @Field(() => ProcurementMethod, { nullable: true, description: 'Only contracts bought this way.' })
  method?: ProcurementMethod | null;
}

@Resolver(() => ServiceContract)
export class ServiceContractResolver {
  @Query(() => ServiceContractConnection, { description: 'Government service contracts in the order they were recorded, optionally of one service or method.' })
  async serviceContracts(@Args() args: ServiceContractsArgs, @Ctx() { db }: AssociationsContext, @Info() info: GraphQLResolveInfo): Promise<ServiceContractConnection> {
    const { page } = args;
    const after = splitCursor(page.after, 1)?.[0];
    const afterId = after === undefined ? undefined : Number(after);
    if (afterId !== undefined && !Number.isSafeInteger(afterId)) throw new BadUserInputError('after', 'is not a cursor returned by this list (use pageInfo.endCursor)');
    const service = args.service ?? undefined;
    const method = args.method ?? undefined;
    const narrow = (query: SelectQueryBuilder<ServiceContract>) => {
      let narrowed = query.where('1 = 1');
      if (service !== undefined) narrowed = narrowed.andWhere('e.service = :service', { service });
      if (method !== undefined) narrowed = narrowed.andWhere('e.method = :method', { method });
      return narrowed;
    };
    const repository = db.getRepository(ServiceContract);
    let query = narrow(repository.createQueryBuilder('e'));
    if (afterId !== undefined) query = query.andWhere('e.id > :afterId', { afterId });
    return loadConnection(
      ServiceContractConnection,
      info,
      page,
      () =>
        query
          .orderBy('e.id', 'ASC')
          .take(page.limit + 1)
          .getMany(),
      (row) => String(row.id),
      () => countRows(repository, narrow),
    );
  }

  @FieldResolver(() => Association, { description: 'The association that provides the service.' })
  async provider(@Root() contract: ServiceContract, @Ctx() { loaders }: AssociationsContext): Promise<Association> {
    const provider = await loaders.association.load(contract.providerCreditCode);
    if (!provider) throw new Error(`service contract ${contract.id} points at a missing association`);
    return provider;
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community served (resolved by the community committees).' })
  community(@Root() contract: ServiceContract): Community {
    return Community.of(contract.communityCode);
  }

  @Authorized('write')
  @Mutation(() => ServiceContract, { description: 'Records a public-service contract a government awarded to an association.' })
  async awardServiceContract(
    @Arg('input', () => AwardServiceContractInput, { description: 'The contract.' }) input: AwardServiceContractInput,
    @Ctx() context: AssociationsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ServiceContract> {
    const contract = checkServiceContract(input);
    await requireAssociation('providerCreditCode', contract.providerCreditCode, context);
    await requireExisting(context.owners, 'communityCode', 'community-committees', 'Community', { code: contract.communityCode });
    return context.audit.write(info, async (manager) => {
      const contracts = manager.getRepository(ServiceContract);
      const row = contracts.create(contract);
      await contracts.insert(row);
      return row;
    });
  }
}
