import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, ConnectionArgs, MAX_PAGE_SIZE, creditCodeProblem, loadExisting, requireExisting, requireValid, toConnection } from '@governance/kit';
import { Association } from '../entities/association.entity';
import { CertificationMark } from '../entities/certification-mark.entity';
import { Enterprise } from '../entities/enterprise.type';
import { MarkAuthorisation } from '../entities/mark-authorisation.entity';
import type { AssociationsContext } from '../loaders';
import { joinCursor, splitCursor } from '../loaders/cursors';
import { AuthoriseMarkUserArgs } from './certification-mark.input';
import { MarkAuthorisationConnection } from './connections';
import { RECORDS_END, registrationNumberProblem, requireRecordDate } from './input-checks';

@Resolver(() => CertificationMark)
export class CertificationMarkResolver {
  @Query(() => CertificationMark, { nullable: true, description: 'A certification mark by registration number; an unknown number is a NOT_FOUND error.' })
  async certificationMark(
    @Arg('registrationNumber', () => ID, { description: 'The trademark registration number.' }) registrationNumber: string,
    @Ctx() { loaders }: AssociationsContext,
  ): Promise<CertificationMark> {
    requireValid('registrationNumber', registrationNumber, registrationNumberProblem);
    return loadExisting(loaders.certificationMark, 'certificationMark', 'registrationNumber', registrationNumber);
  }

  @Query(() => [CertificationMark], { description: `Certification marks by registration number (at most ${MAX_PAGE_SIZE}).` })
  certificationMarks(@Ctx() { db }: AssociationsContext): Promise<CertificationMark[]> {
    return db.getRepository(CertificationMark).find({ order: { registrationNumber: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @FieldResolver(() => Association, { description: 'The association that holds the mark.' })
  async holder(@Root() mark: CertificationMark, @Ctx() { loaders }: AssociationsContext): Promise<Association> {
    const holder = await loaders.association.load(mark.holderCreditCode);
    if (!holder) throw new Error(`mark ${mark.registrationNumber} points at a missing association`);
    return holder;
  }

  @FieldResolver(() => MarkAuthorisationConnection, { description: 'The enterprises authorised to use the mark, by credit code.' })
  async authorisedUsers(@Root() mark: CertificationMark, @Args() args: ConnectionArgs, @Ctx() { loaders }: AssociationsContext): Promise<MarkAuthorisationConnection> {
    const { page } = args;
    splitCursor(page.after, 1);
    const rows = await loaders.authorisationsOfMark.load({ group: mark.registrationNumber, page });
    return toConnection(
      MarkAuthorisationConnection,
      rows,
      page,
      (row) => joinCursor([row.enterpriseCreditCode]),
      () => loaders.authorisationCount.load(mark.registrationNumber),
    );
  }

  @Authorized('write')
  @Mutation(() => CertificationMark, { description: 'Authorises an enterprise registered with the commerce bureau to use a certification mark.' })
  async authoriseMarkUser(
    @Args() args: AuthoriseMarkUserArgs,
    @Ctx() { db, loaders, owners, audit }: AssociationsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CertificationMark> {
    const { registrationNumber, enterpriseCreditCode, authorisedOn } = args;
    requireValid('registrationNumber', registrationNumber, registrationNumberProblem);
    requireValid('enterpriseCreditCode', enterpriseCreditCode, creditCodeProblem);
    const mark = await loaders.certificationMark.load(registrationNumber);
    if (!mark) throw new BadUserInputError('registrationNumber', `no certification mark with registrationNumber "${registrationNumber}" in the register`);
    requireRecordDate('authorisedOn', authorisedOn, { date: mark.registeredOn, what: `the mark was registered (${mark.registeredOn})` }, RECORDS_END);
    const duplicate = () => new BadUserInputError('enterpriseCreditCode', 'is already authorised to use this mark');
    if ((await db.getRepository(MarkAuthorisation).countBy({ registrationNumber, enterpriseCreditCode })) > 0) throw duplicate();
    await requireExisting(owners, 'enterpriseCreditCode', 'commerce-bureau', 'Enterprise', { creditCode: enterpriseCreditCode });
    await audit.write(info, (manager) => manager.getRepository(MarkAuthorisation).insert({ registrationNumber, enterpriseCreditCode, authorisedOn }), { duplicate });
    return mark;
  }
}

@Resolver(() => MarkAuthorisation)
export class MarkAuthorisationResolver {
  @FieldResolver(() => Enterprise, { nullable: true, description: 'The authorised enterprise (resolved by the commerce bureau).' })
  enterprise(@Root() authorisation: MarkAuthorisation): Enterprise {
    return Enterprise.of(authorisation.enterpriseCreditCode);
  }

  @FieldResolver(() => CertificationMark, { description: 'The mark the enterprise may use.' })
  async mark(@Root() authorisation: MarkAuthorisation, @Ctx() { loaders }: AssociationsContext): Promise<CertificationMark> {
    return loadExisting(loaders.certificationMark, 'certificationMark', 'registrationNumber', authorisation.registrationNumber);
  }
}
