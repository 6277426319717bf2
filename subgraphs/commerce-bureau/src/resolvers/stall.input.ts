import { Field, ID, InputType, Int } from 'type-graphql';
import { BadUserInputError, boundedText, creditCodeProblem, requireValid } from '@governance/kit';
import { MAX_STALL_NUMBER } from '../entities/stall.entity';

@InputType({ description: 'A stall in a venue to license to an individual business.' })
export class LicenseStallInput {
  @Field(() => ID, { description: 'The venue.' })
  venueId!: string;

  @Field(() => Int, { description: `Stall number, 1 to ${MAX_STALL_NUMBER}, not yet taken in the venue.` })
  number!: number;

  @Field(() => ID, { description: 'The individual business that runs the stall, by credit code; it may run only one stall.' })
  creditCode!: string;

  @Field(() => Date, { description: 'When the stall was licensed: not before the venue opened, not in the future.' })
  licensedOn!: string;
}

export function checkStall(input: LicenseStallInput): LicenseStallInput {
  const venueId = boundedText('venueId', input.venueId, 20);
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > MAX_STALL_NUMBER) {
    throw new BadUserInputError('number', `must be from 1 to ${MAX_STALL_NUMBER}`);
  }
  requireValid('creditCode', input.creditCode, creditCodeProblem);
  return { ...input, venueId };
}
