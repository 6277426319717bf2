import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs } from '@governance/kit';
import { ReconsiderationOutcome } from '../entities/reconsideration-enums';

@ArgsType()
export class ReconsiderationCasesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only cases against this office.' })
  respondentCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cases this body heard.' })
  bodyCode?: string | null;

  @Field(() => ReconsiderationOutcome, { nullable: true, description: 'Only cases with this outcome.' })
  outcome?: ReconsiderationOutcome | null;

  @Field(() => Date, { nullable: true, description: 'Only cases received on or after this day.' })
  receivedFrom?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only cases received on or before this day.' })
  receivedTo?: string | null;
}
