import { Field, ID, InputType, Int } from 'type-graphql';
import { BadUserInputError, communityCodeProblem, requireValid } from '@governance/kit';
import { TALK_EVENTS_BEGIN, RECORDS_BEGIN, boundedMultilineText, boundedText, requireCount, requireRecordDate } from './input-checks';

export const MAX_CONCERNS = 50;

@InputType({ description: 'A concern residents raised at a talk, and how it was resolved if it was.' })
export class TalkConcernInput {
  @Field(() => String, { description: 'The concern, 1 to 500 characters.' })
  concern!: string;

  @Field(() => String, { nullable: true, description: 'How it was resolved, 1 to 1000 characters; omit while it is open.' })
  resolution?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved: needs a resolution, and not before the talk.' })
  resolvedOn?: string | null;
}

@InputType({ description: 'A police-citizen talk (警民恳谈) to record.' })
export class RecordTalkEventInput {
  @Field(() => ID, { description: 'The community where the talk was held (12-digit code, checked with the community register).' })
  communityCode!: string;

  @Field(() => ID, { description: 'The station that held it.' })
  stationId!: string;

  @Field(() => Date, { description: `The day it was held: from ${TALK_EVENTS_BEGIN}, not in the future.` })
  heldOn!: string;

  @Field(() => String, { description: 'What it was about, 1 to 200 characters.' })
  topic!: string;

  @Field(() => Int, { description: 'Police officers deployed (人次), 0 or more.' })
  officersDeployed!: number;

  @Field(() => Int, { description: 'Residents who attended, 0 or more.' })
  attendees!: number;

  @Field(() => Int, { description: 'People whose difficulties it solved, 0 or more.' })
  peopleHelped!: number;

  @Field(() => [TalkConcernInput], { nullable: true, description: `Concerns raised (at most ${MAX_CONCERNS}).` })
  concerns?: TalkConcernInput[] | null;
}

export interface CheckedConcern {
  readonly concern: string;
  readonly resolution: string | null;
  readonly resolvedOn: string | null;
}

export interface CheckedTalkEvent {
  readonly communityCode: string;
  readonly stationId: string;
  readonly heldOn: string;
  readonly topic: string;
  readonly officersDeployed: number;
  readonly attendees: number;
  readonly peopleHelped: number;
  readonly concerns: readonly CheckedConcern[];
}

/** Everything about a talk that can be checked without asking a database. */
export function checkTalkEvent(input: RecordTalkEventInput): CheckedTalkEvent {
  requireValid('communityCode', input.communityCode, communityCodeProblem);
  const stationId = boundedText('stationId', input.stationId, 20);
  requireRecordDate('heldOn', input.heldOn, TALK_EVENTS_BEGIN);
  const topic = boundedText('topic', input.topic, 200);
  requireCount('officersDeployed', input.officersDeployed);
  requireCount('attendees', input.attendees);
  requireCount('peopleHelped', input.peopleHelped);
  const concerns = input.concerns ?? [];
  if (concerns.length > MAX_CONCERNS) throw new BadUserInputError('concerns', `at most ${MAX_CONCERNS} concerns per talk (got ${concerns.length})`);
  return {
    communityCode: input.communityCode,
    stationId,
    heldOn: input.heldOn,
    topic,
    officersDeployed: input.officersDeployed,
    attendees: input.attendees,
    peopleHelped: input.peopleHelped,
    concerns: concerns.map((concern, index) => checkConcern(concern, `concerns[${index}]`, input.heldOn)),
  };
}

function checkConcern(input: TalkConcernInput, field: string, heldOn: string): CheckedConcern {
  const concern = boundedMultilineText(`${field}.concern`, input.concern, 500);
  const resolution = input.resolution === null || input.resolution === undefined ? null : boundedMultilineText(`${field}.resolution`, input.resolution, 1000);
  const resolvedOn = input.resolvedOn ?? null;
  if (resolvedOn !== null) {
    if (resolution === null) throw new BadUserInputError(`${field}.resolvedOn`, 'needs a resolution');
    requireRecordDate(`${field}.resolvedOn`, resolvedOn, RECORDS_BEGIN);
    if (resolvedOn < heldOn) throw new BadUserInputError(`${field}.resolvedOn`, `must not be before the talk (${heldOn})`);
  }
  return { concern, resolution, resolvedOn };
}
