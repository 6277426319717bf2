import { ArgsType, Field } from 'type-graphql';
import { ReconsiderationDimension } from '../entities/reconsideration-stat.type';

@ArgsType()
export class ReconsiderationStatsArgs {
  @Field(() => Date, { description: 'The first day of the range (by the day a case was received).' })
  from!: string;

  @Field(() => Date, { description: 'The last day of the range, inclusive.' })
  to!: string;

  @Field(() => [ReconsiderationDimension], { defaultValue: [ReconsiderationDimension.YEAR], description: 'What to group by; an empty list gives one total.' })
  groupBy!: ReconsiderationDimension[];
}
