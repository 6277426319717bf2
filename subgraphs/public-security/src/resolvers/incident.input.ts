import { Field, ID, InputType } from 'type-graphql';
import { communityCodeProblem, requireValid } from '@governance/kit';
import { IncidentKind } from '../entities/incident.entity';
import { RECORDS_BEGIN, boundedMultilineText, requireRecordDate } from './input-checks';

@InputType({ description: 'A public-order incident to file under a community.' })
export class RecordIncidentInput {
  @Field(() => ID, { description: 'The community (12-digit code, checked with the community register).' })
  communityCode!: string;

  @Field(() => Date, { description: `The day it happened: from ${RECORDS_BEGIN}, not in the future.` })
  occurredOn!: string;

  @Field(() => IncidentKind, { description: 'What kind of incident.' })
  kind!: IncidentKind;

  @Field(() => String, { description: 'What happened, 1 to 1000 characters.' })
  description!: string;
}

export function checkIncident(input: RecordIncidentInput): RecordIncidentInput {
  requireValid('communityCode', input.communityCode, communityCodeProblem);
  requireRecordDate('occurredOn', input.occurredOn, RECORDS_BEGIN);
  return { ...input, description: boundedMultilineText('description', input.description, 1000) };
}
