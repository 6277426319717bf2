import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { BadUserInputError, ConnectionArgs, ConnectionType, countRows, findPage, loadExisting, loadConnection } from '@governance/kit';
import { EnforcementKind, EnforcementOutcome } from '../entities/enforcement-enums';
import { EnforcementCase } from '../entities/enforcement-case.entity';
import { Enterprise } from '../entities/enterprise.entity';
import type { CommerceContext } from '../loaders';
import { OpenEnforcementCaseInput, checkOpening } from './enforcement.input';
import { amount, pastDate } from './input-checks';

@ObjectType({ description: 'A page of enforcement cases.' })
export class EnforcementCaseConnection extends ConnectionType(EnforcementCase) {}

@ArgsType()
class EnforcementCasesArgs extends ConnectionArgs {
  @Field(() => EnforcementKind, { nullable: true, description: 'Only cases of this kind.' })
  kind?: EnforcementKind | null;
}

// An ArgsType keeps the arguments in this order in the SDL (separate @Arg parameters print in reverse).
@ArgsType()
class CloseEnforcementCaseArgs {
  @Field(() => ID, { description: 'The case number; an unknown one is NOT_FOUND.' })
  id!: string;

  @Field(() => EnforcementOutcome, { description: 'How the case ended (not OPEN).' })
  outcome!: EnforcementOutcome;

  @Field(() => Float, { nullable: true, description: 'The fine in yuan, at least 0; required when the outcome is FINED.' })
  fineYuan?: number | null;

  @Field(() => Date, { description: 'When it was closed: not before it was opened, not in the future.' })
  closedOn!: string;
}

@Resolver(() => EnforcementCase)
export class EnforcementResolver {
  @Query(() => EnforcementCaseConnection, { description: 'Enforcement cases in filing order, optionally of one kind.' })
  async enforcementCases(@Args() args: EnforcementCasesArgs, @Ctx() { db }: CommerceContext, @Info() info: GraphQLResolveInfo): Promise<EnforcementCaseConnection> {
    const page = args.page;
    // Case ids are integers; a cursor that holds anything else was not made by this list.
    if (page.after !== undefined && !/^\d{1,15}$/.test(page.after)) throw new BadUserInputError('after', 'is not a cursor returned by this list (use pageInfo.endCursor)');
    const kind = args.kind ?? undefined;
    const narrow = (query: SelectQueryBuilder<EnforcementCase>) => (kind === undefined ? query.where('1 = 1') : query.where('e.kind = :kind', { kind }));
    const repository = db.getRepository(EnforcementCase);
    // The cursor's digits compare as a number with the integer id column (SQLite's numeric affinity, MySQL's conversion).
    return loadConnection(
      EnforcementCaseConnection,
      info,
      page,
      () => findPage(repository, 'id', page, narrow),
      (row) => String(row.id),
      () => countRows(repository, narrow),
    );
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise the case is against.' })
  enterprise(@Root() enforcementCase: EnforcementCase, @Ctx() { loaders }: CommerceContext): Promise<Enterprise> {
    return loadExisting(loaders.enterprise, 'enterprise', 'creditCode', enforcementCase.enterpriseCreditCode);
  }

  @Authorized('write')
  @Mutation(() => EnforcementCase, { description: 'Opens an enforcement case against an enterprise in the register; it starts OPEN.' })
  async openEnforcementCase(
    @Arg('input', () => OpenEnforcementCaseInput, { description: 'The case.' }) input: OpenEnforcementCaseInput,
    @Ctx() { loaders, audit }: CommerceContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EnforcementCase> {
    const opening = checkOpening(input);
    if (!(await loaders.enterprise.load(opening.creditCode))) {
      throw new BadUserInputError('creditCode', `no enterprise with credit code "${opening.creditCode}" in the register`);
    }
    return audit.write(info, async (manager) => {
      const cases = manager.getRepository(EnforcementCase);
      const created = cases.create({
        enterpriseCreditCode: opening.creditCode,
        openedOn: opening.openedOn,
        kind: opening.kind,
        outcome: EnforcementOutcome.OPEN,
        fineYuan: null,
        closedOn: null,
        note: opening.note,
      });
      await cases.insert(created);
      return created;
    });
  }

  @Authorized('write')
  @Mutation(() => EnforcementCase, { description: 'Closes an open enforcement case with its outcome.' })
  async closeEnforcementCase(
    @Args() { id, outcome, fineYuan, closedOn }: CloseEnforcementCaseArgs,
    @Ctx() { loaders, audit }: CommerceContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EnforcementCase> {
    const found = await loadExisting(loaders.enforcementCase, 'enforcement case', 'id', id);
    if (found.outcome !== EnforcementOutcome.OPEN) throw new BadUserInputError('id', `the case is already closed (${found.outcome})`);
    if (outcome === EnforcementOutcome.OPEN) throw new BadUserInputError('outcome', 'must say how the case ended, not OPEN');
    const fine = fineYuan === null || fineYuan === undefined ? null : amount('fineYuan', fineYuan);
    if (outcome === EnforcementOutcome.FINED && fine === null) throw new BadUserInputError('fineYuan', 'is required when the outcome is FINED');
    pastDate('closedOn', closedOn, { date: found.openedOn, what: `the case was opened (${found.openedOn})` });
    const closed = { outcome, fineYuan: fine, closedOn };
    await audit.write(info, async (manager) => {
      // Only an open case closes: of two concurrent closings, the second finds it closed and writes nothing.
      const result = await manager.getRepository(EnforcementCase).update({ id: found.id, outcome: EnforcementOutcome.OPEN }, closed);
      if (result.affected !== 1) throw new BadUserInputError('id', 'the case was closed by another request just now');
    });
    return Object.assign(found, closed);
  }
}
