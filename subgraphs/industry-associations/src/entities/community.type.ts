import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The community committees' `Community`, as the associations extend it: its
 * safe-community designations and the public services bought for it.
 */
// The owner's description, word for word, so that composition has one to keep.
@ObjectType({ description: "A community (社区) with its residents' committee; every agency files records under its code." })
@Directive('@key(fields: "code")')
export class Community {
  @Field(() => ID, { description: '12-digit statistical division code.' })
  code!: string;

  static of(code: string): Community {
    return Object.assign(new Community(), { code });
  }
}
