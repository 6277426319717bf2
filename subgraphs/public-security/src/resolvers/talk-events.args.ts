import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ConnectionArgs } from '@governance/kit';
import { TalkEventGrouping } from '../types/talk-event-stat.type';

@ArgsType()
export class YearTalkEventsArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Only the talks held in this calendar year; every year when omitted.' })
  year?: number | null;
}

@ArgsType()
export class TalkEventsArgs extends ConnectionArgs {
  @Field(() => Date, { nullable: true, description: 'Only talks held on or after this day.' })
  from?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only talks held on or before this day.' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only talks held in this community (12-digit code).' })
  communityCode?: string | null;
}

@ArgsType()
export class TalkEventStatsArgs {
  @Field(() => Date, { description: 'First day included.' })
  from!: string;

  @Field(() => Date, { description: 'Last day included.' })
  to!: string;

  @Field(() => TalkEventGrouping, { nullable: true, defaultValue: TalkEventGrouping.YEAR, description: 'The period to group by (YEAR when omitted).' })
  groupBy?: TalkEventGrouping | null;
}
