import { Arg, Args, ArgsType, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { ConnectionArgs, ConnectionType, countRows, creditCodeProblem, findPage, loadExisting, requireValid, toConnection } from '@governance/kit';
import { Association, AssociationKind } from '../entities/association.entity';
import type { AssociationsContext } from '../loaders';

@ObjectType({ description: 'A page of associations.' })
export class AssociationConnection extends ConnectionType(Association) {}

@ArgsType()
class AssociationsArgs extends ConnectionArgs {
  @Field(() => AssociationKind, { nullable: true })
  kind?: AssociationKind | null;
}

@Resolver(() => Association)
export class AssociationResolver {
  @Query(() => Association, { nullable: true, description: 'An association by credit code; an unknown code is a NOT_FOUND error.' })
  async association(@Arg('creditCode', () => ID) creditCode: string, @Ctx() { loaders }: AssociationsContext): Promise<Association> {
    requireValid('creditCode', creditCode, creditCodeProblem);
    return loadExisting(loaders.association, 'association', 'creditCode', creditCode);
  }

  @Query(() => AssociationConnection, { description: 'Associations ordered by credit code, optionally of one kind.' })
  async associations(@Args() args: AssociationsArgs, @Ctx() { db }: AssociationsContext): Promise<AssociationConnection> {
    const { page } = args;
    const kind = args.kind ?? undefined;
    const narrow = (query: SelectQueryBuilder<Association>) => (kind === undefined ? query : query.where('e.kind = :kind', { kind }));
    const repository = db.getRepository(Association);
    const rows = await findPage(repository, 'creditCode', page, narrow);
    return toConnection(AssociationConnection, rows, page, (row) => row.creditCode, () => countRows(repository, narrow));
  }
}
