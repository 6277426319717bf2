import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { BadUserInputError, ConnectionType, countRows, findPage, loadExisting, toConnection } from '@governance/kit';
import { AdministrativeBody } from '../entities/administrative-body.entity';
import { Enterprise } from '../entities/enterprise.type';
import { Person } from '../entities/person.type';
import { ReconsiderationCase } from '../entities/reconsideration-case.entity';
import type { LegalAffairsContext } from '../loaders';
import { ReconsiderationCasesArgs } from './reconsideration-cases.args';

@ObjectType({ description: 'A page of reconsideration cases.' })
export class ReconsiderationCaseConnection extends ConnectionType(ReconsiderationCase) {}

@Resolver(() => ReconsiderationCase)
export class ReconsiderationCaseResolver {
  @Query(() => ReconsiderationCaseConnection, { description: 'Reconsideration cases in filing order, narrowed by office, body, outcome or the day received.' })
  async reconsiderationCases(@Args() args: ReconsiderationCasesArgs, @Ctx() { db }: LegalAffairsContext): Promise<ReconsiderationCaseConnection> {
    const page = args.page;
    // Case ids are integers; a cursor that holds anything else was not made by this list.
    if (page.after !== undefined && !/^\d{1,15}$/.test(page.after)) throw new BadUserInputError('after', 'is not a cursor returned by this list (use pageInfo.endCursor)');
    const narrow = (query: SelectQueryBuilder<ReconsiderationCase>) => {
      let narrowed = query.where('1 = 1');
      if (args.respondentCode) narrowed = narrowed.andWhere('e.respondentCode = :respondentCode', { respondentCode: args.respondentCode });
      if (args.bodyCode) narrowed = narrowed.andWhere('e.bodyCode = :bodyCode', { bodyCode: args.bodyCode });
      if (args.outcome) narrowed = narrowed.andWhere('e.outcome = :outcome', { outcome: args.outcome });
      if (args.receivedFrom) narrowed = narrowed.andWhere('e.receivedOn >= :receivedFrom', { receivedFrom: args.receivedFrom });
      if (args.receivedTo) narrowed = narrowed.andWhere('e.receivedOn <= :receivedTo', { receivedTo: args.receivedTo });
      return narrowed;
    };
    const repository = db.getRepository(ReconsiderationCase);
    const rows = await findPage(repository, 'id', page, narrow);
    return toConnection(
      ReconsiderationCaseConnection,
      rows,
      page,
      (row) => String(row.id),
      () => countRows(repository, narrow),
    );
  }

  @Query(() => ReconsiderationCase, { nullable: true, description: 'A case by its number; an unknown one is NOT_FOUND.' })
  reconsiderationCase(@Arg('id', () => ID, { description: 'The case number.' }) id: string, @Ctx() { loaders }: LegalAffairsContext): Promise<ReconsiderationCase> {
    return loadExisting(loaders.reconsiderationCase, 'reconsideration case', 'id', id);
  }

  @FieldResolver(() => Person, { description: 'Who applied (a person of the resident register, resolved by the community committees).' })
  applicant(@Root() reconsideration: ReconsiderationCase): Person {
    return Person.of(reconsideration.applicantId);
  }

  @FieldResolver(() => AdministrativeBody, { description: 'The office whose decision is contested (the respondent, 被申请人).' })
  respondent(@Root() reconsideration: ReconsiderationCase, @Ctx() { loaders }: LegalAffairsContext): Promise<AdministrativeBody> {
    return loadExisting(loaders.administrativeBody, 'administrative body', 'code', reconsideration.respondentCode);
  }

  @FieldResolver(() => AdministrativeBody, { description: 'The body that accepted and heard the case (复议机关).' })
  reconsiderationBody(@Root() reconsideration: ReconsiderationCase, @Ctx() { loaders }: LegalAffairsContext): Promise<AdministrativeBody> {
    return loadExisting(loaders.administrativeBody, 'administrative body', 'code', reconsideration.bodyCode);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise concerned, when there is one (resolved by the commerce bureau).' })
  enterprise(@Root() reconsideration: ReconsiderationCase): Enterprise | null {
    return reconsideration.enterpriseCreditCode === null ? null : Enterprise.of(reconsideration.enterpriseCreditCode);
  }
}
