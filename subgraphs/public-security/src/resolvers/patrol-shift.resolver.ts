import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PatrolShift } from '../entities/patrol-shift.entity';
import { PatrolTeam } from '../entities/patrol-team.entity';
import type { SecurityContext } from '../loaders';
import { PATROL_RULE } from '../types/patrol-compliance.type';

@Resolver(() => PatrolShift)
export class PatrolShiftResolver {
  @FieldResolver(() => Boolean, { description: `True when the shift kept the rule: at least ${PATROL_RULE.minMembersOnPatrol} members for at least ${PATROL_RULE.minHours} hours.` })
  compliant(@Root() shift: PatrolShift): boolean {
    return shift.membersOnPatrol >= PATROL_RULE.minMembersOnPatrol && shift.hours >= PATROL_RULE.minHours;
  }

  @FieldResolver(() => PatrolTeam, { description: 'The team on patrol.' })
  team(@Root() shift: PatrolShift, @Ctx() { loaders }: SecurityContext): Promise<PatrolTeam | null> {
    return loaders.patrolTeam.load(shift.teamId);
  }
}
