import { Field, Int, ObjectType } from 'type-graphql';
import { PATROL_RULE } from './patrol-compliance.type';

@ObjectType({
  description:
    `How much a team's members were out on patrol over a range of days, counted by the database from the members named on each shift, ` +
    `for the members who had joined by the first day (the rule asks each member for at least ${PATROL_RULE.minDaysPerMemberPerYear} days a year).`,
})
export class PatrolDuty {
  @Field(() => Int, { description: 'Members who had joined by the first day of the range.' })
  members!: number;

  @Field(() => Int, { description: 'Their days on patrol in the range, summed: one for each shift that names one of them.' })
  memberDays!: number;

  @Field(() => Int, { description: 'The fewest days any of them was out in the range (0 when one never was, or when there are none).' })
  fewestDays!: number;

  @Field(() => Int, { description: `How many of them were out on fewer than ${PATROL_RULE.minDaysPerMemberPerYear} days of the range (over a year: how many broke the rule).` })
  membersUnderAWeek!: number;
}
