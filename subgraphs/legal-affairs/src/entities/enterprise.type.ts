import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The commerce bureau's `Enterprise`, as the office extends it: it knows an
 * enterprise only by its credit code and adds its reconsideration caseload.
 */
// The owner's description, word for word, so that composition has one to keep.
@ObjectType({ description: 'A registered enterprise or individual business, as the commerce bureau files it.' })
@Directive('@key(fields: "creditCode")')
export class Enterprise {
  @Field(() => ID, { description: 'Unified social credit code (GB 32100-2015).' })
  creditCode!: string;

  static of(creditCode: string): Enterprise {
    return Object.assign(new Enterprise(), { creditCode });
  }
}
