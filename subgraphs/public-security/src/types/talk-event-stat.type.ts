import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TalkEventGrouping {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DISTRICT = 'DISTRICT',
}

registerEnumType(TalkEventGrouping, {
  name: 'TalkEventGrouping',
  description: 'How talkEventStats groups talk events.',
  valuesConfig: {
    YEAR: { description: 'Per calendar year; period is YYYY.' },
    MONTH: { description: 'Per calendar month; period is YYYY-MM.' },
    DISTRICT: { description: "Per district of the station that held the talk; period is the district's name." },
  },
});

@ObjectType({ description: 'Talk events of one period (a year, a month or a district), aggregated by the database.' })
export class TalkEventStat {
  @Field(() => String, { description: "YYYY, YYYY-MM or the district's name, depending on groupBy." })
  period!: string;

  @Field(() => Int, { description: 'How many talk events.' })
  events!: number;

  @Field(() => Int, { description: 'Officers deployed (人次), summed.' })
  officersDeployed!: number;

  @Field(() => Int, { description: 'People helped, summed.' })
  peopleHelped!: number;
}
