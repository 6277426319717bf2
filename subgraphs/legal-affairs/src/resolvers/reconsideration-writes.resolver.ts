import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, loadExisting, requireDate, requireExisting } from '@governance/kit';
import { ReconsiderationCase } from '../entities/reconsideration-case.entity';
import { ReconsiderationOutcome } from '../entities/reconsideration-enums';
import type { LegalAffairsContext } from '../loaders';
import { COMMERCE_BUREAU, COMMUNITY_COMMITTEES } from '../owners';
import { DecideReconsiderationCaseArgs, FileReconsiderationCaseInput, checkFiling } from './reconsideration-case.input';

@Resolver(() => ReconsiderationCase)
export class ReconsiderationWritesResolver {
  @Authorized('write')
  @Mutation(() => ReconsiderationCase, { description: 'Files an accepted application: it is heard by the body that hears the respondent, and starts PENDING.' })
  async fileReconsiderationCase(
    @Arg('input', () => FileReconsiderationCaseInput, { description: 'The application.' }) input: FileReconsiderationCaseInput,
    @Ctx() { loaders, owners, audit }: LegalAffairsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReconsiderationCase> {
    const filing = checkFiling(input);
    const respondent = await loaders.administrativeBody.load(filing.respondentCode);
    if (respondent === null) throw new BadUserInputError('respondentCode', `no office "${filing.respondentCode}" in the register`);
    if (respondent.heardByCode === null) throw new BadUserInputError('respondentCode', `decisions of ${respondent.name} are reconsidered by the province, outside Suzhou's bodies`);
    await Promise.all([
      requireExisting(owners, 'applicantId', COMMUNITY_COMMITTEES.name, 'Person', { id: filing.applicantId }),
      filing.enterpriseCreditCode === null
        ? undefined
        : requireExisting(owners, 'enterpriseCreditCode', COMMERCE_BUREAU.name, 'Enterprise', { creditCode: filing.enterpriseCreditCode }),
    ]);
    const bodyCode = respondent.heardByCode;
    return audit.write(
      info,
      async (manager) => {
        const cases = manager.getRepository(ReconsiderationCase);
        const created = cases.create({ ...filing, bodyCode, decidedOn: null, outcome: ReconsiderationOutcome.PENDING, reviewMethod: null });
        await cases.insert(created);
        return created;
      },
      { person: filing.applicantId },
    );
  }

  @Authorized('write')
  @Mutation(() => ReconsiderationCase, { description: 'Decides a pending case, once: a case already decided is refused.' })
  async decideReconsiderationCase(
    @Args() { id, outcome, reviewMethod, decidedOn }: DecideReconsiderationCaseArgs,
    @Ctx() { loaders, audit }: LegalAffairsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReconsiderationCase> {
    const found = await loadExisting(loaders.reconsiderationCase, 'reconsideration case', 'id', id);
    if (outcome === ReconsiderationOutcome.PENDING) throw new BadUserInputError('outcome', 'must be the decision, not PENDING');
    if (found.outcome !== ReconsiderationOutcome.PENDING) throw new BadUserInputError('id', `the case is already decided (${found.outcome})`);
    requireDate('decidedOn', decidedOn, { earliest: { date: found.receivedOn, what: `the case was received (${found.receivedOn})` } });
    const decision = { outcome, reviewMethod, decidedOn };
    await audit.write(
      info,
      async (manager) => {
        // Only a case still PENDING changes: of two concurrent decisions, the second updates nothing and is refused (its audit entry rolls back with it).
        const result = await manager
          .createQueryBuilder()
          .update(ReconsiderationCase)
          .set(decision)
          .where('id = :id AND outcome = :pending', { id: found.id, pending: ReconsiderationOutcome.PENDING })
          .execute();
        if (result.affected !== 1) throw new BadUserInputError('id', 'the case was decided by another request meanwhile');
      },
      { person: found.applicantId },
    );
    return Object.assign(found, decision);
  }
}
