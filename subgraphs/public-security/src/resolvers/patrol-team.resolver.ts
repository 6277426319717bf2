import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { BadUserInputError, ConnectionArgs, MAX_PAGE_SIZE, loadExisting, toConnection, loadConnection } from '@governance/kit';
import { Community } from '../entities/community.type';
import { Enterprise } from '../entities/enterprise.type';
import { PatrolTeam } from '../entities/patrol-team.entity';
import type { SecurityContext } from '../loaders';
import { daysInRange } from '../loaders/patrol.loader';
import { shiftScope } from '../loaders/shifts.loader';
import { PatrolMemberConnection, PatrolShiftConnection } from '../types/connections.type';
import { PatrolCompliance } from '../types/patrol-compliance.type';
import { PatrolDuty } from '../types/patrol-duty.type';
import { MAX_COMPLIANCE_DAYS, requireOrderedRange } from './input-checks';

@ArgsType()
class ShiftsArgs extends ConnectionArgs {
  @Field(() => Date, { nullable: true, description: 'Only shifts on or after this day.' })
  from?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only shifts on or before this day.' })
  to?: string | null;
}

/** A closed range of days, as compliance and duty take it. */
@ArgsType()
class DayRangeArgs {
  @Field(() => Date, { description: 'First day included.' })
  from!: string;

  @Field(() => Date, { description: 'Last day included.' })
  to!: string;
}

@Resolver(() => PatrolTeam)
export class PatrolTeamResolver {
  @Query(() => [PatrolTeam], { nullable: true, description: `Volunteer patrol teams ordered by id (at most ${MAX_PAGE_SIZE}).` })
  patrolTeams(@Ctx() { db }: SecurityContext): Promise<PatrolTeam[]> {
    return db.getRepository(PatrolTeam).find({ order: { id: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @Query(() => PatrolTeam, { nullable: true, description: 'A patrol team by id; an unknown id is a NOT_FOUND error.' })
  patrolTeam(@Arg('id', () => ID, { description: 'Team identifier.' }) id: string, @Ctx() { loaders }: SecurityContext): Promise<PatrolTeam> {
    return loadExisting(loaders.patrolTeam, 'patrol team', 'id', id);
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community the team patrols.' })
  community(@Root() team: PatrolTeam): Community {
    return Community.of(team.communityCode);
  }

  @FieldResolver(() => Int, { description: 'How many members the team has, counted by the database.' })
  memberCount(@Root() team: PatrolTeam, @Ctx() { loaders }: SecurityContext): Promise<number> {
    return loaders.memberCountOfTeam.load(team.id);
  }

  @FieldResolver(() => PatrolMemberConnection, { description: "The team's members, in the order they were registered." })
  async members(@Root() team: PatrolTeam, @Args() args: ConnectionArgs, @Ctx() { loaders }: SecurityContext, @Info() info: GraphQLResolveInfo): Promise<PatrolMemberConnection> {
    const { page } = args;
    return loadConnection(
      PatrolMemberConnection,
      info,
      page,
      () => loaders.membersOfTeam.load({ group: team.id, page }),
      (row) => String(row.id),
      () => loaders.memberCountOfTeam.load(team.id),
    );
  }

  @FieldResolver(() => [Enterprise], { description: `The enterprises that employ the team's members, each once, by credit code (at most ${MAX_PAGE_SIZE}).` })
  async enterprises(@Root() team: PatrolTeam, @Ctx() { loaders }: SecurityContext): Promise<Enterprise[]> {
    return (await loaders.employersOfTeam.load(team.id)).map((row) => Enterprise.of(row.creditCode));
  }

  @FieldResolver(() => PatrolCompliance, {
    description: `Whether the team kept its rule on each day from one day to another (at most ${MAX_COMPLIANCE_DAYS} days), computed by the database.`,
  })
  async compliance(@Root() team: PatrolTeam, @Args() { from, to }: DayRangeArgs, @Ctx() { loaders }: SecurityContext): Promise<PatrolCompliance> {
    const days = requireBoundedRange(from, to);
    const nonCompliantDates = await loaders.shifts.nonCompliantDates.load(shiftScope(team.id, from, to));
    return Object.assign(new PatrolCompliance(), { days, compliantDays: days - nonCompliantDates.length, nonCompliantDates });
  }

  @FieldResolver(() => PatrolDuty, {
    description: `How many days the team's members were out from one day to another (at most ${MAX_COMPLIANCE_DAYS} days), counted by the database from the members named on each shift.`,
  })
  async duty(@Root() team: PatrolTeam, @Args() { from, to }: DayRangeArgs, @Ctx() { loaders }: SecurityContext): Promise<PatrolDuty> {
    requireBoundedRange(from, to);
    return Object.assign(new PatrolDuty(), await loaders.shifts.duty.load(shiftScope(team.id, from, to)));
  }

  @FieldResolver(() => PatrolShiftConnection, { description: "The team's daily shifts, optionally from/to a day, ordered by day." })
  async shifts(@Root() team: PatrolTeam, @Args() args: ShiftsArgs, @Ctx() { loaders }: SecurityContext): Promise<PatrolShiftConnection> {
    const { page } = args;
    requireOrderedRange(args.from, args.to);
    const scope = shiftScope(team.id, args.from ?? null, args.to ?? null);
    const rows = await loaders.shifts.pages.load({ group: scope, page });
    return toConnection(
      PatrolShiftConnection,
      rows.map((item) => item.row),
      page,
      (row) => row.onDate,
      () => loaders.shifts.count.load(scope),
    );
  }
}

/** The days from `from` to `to`, refused when reversed or longer than MAX_COMPLIANCE_DAYS. */
function requireBoundedRange(from: string, to: string): number {
  requireOrderedRange(from, to);
  const days = daysInRange(from, to);
  if (days > MAX_COMPLIANCE_DAYS) throw new BadUserInputError('to', `the range may span at most ${MAX_COMPLIANCE_DAYS} days (got ${days})`);
  return days;
}
