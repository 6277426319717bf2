import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The community committees' `Community`, as the commerce bureau extends it:
 * the bureau files enterprises and venues under the community code and adds
 * them, and their licence statuses, to each community.
 */
// Composition refuses inconsistent descriptions: these are the owner's, word for word.
@ObjectType({ description: "A community (社区) with its residents' committee; every agency files records under its code." })
@Directive('@key(fields: "code")')
export class Community {
  @Field(() => ID, { description: '12-digit statistical division code.' })
  code!: string;

  static of(code: string): Community {
    return Object.assign(new Community(), { code });
  }
}
