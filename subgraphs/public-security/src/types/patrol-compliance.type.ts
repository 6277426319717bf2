import { Field, Int, ObjectType } from 'type-graphql';

/** Hongzhuang's rule: at least 6 members on patrol every day, each day at least 8 hours, each member at least a week a year. */
export const PATROL_RULE = { minMembersOnPatrol: 6, minHours: 8, minDaysPerMemberPerYear: 7 } as const;

@ObjectType({
  description: `Whether a patrol team kept its rule over a range of days: a day complies when its shift had at least ${PATROL_RULE.minMembersOnPatrol} members on patrol for at least ${PATROL_RULE.minHours} hours; a day without a shift does not.`,
})
export class PatrolCompliance {
  @Field(() => Int, { description: 'Calendar days in the range, both ends included.' })
  days!: number;

  @Field(() => Int, { description: 'Days that kept the rule.' })
  compliantDays!: number;

  @Field(() => [Date], { description: 'Days that did not keep the rule (or have no shift), in order.' })
  nonCompliantDates!: string[];
}
