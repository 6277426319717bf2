import { Field, Int, ObjectType } from 'type-graphql';

/** The year asked about; every other field is a COUNT or SUM computed by the database when asked for. */
@ObjectType({ description: "The safe-community association's work in one year, as figures computed from the records." })
export class SafeCommunityWork {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  static of(year: number): SafeCommunityWork {
    return Object.assign(new SafeCommunityWork(), { year });
  }
}
