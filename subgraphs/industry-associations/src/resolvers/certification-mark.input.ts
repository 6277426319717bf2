import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class AuthoriseMarkUserArgs {
  @Field(() => ID, { description: "The mark's registration number; it must be in this register." })
  registrationNumber!: string;

  @Field(() => ID, { description: "The enterprise's credit code; the commerce bureau must know it." })
  enterpriseCreditCode!: string;

  @Field(() => Date, { description: 'From when the enterprise may use the mark; not before the mark was registered.' })
  authorisedOn!: string;
}
