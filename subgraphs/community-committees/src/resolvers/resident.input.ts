import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError, boundedMultilineText, boundedText, communityCodeProblem, idNumberProblem, requireDate, requireValid } from '@governance/kit';
import { ResidentType } from '../entities/person.entity';

@InputType({ description: 'A resident to add to the register.' })
export class RegisterResidentInput {
  @Field(() => String, { description: 'Resident identity card number (GB 11643); its check character and birth date are verified.' })
  idNumber!: string;

  @Field(() => String, { description: 'Full name, 1 to 50 characters.' })
  name!: string;

  @Field(() => String, { description: 'Mobile or landline number: digits, optionally with + and -.' })
  phone!: string;

  @Field(() => ResidentType, { description: 'Local, new Suzhou resident or foreign resident.' })
  residentType!: ResidentType;

  @Field(() => ID, { description: 'The community the resident registers in.' })
  communityCode!: string;
}

@InputType({ description: 'An entrustment agreement between a town and a self-governing organisation in it.' })
export class SignEntrustmentAgreementInput {
  @Field(() => ID, { description: 'The town (sub-district) code.' })
  townCode!: string;

  @Field(() => ID, { description: "The village or residents' committee, by community code; it must belong to the town." })
  communityCode!: string;

  @Field(() => Date, { description: 'When the agreement was signed.' })
  signedOn!: string;

  @Field(() => String, { description: 'The matters entrusted, 1 to 1000 characters.' })
  matters!: string;
}

/** Nothing in the committees' register predates the People's Republic. */
export const REGISTER_BEGINS = '1949-10-01';

export function checkResident(input: RegisterResidentInput): RegisterResidentInput {
  requireValid('idNumber', input.idNumber, idNumberProblem);
  requireValid('communityCode', input.communityCode, communityCodeProblem);
  if (!/^\+?[\d-]{5,20}$/.test(input.phone)) throw new BadUserInputError('phone', 'must be 5 to 20 digits, optionally with + and -');
  return { ...input, name: boundedText('name', input.name, 50) };
}

export function checkAgreement(input: SignEntrustmentAgreementInput): SignEntrustmentAgreementInput {
  requireValid('townCode', input.townCode, communityCodeProblem);
  requireValid('communityCode', input.communityCode, communityCodeProblem);
  requireDate('signedOn', input.signedOn, { earliest: REGISTER_BEGINS });
  return { ...input, matters: boundedMultilineText('matters', input.matters, 1000) };
}
