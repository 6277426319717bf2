import { Field, ID, InputType } from 'type-graphql';
import { creditCodeProblem, requireValid } from '@governance/kit';
import { EnforcementKind } from '../entities/enforcement-enums';
import { boundedMultilineText, pastDate } from './input-checks';

@InputType({ description: 'An enforcement case to open against an enterprise in the register.' })
export class OpenEnforcementCaseInput {
  @Field(() => ID, { description: 'The enterprise, by credit code.' })
  creditCode!: string;

  @Field(() => Date, { description: 'When the case was opened: not in the future.' })
  openedOn!: string;

  @Field(() => EnforcementKind, { description: 'What the case is about.' })
  kind!: EnforcementKind;

  @Field(() => String, { nullable: true, description: 'What the inspectors found, up to 500 characters.' })
  note?: string | null;
}

export function checkOpening(input: OpenEnforcementCaseInput): Required<OpenEnforcementCaseInput> {
  requireValid('creditCode', input.creditCode, creditCodeProblem);
  return {
    creditCode: input.creditCode,
    openedOn: pastDate('openedOn', input.openedOn),
    kind: input.kind,
    note: input.note === null || input.note === undefined ? null : boundedMultilineText('note', input.note, 500),
  };
}
