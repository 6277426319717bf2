import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The commerce bureau's `Enterprise`, as public security extends it with the patrol members it contributes. */
// Composition refuses inconsistent descriptions: these are the owner's, word for word.
@ObjectType({ description: 'A registered enterprise or individual business, as the commerce bureau files it.' })
@Directive('@key(fields: "creditCode")')
export class Enterprise {
  @Field(() => ID, { description: 'Unified social credit code (GB 32100-2015).' })
  creditCode!: string;

  static of(creditCode: string): Enterprise {
    return Object.assign(new Enterprise(), { creditCode });
  }
}
