import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { BadUserInputError, ConnectionArgs, ConnectionType, countRows, findPage, isUniqueViolation, loadExisting, toConnection } from '@governance/kit';
import { ReconsiderationCase } from '../entities/reconsideration-case.entity';
import type { LegalAffairsContext } from '../loaders';
import { RecordReconsiderationCaseInput, checkReconsiderationCase } from './reconsideration-case.input';

@ObjectType({ description: 'A page of reconsiderationCases.' })
export class ReconsiderationCaseConnection extends ConnectionType(ReconsiderationCase) {}

@Resolver(() => ReconsiderationCase)
export class ReconsiderationCaseResolver {
  @Query(() => ReconsiderationCaseConnection, { description: 'The bureau\'s records, in id order.' })
  async reconsiderationCases(@Args() { page }: ConnectionArgs, @Ctx() { db }: LegalAffairsContext): Promise<ReconsiderationCaseConnection> {
    const repository = db.getRepository(ReconsiderationCase);
    const rows = await findPage(repository, 'id', page);
    return toConnection(ReconsiderationCaseConnection, rows, page, (row) => row.id, () => countRows(repository));
  }

  @Query(() => ReconsiderationCase, { nullable: true, description: 'One record by id; an unknown id is NOT_FOUND.' })
  reconsiderationCase(@Arg('id', () => ID, { description: 'The bureau\'s identifier.' }) id: string, @Ctx() { loaders }: LegalAffairsContext): Promise<ReconsiderationCase> {
    return loadExisting(loaders.reconsiderationCase, 'reconsideration case', 'id', id);
  }

  @Authorized('write')
  @Mutation(() => ReconsiderationCase, { description: 'Adds a record, audited; an id that is already recorded is refused.' })
  async recordReconsiderationCase(
    @Arg('input', () => RecordReconsiderationCaseInput, { description: 'The record.' }) input: RecordReconsiderationCaseInput,
    @Ctx() { audit }: LegalAffairsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReconsiderationCase> {
    const record = checkReconsiderationCase(input);
    try {
      return await audit.write(info, async (manager) => {
        await manager.getRepository(ReconsiderationCase).insert(record);
        return Object.assign(new ReconsiderationCase(), record);
      });
    } catch (error) {
      // Two writers with the same id: the primary key decides, the loser is told why.
      if (isUniqueViolation(error)) throw new BadUserInputError('id', `"${record.id}" is already recorded`);
      throw error;
    }
  }
}
