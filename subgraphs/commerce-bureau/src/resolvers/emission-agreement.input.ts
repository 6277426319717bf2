import { Field, Float, ID, InputType } from 'type-graphql';
import { BadUserInputError, creditCodeProblem, requireValid } from '@governance/kit';
import { amount, boundedText, pastDate } from './input-checks';

@InputType({ description: 'An emission-reduction agreement an enterprise signed with the government.' })
export class RecordEmissionAgreementInput {
  @Field(() => ID, { description: 'The enterprise, by credit code; one agreement per enterprise.' })
  creditCode!: string;

  @Field(() => Date, { description: 'When it was signed: not in the future.' })
  signedOn!: string;

  @Field(() => Float, { description: 'Agreed reduction in tonnes of CO2 equivalent, more than 0.' })
  reductionTargetTonnes!: number;

  @Field(() => String, { description: 'The pilot programme, 1 to 200 characters, e.g. 苏州工业园区碳排放交易试点.' })
  pilot!: string;
}

export function checkAgreement(input: RecordEmissionAgreementInput): RecordEmissionAgreementInput {
  requireValid('creditCode', input.creditCode, creditCodeProblem);
  const target = amount('reductionTargetTonnes', input.reductionTargetTonnes);
  if (target === 0) throw new BadUserInputError('reductionTargetTonnes', 'must be more than 0');
  return {
    creditCode: input.creditCode,
    signedOn: pastDate('signedOn', input.signedOn),
    reductionTargetTonnes: target,
    pilot: boundedText('pilot', input.pilot, 200),
  };
}
