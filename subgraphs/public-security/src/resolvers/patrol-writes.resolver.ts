import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, requireExisting } from '@governance/kit';
import { PatrolMember } from '../entities/patrol-member.entity';
import { PatrolShift } from '../entities/patrol-shift.entity';
import { PatrolShiftMember } from '../entities/patrol-shift-member.entity';
import { PatrolTeam } from '../entities/patrol-team.entity';
import type { SecurityContext } from '../loaders';
import { AddPatrolMemberInput, RecordPatrolShiftInput, checkMember, checkShift } from './patrol.input';

@Resolver()
export class PatrolWritesResolver {
  @Authorized('write')
  @Mutation(() => PatrolShift, { description: "Records (or replaces) a patrol team's shift for one day." })
  async recordPatrolShift(
    @Arg('input', () => RecordPatrolShiftInput, { description: 'The shift.' }) input: RecordPatrolShiftInput,
    @Ctx() { loaders, audit }: SecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolShift> {
    const { memberIds, ...shift } = checkShift(input);
    await requireTeam(shift.teamId, loaders);
    const members = await loaders.memberCountOfTeam.load(shift.teamId);
    if (shift.membersOnPatrol > members) throw new BadUserInputError('membersOnPatrol', `the team has only ${members} members (got ${shift.membersOnPatrol})`);
    const named = await requireTeamMembers(shift.teamId, memberIds ?? [], loaders);
    // The shift row is locked by its upsert, so a concurrent report of the same day waits and then replaces both the shift and its names.
    return audit.write(info, async (manager) => {
      await manager.getRepository(PatrolShift).upsert({ ...shift }, ['teamId', 'onDate']);
      const duties = manager.getRepository(PatrolShiftMember);
      await duties.delete({ teamId: shift.teamId, onDate: shift.onDate });
      if (named.length > 0) await duties.insert(named.map((member) => ({ teamId: shift.teamId, onDate: shift.onDate, personId: member.personId })));
      return manager.getRepository(PatrolShift).findOneByOrFail({ teamId: shift.teamId, onDate: shift.onDate });
    });
  }

  @Authorized('write')
  @Mutation(() => PatrolMember, { description: 'Adds a resident to a patrol team as the guard of an enterprise; the person and the enterprise are checked with their registers.' })
  async addPatrolMember(
    @Arg('input', () => AddPatrolMemberInput, { description: 'The member.' }) input: AddPatrolMemberInput,
    @Ctx() { db, loaders, owners, audit }: SecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolMember> {
    const member = checkMember(input);
    await requireTeam(member.teamId, loaders);
    const duplicate = () => new BadUserInputError('personId', 'is already a member of this team');
    if ((await db.getRepository(PatrolMember).countBy({ teamId: member.teamId, personId: member.personId })) > 0) throw duplicate();
    await requireExisting(owners, 'personId', 'community-committees', 'Person', { id: member.personId });
    await requireExisting(owners, 'enterpriseCreditCode', 'commerce-bureau', 'Enterprise', { creditCode: member.enterpriseCreditCode });
    return audit.write(
      info,
      async (manager) => {
        const memberships = manager.getRepository(PatrolMember);
        const row = memberships.create({ ...member });
        await memberships.insert(row);
        return row;
      },
      { person: member.personId, duplicate },
    );
  }
}

async function requireTeam(teamId: string, loaders: SecurityContext['loaders']): Promise<PatrolTeam> {
  const team = await loaders.patrolTeam.load(teamId);
  if (!team) throw new BadUserInputError('teamId', `no patrol team with id "${teamId}"`);
  return team;
}

/** The memberships of `memberIds`, each of which must belong to the team. */
async function requireTeamMembers(teamId: string, memberIds: readonly string[], loaders: SecurityContext['loaders']): Promise<PatrolMember[]> {
  const found = await loaders.patrolMember.loadMany(memberIds);
  return found.map((member, index) => {
    if (member instanceof Error) throw member;
    if (!member || member.teamId !== teamId) throw new BadUserInputError('memberIds', `no member with id "${memberIds[index]}" on team "${teamId}"`);
    return member;
  });
}
