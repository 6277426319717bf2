import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { BadUserInputError, boundedText, creditCodeProblem, requireDate, requireValid } from '@governance/kit';
import { DecisionKind, ReconsiderationOutcome, ReviewMethod } from '../entities/reconsideration-enums';

/** The Administrative Reconsideration Law took effect on 1999-10-01: no case is older. */
export const LAW_IN_FORCE = '1999-10-01';

/** Person ids are pseudonyms: `P` and 23 hexadecimal digits. */
const PERSON_ID = /^P[0-9A-F]{23}$/;

@InputType({ description: 'An application for reconsideration, accepted by the body that hears the respondent.' })
export class FileReconsiderationCaseInput {
  @Field(() => ID, { description: 'The applicant, a person of the resident register (Person.id).' })
  applicantId!: string;

  @Field(() => ID, { description: 'The office whose decision is contested (AdministrativeBody.code); the body that hears it accepts the case.' })
  respondentCode!: string;

  @Field(() => DecisionKind, { description: 'What kind of act is contested.' })
  decisionKind!: DecisionKind;

  @Field(() => String, { description: 'The contested decision: its document and number, or the duty not performed; 1 to 300 characters.' })
  contestedDecision!: string;

  @Field(() => ID, { nullable: true, description: 'The enterprise concerned, by credit code, when there is one.' })
  enterpriseCreditCode?: string | null;

  @Field(() => Date, { description: `When the application was received and accepted: from ${LAW_IN_FORCE}, not in the future.` })
  receivedOn!: string;
}

// An ArgsType keeps the arguments in this order in the SDL (separate @Arg parameters print in reverse).
@ArgsType()
export class DecideReconsiderationCaseArgs {
  @Field(() => ID, { description: 'The case number; an unknown one is NOT_FOUND.' })
  id!: string;

  @Field(() => ReconsiderationOutcome, { description: 'The decision (not PENDING).' })
  outcome!: ReconsiderationOutcome;

  @Field(() => ReviewMethod, { description: 'How the body examined the case.' })
  reviewMethod!: ReviewMethod;

  @Field(() => Date, { description: 'When it was decided: not before it was received, not in the future.' })
  decidedOn!: string;
}

export interface CheckedFiling {
  readonly applicantId: string;
  readonly respondentCode: string;
  readonly decisionKind: DecisionKind;
  readonly contestedDecision: string;
  readonly enterpriseCreditCode: string | null;
  readonly receivedOn: string;
}

/** The filing's own checks (form, length, dates); the references are checked with their owners afterwards. */
export function checkFiling(input: FileReconsiderationCaseInput): CheckedFiling {
  if (!PERSON_ID.test(input.applicantId)) throw new BadUserInputError('applicantId', 'must be a Person id (P and 23 hexadecimal digits)');
  const enterprise = input.enterpriseCreditCode ?? null;
  if (enterprise !== null) requireValid('enterpriseCreditCode', enterprise, creditCodeProblem);
  return {
    applicantId: input.applicantId,
    respondentCode: boundedText('respondentCode', input.respondentCode, 32),
    decisionKind: input.decisionKind,
    contestedDecision: boundedText('contestedDecision', input.contestedDecision, 300),
    enterpriseCreditCode: enterprise,
    receivedOn: requireDate('receivedOn', input.receivedOn, { earliest: { date: LAW_IN_FORCE, what: `the Administrative Reconsideration Law took effect (${LAW_IN_FORCE})` } }),
  };
}
