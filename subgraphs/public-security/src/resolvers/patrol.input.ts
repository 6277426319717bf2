import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { BadUserInputError, MAX_PAGE_SIZE, creditCodeProblem, requireValid } from '@governance/kit';
import { RECORDS_BEGIN, boundedText, requireCount, requireRecordDate } from './input-checks';

@InputType({ description: "A patrol team's day on patrol; a second shift for the same team and day replaces the first." })
export class RecordPatrolShiftInput {
  @Field(() => ID, { description: 'The team.' })
  teamId!: string;

  @Field(() => Date, { description: `The day patrolled: from ${RECORDS_BEGIN}, not in the future.` })
  onDate!: string;

  @Field(() => Int, { description: "Members on patrol that day: 0 up to the team's member count." })
  membersOnPatrol!: number;

  @Field(() => Float, { description: 'Hours patrolled that day: 0 to 24, in steps of 0.1.' })
  hours!: number;

  @Field(() => [ID], {
    nullable: true,
    description: `The members out that day, by membership id (PatrolMember.id), each a member of the team: as many as membersOnPatrol, at most ${MAX_PAGE_SIZE}. Without it the shift names nobody (and a replaced shift's names are dropped).`,
  })
  memberIds?: string[] | null;
}

@InputType({ description: 'A resident who joins a patrol team as the guard of an enterprise.' })
export class AddPatrolMemberInput {
  @Field(() => ID, { description: 'The team.' })
  teamId!: string;

  @Field(() => ID, { description: "The resident's Person pseudonym, checked with the community register." })
  personId!: string;

  @Field(() => ID, { description: "The employer's unified social credit code, checked with the commerce bureau." })
  enterpriseCreditCode!: string;

  @Field(() => Date, { description: `When the member joined: from ${RECORDS_BEGIN}, not in the future.` })
  joinedOn!: string;
}

export function checkShift(input: RecordPatrolShiftInput): RecordPatrolShiftInput {
  const teamId = boundedText('teamId', input.teamId, 24);
  requireRecordDate('onDate', input.onDate, RECORDS_BEGIN);
  requireCount('membersOnPatrol', input.membersOnPatrol);
  const tenths = input.hours * 10;
  if (!Number.isFinite(input.hours) || input.hours < 0 || input.hours > 24 || Math.abs(tenths - Math.round(tenths)) > 1e-9) {
    throw new BadUserInputError('hours', `must be from 0 to 24 in steps of 0.1 (got ${input.hours})`);
  }
  return { ...input, teamId, hours: Math.round(tenths) / 10, memberIds: checkMemberIds(input.memberIds, input.membersOnPatrol) };
}

/** Membership ids are integers; the list is as long as the head count, without repeats. */
function checkMemberIds(memberIds: readonly string[] | null | undefined, membersOnPatrol: number): string[] | null {
  if (memberIds === null || memberIds === undefined) return null;
  if (memberIds.length > MAX_PAGE_SIZE) throw new BadUserInputError('memberIds', `may name at most ${MAX_PAGE_SIZE} members (got ${memberIds.length})`);
  const malformed = memberIds.find((id) => !/^\d{1,15}$/.test(id));
  if (malformed !== undefined) throw new BadUserInputError('memberIds', `must be membership ids (PatrolMember.id; got "${malformed.slice(0, 40)}")`);
  if (new Set(memberIds).size !== memberIds.length) throw new BadUserInputError('memberIds', 'names a member more than once');
  if (memberIds.length !== membersOnPatrol) throw new BadUserInputError('memberIds', `names ${memberIds.length} members but membersOnPatrol is ${membersOnPatrol}`);
  return [...memberIds];
}

/** The Person key is `P` and 23 hexadecimal digits (a keyed hash of the ID number). */
const PSEUDONYM = /^P[0-9A-F]{23}$/;

export function checkMember(input: AddPatrolMemberInput): AddPatrolMemberInput {
  const teamId = boundedText('teamId', input.teamId, 24);
  if (!PSEUDONYM.test(input.personId)) throw new BadUserInputError('personId', 'must be a Person pseudonym (P and 23 hexadecimal digits), never an ID number');
  requireValid('enterpriseCreditCode', input.enterpriseCreditCode, creditCodeProblem);
  requireRecordDate('joinedOn', input.joinedOn, RECORDS_BEGIN);
  return { ...input, teamId };
}
