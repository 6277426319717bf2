import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The community committees' `Community`, as public security extends it: the
 * station that serves it, its talk events, patrols and incidents. Only the
 * key lives here; the community register answers everything else.
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
