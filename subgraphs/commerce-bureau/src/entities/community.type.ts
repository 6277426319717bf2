import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The community committees' `Community`, as the commerce bureau extends it:
 * the bureau files enterprises under the community code and adds the
 * enterprises in each community.
 */
@ObjectType()
@Directive('@key(fields: "code")')
export class Community {
  @Field(() => ID)
  code!: string;

  static of(code: string): Community {
    return Object.assign(new Community(), { code });
  }
}
