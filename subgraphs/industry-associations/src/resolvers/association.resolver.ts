import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { ConnectionArgs, ConnectionType, countRows, creditCodeProblem, findPage, loadExisting, requireValid, toConnection, loadConnection } from '@governance/kit';
import { Association, AssociationKind } from '../entities/association.entity';
import { CertificationMark } from '../entities/certification-mark.entity';
import { ServiceContract } from '../entities/service-contract.entity';
import type { AssociationsContext } from '../loaders';
import { joinCursor, splitCursor } from '../loaders/cursors';
import { MembershipConnection } from './connections';

@ObjectType({ description: 'A page of associations.' })
export class AssociationConnection extends ConnectionType(Association) {}

@ArgsType()
class AssociationsArgs extends ConnectionArgs {
  @Field(() => AssociationKind, { nullable: true, description: 'Only associations of this kind.' })
  kind?: AssociationKind | null;
}

@Resolver(() => Association)
export class AssociationResolver {
  @Query(() => Association, { nullable: true, description: 'An association by credit code; an unknown code is a NOT_FOUND error.' })
  async association(
    @Arg('creditCode', () => ID, { description: "The association's unified social credit code." }) creditCode: string,
    @Ctx() { loaders }: AssociationsContext,
  ): Promise<Association> {
    requireValid('creditCode', creditCode, creditCodeProblem);
    return loadExisting(loaders.association, 'association', 'creditCode', creditCode);
  }

  @Query(() => AssociationConnection, { nullable: true, description: 'Associations ordered by credit code, optionally of one kind.' })
  async associations(@Args() args: AssociationsArgs, @Ctx() { db }: AssociationsContext, @Info() info: GraphQLResolveInfo): Promise<AssociationConnection> {
    const { page } = args;
    const kind = args.kind ?? undefined;
    const narrow = (query: SelectQueryBuilder<Association>) => (kind === undefined ? query : query.where('e.kind = :kind', { kind }));
    const repository = db.getRepository(Association);
    return loadConnection(
      AssociationConnection,
      info,
      page,
      () => findPage(repository, 'creditCode', page, narrow),
      (row) => row.creditCode,
      () => countRows(repository, narrow),
    );
  }

  @FieldResolver(() => MembershipConnection, { description: 'The member enterprises, by the date they joined, then credit code.' })
  async memberships(@Root() association: Association, @Args() args: ConnectionArgs, @Ctx() { loaders }: AssociationsContext): Promise<MembershipConnection> {
    const { page } = args;
    splitCursor(page.after, 2); // a malformed cursor fails this field alone, not the whole batch
    const rows = await loaders.membershipsOfAssociation.load({ group: association.creditCode, page });
    return toConnection(
      MembershipConnection,
      rows,
      page,
      (row) => joinCursor([row.since, row.enterpriseCreditCode]),
      () => loaders.membershipCount.load(association.creditCode),
    );
  }

  @FieldResolver(() => [CertificationMark], { description: 'The certification marks the association holds.' })
  certificationMarks(@Root() association: Association, @Ctx() { loaders }: AssociationsContext): Promise<CertificationMark[]> {
    return loaders.marksOfHolder.load(association.creditCode);
  }

  @FieldResolver(() => [ServiceContract], { description: 'Government service contracts awarded to the association, oldest first.' })
  serviceContracts(@Root() association: Association, @Ctx() { loaders }: AssociationsContext): Promise<ServiceContract[]> {
    return loaders.contractsOfProvider.load(association.creditCode);
  }
}
