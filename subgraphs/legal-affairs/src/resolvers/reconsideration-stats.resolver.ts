import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { BadUserInputError, isAgency, suzhouToday } from '@governance/kit';
import { AdministrativeBody } from '../entities/administrative-body.entity';
import { ReconsiderationCaseload } from '../entities/caseload.type';
import { ReconsiderationCase } from '../entities/reconsideration-case.entity';
import { AdministrativeLevel, ReconsiderationOutcome, ReconsiderationSystem, ReviewMethod, SYSTEM_NAMES } from '../entities/reconsideration-enums';
import { ReconsiderationDimension, ReconsiderationStat, ReconsiderationSystemCount } from '../entities/reconsideration-stat.type';
import { SystemAdoption } from '../entities/system-adoption.entity';
import type { LegalAffairsContext } from '../loaders';
import { ReconsiderationStatsArgs } from './reconsideration-stats.args';

/** The SQL of each dimension; SUBSTR over a DATE column yields 'YYYY' on SQLite and MySQL alike. */
const COLUMN: Readonly<Record<ReconsiderationDimension, string>> = {
  [ReconsiderationDimension.YEAR]: 'SUBSTR(c.receivedOn, 1, 4)',
  [ReconsiderationDimension.OUTCOME]: 'c.outcome',
  [ReconsiderationDimension.BODY_LEVEL]: 'body.level',
  [ReconsiderationDimension.REVIEW_METHOD]: 'c.reviewMethod',
};

interface RawStat {
  YEAR?: string;
  OUTCOME?: ReconsiderationOutcome;
  BODY_LEVEL?: AdministrativeLevel;
  REVIEW_METHOD?: ReviewMethod | null;
  cases: string | number;
}

@Resolver()
export class ReconsiderationStatsResolver {
  @Query(() => [ReconsiderationStat], {
    description: 'Cases received from one day to another, counted per year, outcome, accepting level and review method by one GROUP BY, in that order.',
  })
  async reconsiderationStats(@Args() { from, to, groupBy }: ReconsiderationStatsArgs, @Ctx() { db }: LegalAffairsContext): Promise<ReconsiderationStat[]> {
    if (from > to) throw new BadUserInputError('to', `must not be before from (${from})`);
    const dimensions = Object.values(ReconsiderationDimension).filter((dimension) => groupBy.includes(dimension));
    let query = db.getRepository(ReconsiderationCase).createQueryBuilder('c').select('COUNT(*)', 'cases').where('c.receivedOn BETWEEN :from AND :to', { from, to });
    if (dimensions.includes(ReconsiderationDimension.BODY_LEVEL)) query = query.innerJoin(AdministrativeBody, 'body', 'body.code = c.bodyCode');
    for (const dimension of dimensions) query = query.addSelect(COLUMN[dimension], dimension).addGroupBy(COLUMN[dimension]).addOrderBy(COLUMN[dimension], 'ASC');
    const rows = await query.getRawMany<RawStat>();
    return rows
      .filter((row) => Number(row.cases) > 0)
      .map((row) =>
        Object.assign(new ReconsiderationStat(), {
          year: row.YEAR === undefined ? null : Number(row.YEAR),
          outcome: row.OUTCOME ?? null,
          bodyLevel: row.BODY_LEVEL ?? null,
          reviewMethod: row.REVIEW_METHOD ?? null,
          // MySQL returns COUNT as a string.
          cases: Number(row.cases),
        }),
      );
  }

  @Query(() => [ReconsiderationSystemCount], {
    description: 'The ten reconsideration systems (十项行政复议制度), each with the number of bodies that had established it by a day.',
  })
  async reconsiderationSystems(
    @Arg('asOf', () => Date, { nullable: true, description: 'The day to count on; today when left out.' }) asOf: string | null | undefined,
    @Ctx() { db }: LegalAffairsContext,
  ): Promise<ReconsiderationSystemCount[]> {
    const rows = await db
      .getRepository(SystemAdoption)
      .createQueryBuilder('e')
      .select('e.system', 'system')
      .addSelect('COUNT(*)', 'bodies')
      .where('e.establishedOn <= :asOf', { asOf: asOf ?? suzhouToday() })
      .groupBy('e.system')
      .getRawMany<{ system: ReconsiderationSystem; bodies: string | number }>();
    const bodies = new Map(rows.map((row) => [row.system, Number(row.bodies)]));
    return Object.values(ReconsiderationSystem).map((system) =>
      Object.assign(new ReconsiderationSystemCount(), { system, name: SYSTEM_NAMES[system], bodies: bodies.get(system) ?? 0 }),
    );
  }

  @Query(() => ReconsiderationCaseload, {
    description: "Cases against every office of one of the platform's agencies (AdministrativeBody.agency), such as all police offices for public-security.",
  })
  async agencyReconsiderationCaseload(
    @Arg('agency', () => String, { description: 'An agency of agencies.json, as tokens name it (public-security).' }) agency: string,
    @Ctx() { db }: LegalAffairsContext,
  ): Promise<ReconsiderationCaseload> {
    if (!isAgency(agency)) throw new BadUserInputError('agency', `is not an agency of the platform (agencies.json)`);
    const rows = await db
      .getRepository(ReconsiderationCase)
      .createQueryBuilder('c')
      .innerJoin(AdministrativeBody, 'respondent', 'respondent.code = c.respondentCode')
      .select('c.outcome', 'outcome')
      .addSelect('COUNT(*)', 'cases')
      .where('respondent.agency = :agency', { agency })
      .groupBy('c.outcome')
      .getRawMany<{ outcome: ReconsiderationOutcome; cases: string | number }>();
    return ReconsiderationCaseload.of(rows.map((row) => ({ outcome: row.outcome, cases: Number(row.cases) })));
  }
}
