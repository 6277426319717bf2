import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdministrativeLevel, ReconsiderationOutcome, ReconsiderationSystem, ReviewMethod } from './reconsideration-enums';

export enum ReconsiderationDimension {
  YEAR = 'YEAR',
  OUTCOME = 'OUTCOME',
  BODY_LEVEL = 'BODY_LEVEL',
  REVIEW_METHOD = 'REVIEW_METHOD',
}

registerEnumType(ReconsiderationDimension, {
  name: 'ReconsiderationDimension',
  description: 'What reconsideration statistics are grouped by.',
  valuesConfig: {
    YEAR: { description: 'The year the case was accepted.' },
    OUTCOME: { description: 'How it was decided (PENDING while open).' },
    BODY_LEVEL: { description: 'The level of the body that accepted it: the city or a district.' },
    REVIEW_METHOD: { description: 'How the body examined the case (null while it is open).' },
  },
});

@ObjectType({ description: 'Cases accepted in a date range, counted per group; a dimension not grouped by is null.' })
export class ReconsiderationStat {
  @Field(() => Int, { nullable: true, description: 'The year accepted, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => ReconsiderationOutcome, { nullable: true, description: 'The outcome, when grouped by OUTCOME.' })
  outcome!: ReconsiderationOutcome | null;

  @Field(() => AdministrativeLevel, { nullable: true, description: "The accepting body's level, when grouped by BODY_LEVEL." })
  bodyLevel!: AdministrativeLevel | null;

  @Field(() => ReviewMethod, { nullable: true, description: 'How the cases were examined, when grouped by REVIEW_METHOD (null for open cases).' })
  reviewMethod!: ReviewMethod | null;

  @Field(() => Int, { description: 'How many cases.' })
  cases!: number;
}

@ObjectType({ description: 'One of the ten reconsideration systems and how many bodies had established it by a date.' })
export class ReconsiderationSystemCount {
  @Field(() => ReconsiderationSystem, { description: 'The system.' })
  system!: ReconsiderationSystem;

  @Field(() => String, { description: 'Its name in the document (简易程序, 听证, ...).' })
  name!: string;

  @Field(() => Int, { description: 'Bodies that had established it.' })
  bodies!: number;
}
