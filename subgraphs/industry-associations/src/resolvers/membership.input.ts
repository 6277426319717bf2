import { ArgsType, Field, ID } from 'type-graphql';
import { MembershipRole } from '../entities/membership.entity';

@ArgsType()
export class RemoveMembershipArgs {
  @Field(() => ID, { description: "The association's credit code; it must be in this register." })
  associationCreditCode!: string;

  @Field(() => ID, { description: "The enterprise's credit code; the commerce bureau must know it." })
  enterpriseCreditCode!: string;
}

@ArgsType()
export class AddMembershipArgs extends RemoveMembershipArgs {
  @Field(() => Date, { description: 'When the enterprise joined.' })
  since!: string;

  @Field(() => MembershipRole, { nullable: true, defaultValue: MembershipRole.MEMBER, description: 'Its office in the association.' })
  role?: MembershipRole | null;
}
