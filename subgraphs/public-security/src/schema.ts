import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@governance/kit';
import type { SecurityContext } from './loaders';
import { CommunityResolver } from './resolvers/community.resolver';
import { EnterpriseResolver } from './resolvers/enterprise.resolver';
import { IncidentResolver } from './resolvers/incident.resolver';
import { PatrolMemberResolver } from './resolvers/patrol-member.resolver';
import { PatrolShiftResolver } from './resolvers/patrol-shift.resolver';
import { PatrolTeamResolver } from './resolvers/patrol-team.resolver';
import { PatrolWritesResolver } from './resolvers/patrol-writes.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { PoliceStationResolver } from './resolvers/police-station.resolver';
import { RecordTalkEventResolver } from './resolvers/record-talk-event.resolver';
import { references } from './resolvers/references';
import { TalkEventStatsResolver } from './resolvers/talk-event-stats.resolver';
import { TalkEventResolver } from './resolvers/talk-event.resolver';

export function buildSecuritySchema(): GraphQLSchema {
  return buildFederatedSchema<SecurityContext>({
    subgraph: 'public-security',
    resolvers: [
      PoliceStationResolver,
      CommunityResolver,
      TalkEventResolver,
      TalkEventStatsResolver,
      RecordTalkEventResolver,
      PatrolTeamResolver,
      PatrolMemberResolver,
      PatrolShiftResolver,
      PatrolWritesResolver,
      IncidentResolver,
      EnterpriseResolver,
      PersonResolver,
    ],
    references,
  });
}
