import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { communityCodeProblem, requireValid } from '@governance/kit';
import { SafeCommunityLevel, SafeCommunityStatus } from '../entities/safe-community-designation.entity';
import { SafeCommunityMeetingScope } from '../entities/safe-community-meeting.entity';
import { requireYear } from './input-checks';

@InputType({ description: "A community's recommendation for, or designation with, a safe-community title." })
export class DesignateSafeCommunityInput {
  @Field(() => ID, { description: 'The community; the community committees must know it.' })
  communityCode!: string;

  @Field(() => SafeCommunityLevel, { description: 'National or international.' })
  level!: SafeCommunityLevel;

  @Field(() => SafeCommunityStatus, { description: 'Started, recommended or designated.' })
  status!: SafeCommunityStatus;

  @Field(() => Int, { description: 'The year of the recommendation or designation (1989 to 2100).' })
  year!: number;
}

export function checkDesignation(input: DesignateSafeCommunityInput): DesignateSafeCommunityInput {
  requireValid('communityCode', input.communityCode, communityCodeProblem);
  requireYear('year', input.year);
  return { communityCode: input.communityCode, level: input.level, status: input.status, year: input.year };
}

@ArgsType()
export class SafeCommunityDesignationsArgs {
  @Field(() => SafeCommunityStatus, { nullable: true, description: 'Only starts, only recommendations, or only designations.' })
  status?: SafeCommunityStatus | null;

  @Field(() => SafeCommunityLevel, { nullable: true, description: 'Only national, or only international titles.' })
  level?: SafeCommunityLevel | null;
}

@ArgsType()
export class SafeCommunityMeetingsArgs {
  @Field(() => Int, { nullable: true, description: 'Only meetings held in this year (1989 to 2100).' })
  year?: number | null;

  @Field(() => [SafeCommunityMeetingScope], { nullable: true, description: 'Only meetings of these scopes, for example [PROVINCE, AUTONOMOUS_REGION, CITY] for the local ones.' })
  scopes?: SafeCommunityMeetingScope[] | null;
}
