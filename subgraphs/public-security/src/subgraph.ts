import type { SubgraphDefinition } from '@governance/kit';
import { Incident } from './entities/incident.entity';
import { PatrolMember } from './entities/patrol-member.entity';
import { PatrolShift } from './entities/patrol-shift.entity';
import { PatrolShiftMember } from './entities/patrol-shift-member.entity';
import { PatrolTeam } from './entities/patrol-team.entity';
import { PoliceStation } from './entities/police-station.entity';
import { StationCommunity } from './entities/station-community.entity';
import { TalkConcern } from './entities/talk-concern.entity';
import { TalkEventDayTotal } from './entities/talk-event-day-total.entity';
import { TalkEvent } from './entities/talk-event.entity';
import { CommunityTalkEventYearTotal, StationTalkEventYearTotal } from './entities/talk-event-year-total.entity';
import { createLoaders, type SecurityLoaders } from './loaders';
import { migrations } from './migrations';
import { buildSecuritySchema } from './schema';
import { isEmpty, seed } from './seed';

/** 公安: police stations and the communities they serve, police-citizen talks, volunteer patrols, incidents. */
export const publicSecurity: SubgraphDefinition<SecurityLoaders> = {
  name: 'public-security',
  entities: [
    PoliceStation,
    StationCommunity,
    TalkEvent,
    TalkEventDayTotal,
    CommunityTalkEventYearTotal,
    StationTalkEventYearTotal,
    TalkConcern,
    PatrolTeam,
    PatrolMember,
    PatrolShift,
    PatrolShiftMember,
    Incident,
  ],
  migrations,
  // Writes check communities and persons with the community register, employers with the commerce bureau.
  owners: [{ name: 'community-committees' }, { name: 'commerce-bureau' }],
  buildSchema: buildSecuritySchema,
  createLoaders,
  seed: { isEmpty, run: seed },
};
