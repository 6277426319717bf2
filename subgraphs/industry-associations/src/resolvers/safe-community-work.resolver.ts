import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { SafeCommunityDesignation, SafeCommunityLevel, SafeCommunityStatus } from '../entities/safe-community-designation.entity';
import { SafeCommunityWork } from '../entities/safe-community-work.type';
import { SupportCentre } from '../entities/support-centre.entity';
import { TrainingSession } from '../entities/training-session.entity';
import type { AssociationsContext } from '../loaders';
import { requireYear } from './input-checks';
import { yearRange } from './safe-community.resolver';

/** Each figure is one COUNT or SUM, run only when the field is asked for. */
@Resolver(() => SafeCommunityWork)
export class SafeCommunityWorkResolver {
  @Query(() => SafeCommunityWork, { description: "The safe-community association's figures for one year." })
  safeCommunityWork(@Arg('year', () => Int, { description: 'The year (1989 to 2100).' }) year: number): SafeCommunityWork {
    requireYear('year', year);
    return SafeCommunityWork.of(year);
  }

  @FieldResolver(() => Int, { description: 'Training sessions held in the year.' })
  trainingSessions(@Root() work: SafeCommunityWork, @Ctx() { db }: AssociationsContext): Promise<number> {
    return db.getRepository(TrainingSession).createQueryBuilder('e').where('e.heldOn >= :from AND e.heldOn <= :to', yearRange(work.year)).getCount();
  }

  @FieldResolver(() => Int, { description: "People trained in the year's sessions." })
  async trainees(@Root() work: SafeCommunityWork, @Ctx() { db }: AssociationsContext): Promise<number> {
    const row = await db
      .getRepository(TrainingSession)
      .createQueryBuilder('e')
      .select('COALESCE(SUM(e.trainees), 0)', 'total')
      .where('e.heldOn >= :from AND e.heldOn <= :to', yearRange(work.year))
      .getRawOne<{ total: string | number }>();
    // MySQL returns SUM as a string.
    return Number(row?.total ?? 0);
  }

  @FieldResolver(() => Int, { description: 'Local support centres established up to and including the year.' })
  supportCentres(@Root() work: SafeCommunityWork, @Ctx() { db }: AssociationsContext): Promise<number> {
    return db.getRepository(SupportCentre).createQueryBuilder('e').where('e.establishedYear <= :year', { year: work.year }).getCount();
  }

  @FieldResolver(() => Int, { description: 'Communities recommended for the International Safe Community title in the year.' })
  recommendedInternationally(@Root() work: SafeCommunityWork, @Ctx() context: AssociationsContext): Promise<number> {
    return countInternational(context, work.year, SafeCommunityStatus.RECOMMENDED);
  }

  @FieldResolver(() => Int, { description: 'Communities designated International Safe Communities in the year.' })
  designatedInternationally(@Root() work: SafeCommunityWork, @Ctx() context: AssociationsContext): Promise<number> {
    return countInternational(context, work.year, SafeCommunityStatus.DESIGNATED);
  }
}

/** One row per community, level and status (a unique index), so rows are communities. */
function countInternational({ db }: AssociationsContext, year: number, status: SafeCommunityStatus): Promise<number> {
  return db.getRepository(SafeCommunityDesignation).countBy({ year, level: SafeCommunityLevel.INTERNATIONAL, status });
}
