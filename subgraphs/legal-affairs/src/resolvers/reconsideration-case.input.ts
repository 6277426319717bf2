import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError, boundedText, suzhouToday } from '@governance/kit';

/** The earliest date the bureau records. */
const EARLIEST = '1949-10-01';

@InputType({ description: 'A record to add to the legal-affairs register.' })
export class RecordReconsiderationCaseInput {
  @Field(() => ID, { description: 'The bureau\'s identifier: 1 to 40 letters, digits and hyphens; must be new.' })
  id!: string;

  @Field(() => String, { description: 'Name, 1 to 200 characters.' })
  name!: string;

  @Field(() => Date, { description: `When it was recorded: from ${EARLIEST}, not in the future.` })
  recordedOn!: string;
}

/** The input as it will be stored, or BAD_USER_INPUT naming the field and why. */
export function checkReconsiderationCase(input: RecordReconsiderationCaseInput): RecordReconsiderationCaseInput {
  if (!/^[A-Za-z0-9-]{1,40}$/.test(input.id)) throw new BadUserInputError('id', 'must be 1 to 40 letters, digits and hyphens');
  if (input.recordedOn > suzhouToday()) throw new BadUserInputError('recordedOn', `must not be in the future (today is ${suzhouToday()})`);
  if (input.recordedOn < EARLIEST) throw new BadUserInputError('recordedOn', `must not be before ${EARLIEST}`);
  return { id: input.id, name: boundedText('name', input.name, 200), recordedOn: input.recordedOn };
}
