import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, MAX_PAGE_SIZE, requireExisting } from '@governance/kit';
import { Community } from '../entities/community.type';
import { PromotionProject } from '../entities/promotion-project.entity';
import { SafeCommunityDesignation } from '../entities/safe-community-designation.entity';
import { SafeCommunityMeeting } from '../entities/safe-community-meeting.entity';
import { SafeCommunityPlan } from '../entities/safe-community-plan.entity';
import { SupportCentre } from '../entities/support-centre.entity';
import { TrainingSession } from '../entities/training-session.entity';
import type { AssociationsContext } from '../loaders';
import { requireYear } from './input-checks';
import { DesignateSafeCommunityInput, SafeCommunityDesignationsArgs, SafeCommunityMeetingsArgs, checkDesignation } from './safe-community.input';

@Resolver(() => SafeCommunityDesignation)
export class SafeCommunityDesignationResolver {
  @Query(() => [SafeCommunityDesignation], { description: `Safe-community recommendations and designations by year (at most ${MAX_PAGE_SIZE}).` })
  safeCommunityDesignations(@Args() { status, level }: SafeCommunityDesignationsArgs, @Ctx() { db }: AssociationsContext): Promise<SafeCommunityDesignation[]> {
    return db.getRepository(SafeCommunityDesignation).find({
      where: { ...(status ? { status } : {}), ...(level ? { level } : {}) },
      order: { year: 'ASC', id: 'ASC' },
      take: MAX_PAGE_SIZE,
    });
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community (resolved by the community committees).' })
  community(@Root() designation: SafeCommunityDesignation): Community {
    return Community.of(designation.communityCode);
  }

  @Authorized('write')
  @Mutation(() => SafeCommunityDesignation, { description: 'Records that a community was recommended for, or designated with, a safe-community title.' })
  async designateSafeCommunity(
    @Arg('input', () => DesignateSafeCommunityInput, { description: 'The recommendation or designation.' }) input: DesignateSafeCommunityInput,
    @Ctx() { db, owners, audit }: AssociationsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SafeCommunityDesignation> {
    const designation = checkDesignation(input);
    const { communityCode, level, status } = designation;
    const duplicate = () => new BadUserInputError('communityCode', `was already ${status.toLowerCase()} at ${level.toLowerCase()} level`);
    if ((await db.getRepository(SafeCommunityDesignation).countBy({ communityCode, level, status })) > 0) throw duplicate();
    await requireExisting(owners, 'communityCode', 'community-committees', 'Community', { code: communityCode });
    return audit.write(
      info,
      async (manager) => {
        const designations = manager.getRepository(SafeCommunityDesignation);
        const row = designations.create(designation);
        await designations.insert(row);
        return row;
      },
      { duplicate },
    );
  }
}

@Resolver()
export class SafeCommunityRecordsResolver {
  @Query(() => [PromotionProject], { description: `Safety promotion projects by year (at most ${MAX_PAGE_SIZE}).` })
  promotionProjects(@Ctx() { db }: AssociationsContext): Promise<PromotionProject[]> {
    return db.getRepository(PromotionProject).find({ order: { year: 'ASC', id: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @Query(() => [TrainingSession], { description: `Training sessions by date, optionally of one year (at most ${MAX_PAGE_SIZE}).` })
  trainingSessions(
    @Arg('year', () => Int, { nullable: true, description: 'Only sessions held in this year.' }) year: number | null,
    @Ctx() { db }: AssociationsContext,
  ): Promise<TrainingSession[]> {
    let query = db.getRepository(TrainingSession).createQueryBuilder('e');
    if (year !== null && year !== undefined) {
      requireYear('year', year);
      query = query.where('e.heldOn >= :from AND e.heldOn <= :to', yearRange(year));
    }
    return query.orderBy('e.heldOn', 'ASC').addOrderBy('e.id', 'ASC').take(MAX_PAGE_SIZE).getMany();
  }

  @Query(() => [SupportCentre], { description: `Local support centres by the year they were established (at most ${MAX_PAGE_SIZE}).` })
  supportCentres(@Ctx() { db }: AssociationsContext): Promise<SupportCentre[]> {
    return db.getRepository(SupportCentre).find({ order: { establishedYear: 'ASC', id: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @Query(() => [SafeCommunityMeeting], { description: `Safe-community meetings and conferences by year, optionally of one year and some scopes (at most ${MAX_PAGE_SIZE}).` })
  async safeCommunityMeetings(@Args() { year, scopes }: SafeCommunityMeetingsArgs, @Ctx() { db }: AssociationsContext): Promise<SafeCommunityMeeting[]> {
    let query = db.getRepository(SafeCommunityMeeting).createQueryBuilder('e');
    if (year !== null && year !== undefined) {
      requireYear('year', year);
      query = query.andWhere('e.year = :year', { year });
    }
    if (scopes !== null && scopes !== undefined) {
      if (scopes.length === 0) return [];
      // Distinct values only: a list of the five scopes repeated cannot grow the statement.
      query = query.andWhere('e.scope IN (:...scopes)', { scopes: [...new Set(scopes)] });
    }
    return query.orderBy('e.year', 'ASC').addOrderBy('e.id', 'ASC').take(MAX_PAGE_SIZE).getMany();
  }

  @Query(() => [SafeCommunityPlan], { description: `Safe-community plans by first year, optionally only those covering one year (at most ${MAX_PAGE_SIZE}).` })
  safeCommunityPlans(
    @Arg('year', () => Int, { nullable: true, description: 'Only plans whose period includes this year (1989 to 2100).' }) year: number | null,
    @Ctx() { db }: AssociationsContext,
  ): Promise<SafeCommunityPlan[]> {
    let query = db.getRepository(SafeCommunityPlan).createQueryBuilder('e');
    if (year !== null && year !== undefined) {
      requireYear('year', year);
      query = query.where('e.fromYear <= :year AND e.toYear >= :year', { year });
    }
    return query.orderBy('e.fromYear', 'ASC').addOrderBy('e.id', 'ASC').take(MAX_PAGE_SIZE).getMany();
  }
}

/** The dates of a year as a range on the date column (an index range scan, and no date function that differs between databases). */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
