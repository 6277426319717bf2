import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '@governance/kit';
import { PatrolMember } from '../entities/patrol-member.entity';
import { PatrolShift } from '../entities/patrol-shift.entity';
import { PatrolTeam } from '../entities/patrol-team.entity';
import type { SecurityContext } from '../loaders';
import { shiftKey } from '../loaders/duty.loader';
import { PATROL_RULE } from '../types/patrol-compliance.type';

@Resolver(() => PatrolShift)
export class PatrolShiftResolver {
  @FieldResolver(() => Boolean, {
    description: `True when the shift kept the rule: at least ${PATROL_RULE.minMembersOnPatrol} members for at least ${PATROL_RULE.minHours} hours.`,
  })
  compliant(@Root() shift: PatrolShift): boolean {
    return shift.membersOnPatrol >= PATROL_RULE.minMembersOnPatrol && shift.hours >= PATROL_RULE.minHours;
  }

  @FieldResolver(() => [PatrolMember], {
    description: `The members named as out on patrol that day, in the order they were registered as members (at most ${MAX_PAGE_SIZE}); empty when the shift was filed without names.`,
  })
  async members(@Root() shift: PatrolShift, @Ctx() { loaders }: SecurityContext): Promise<PatrolMember[]> {
    const duties = await loaders.dutiesOfShift.load(shiftKey(shift.teamId, shift.onDate));
    return duties.flatMap((duty) => (duty.member ? [duty.member] : []));
  }

  @FieldResolver(() => PatrolTeam, { description: 'The team on patrol.' })
  team(@Root() shift: PatrolShift, @Ctx() { loaders }: SecurityContext): Promise<PatrolTeam | null> {
    return loaders.patrolTeam.load(shift.teamId);
  }
}
