import { Field, Float, ID, InputType } from 'type-graphql';
import { BadUserInputError, communityCodeProblem, creditCodeProblem, requireValid } from '@governance/kit';
import { EnterpriseKind, Industry } from '../entities/enterprise-enums';
import { amount, boundedText, pastDate } from './input-checks';

@InputType({ description: 'An enterprise or individual business to add to the register.' })
export class RegisterEnterpriseInput {
  @Field(() => ID, { description: 'Unified social credit code (GB 32100-2015); its check character is verified.' })
  creditCode!: string;

  @Field(() => String, { description: 'Registered name, 1 to 200 characters.' })
  name!: string;

  @Field(() => EnterpriseKind, { description: 'Company or individual business.' })
  kind!: EnterpriseKind;

  @Field(() => Industry, { description: 'The line of business.' })
  industry!: Industry;

  @Field(() => ID, { description: 'The community it is filed under; the community committees must know it.' })
  communityCode!: string;

  @Field(() => Date, { description: 'Date of establishment: not in the future, not before 1949-10-01.' })
  establishedOn!: string;

  @Field(() => Float, { nullable: true, description: 'Registered capital in yuan, at least 0; none for most individual businesses.' })
  registeredCapitalYuan?: number | null;

  @Field(() => ID, { nullable: true, description: "The legal representative's pseudonymous person id; the community committees must know it." })
  legalRepresentativeId?: string | null;
}

/** A registration whose fields are checked and normalised, before any lookup. */
export interface CheckedRegistration {
  readonly creditCode: string;
  readonly name: string;
  readonly kind: EnterpriseKind;
  readonly industry: Industry;
  readonly communityCode: string;
  readonly establishedOn: string;
  readonly registeredCapitalYuan: number | null;
  readonly legalRepresentativeId: string | null;
}

/** Person pseudonyms are at most this long (the column's length). */
const PERSON_ID_LENGTH = 24;

export function checkRegistration(input: RegisterEnterpriseInput): CheckedRegistration {
  requireValid('creditCode', input.creditCode, creditCodeProblem);
  requireValid('communityCode', input.communityCode, communityCodeProblem);
  const capital = input.registeredCapitalYuan ?? null;
  const representative = input.legalRepresentativeId ?? null;
  if (representative !== null && (representative.length === 0 || representative.length > PERSON_ID_LENGTH)) {
    throw new BadUserInputError('legalRepresentativeId', `must be a person id of 1 to ${PERSON_ID_LENGTH} characters`);
  }
  return {
    creditCode: input.creditCode,
    name: boundedText('name', input.name, 200),
    kind: input.kind,
    industry: input.industry,
    communityCode: input.communityCode,
    establishedOn: pastDate('establishedOn', input.establishedOn),
    registeredCapitalYuan: capital === null ? null : amount('registeredCapitalYuan', capital),
    legalRepresentativeId: representative,
  };
}
