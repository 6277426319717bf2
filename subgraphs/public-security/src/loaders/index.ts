import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  MAX_PAGE_SIZE,
  createAggregateLoader,
  createGroupLoader,
  createGroupPageLoader,
  createKeyLoader,
  findByKeys,
  topRowsPerGroup,
  totalsByGroup,
  type GroupPageKey,
  type SubgraphContext,
} from '@governance/kit';
import { Incident } from '../entities/incident.entity';
import { PatrolMember } from '../entities/patrol-member.entity';
import { PatrolShift } from '../entities/patrol-shift.entity';
import type { PatrolShiftMember } from '../entities/patrol-shift-member.entity';
import { PatrolTeam } from '../entities/patrol-team.entity';
import { PoliceStation } from '../entities/police-station.entity';
import { StationCommunity } from '../entities/station-community.entity';
import { TalkConcern } from '../entities/talk-concern.entity';
import { TalkEvent } from '../entities/talk-event.entity';
import { CommunityTalkEventYearTotal, StationTalkEventYearTotal } from '../entities/talk-event-year-total.entity';
import { dutiesOfShifts, shiftKey } from './duty.loader';
import { employersOfTeams, type TeamEmployer } from './patrol.loader';
import { createShiftLoaders, type ShiftLoaders } from './shifts.loader';
import { createTalkEventLoaders, type TalkEventLoaders } from './talk-events.loader';

export interface SecurityLoaders {
  readonly policeStation: DataLoader<string, PoliceStation | null>;
  /** Which station serves a community, by community code. */
  readonly stationOfCommunity: DataLoader<string, StationCommunity | null>;
  /** The communities a station serves (at most MAX_PAGE_SIZE). */
  readonly communitiesOfStation: DataLoader<string, StationCommunity[]>;
  readonly talkEvent: DataLoader<string, TalkEvent | null>;
  readonly talkEventsOfCommunity: TalkEventLoaders;
  readonly talkEventsOfStation: TalkEventLoaders;
  readonly concernsOfEvent: DataLoader<string, TalkConcern[]>;
  readonly patrolTeam: DataLoader<string, PatrolTeam | null>;
  /** The patrol teams of a community (at most MAX_PAGE_SIZE). */
  readonly patrolTeamsOfCommunity: DataLoader<string, PatrolTeam[]>;
  readonly patrolMember: DataLoader<string, PatrolMember | null>;
  readonly memberCountOfTeam: DataLoader<string, number>;
  readonly membersOfTeam: DataLoader<GroupPageKey<string>, PatrolMember[], string>;
  /** Distinct employers of a team's members (at most MAX_PAGE_SIZE), by credit code. */
  readonly employersOfTeam: DataLoader<string, TeamEmployer[]>;
  readonly memberCountOfEnterprise: DataLoader<string, number>;
  /** A person's patrol memberships (at most MAX_PAGE_SIZE), by Person pseudonym. */
  readonly membershipsOfPerson: DataLoader<string, PatrolMember[]>;
  readonly shifts: ShiftLoaders;
  /** The members named on a shift (the membership loaded), by `shiftKey(team, day)`, in membership order. */
  readonly dutiesOfShift: DataLoader<string, PatrolShiftMember[]>;
  readonly incidentsOfCommunity: DataLoader<GroupPageKey<string>, Incident[], string>;
  readonly incidentCount: DataLoader<string, number>;
}

export type SecurityContext = SubgraphContext<SecurityLoaders>;

export function createLoaders(db: DataSource): SecurityLoaders {
  const stations = db.getRepository(PoliceStation);
  const stationCommunities = db.getRepository(StationCommunity);
  const events = db.getRepository(TalkEvent);
  const concerns = db.getRepository(TalkConcern);
  const teams = db.getRepository(PatrolTeam);
  const members = db.getRepository(PatrolMember);
  const incidents = db.getRepository(Incident);
  return {
    policeStation: createKeyLoader(
      (ids) => findByKeys(stations, 'id', ids),
      (row) => row.id,
    ),
    stationOfCommunity: createKeyLoader(
      (codes) => findByKeys(stationCommunities, 'communityCode', codes),
      (row) => row.communityCode,
    ),
    communitiesOfStation: createGroupLoader(
      (ids) => topRowsPerGroup(stationCommunities, { groupProperty: 'stationId', orderProperty: 'communityCode', groups: ids, limit: MAX_PAGE_SIZE }),
      (row) => row.stationId,
    ),
    talkEvent: createKeyLoader(
      (ids) => findByKeys(events, 'id', ids),
      (row) => row.id,
    ),
    talkEventsOfCommunity: createTalkEventLoaders(events, db.getRepository(CommunityTalkEventYearTotal), 'communityCode'),
    talkEventsOfStation: createTalkEventLoaders(events, db.getRepository(StationTalkEventYearTotal), 'stationId'),
    concernsOfEvent: createGroupLoader(
      (ids) => concerns.createQueryBuilder('e').where('e.talkEventId IN (:...ids)', { ids }).orderBy('e.id', 'ASC').getMany(),
      (row) => row.talkEventId,
    ),
    patrolTeam: createKeyLoader(
      (ids) => findByKeys(teams, 'id', ids),
      (row) => row.id,
    ),
    patrolTeamsOfCommunity: createGroupLoader(
      (codes) => topRowsPerGroup(teams, { groupProperty: 'communityCode', orderProperty: 'id', groups: codes, limit: MAX_PAGE_SIZE }),
      (row) => row.communityCode,
    ),
    // Membership ids are integers; GraphQL hands them over as strings.
    patrolMember: createKeyLoader(
      (ids) => findByKeys(members, 'id', ids),
      (row) => String(row.id),
    ),
    memberCountOfTeam: createAggregateLoader((ids) => totalsByGroup(members, 'teamId', ids)),
    membersOfTeam: createGroupPageLoader(
      (ids, page) => topRowsPerGroup(members, { groupProperty: 'teamId', orderProperty: 'id', groups: ids, limit: page.limit + 1, after: page.after }),
      (row) => row.teamId,
    ),
    employersOfTeam: createGroupLoader(
      (ids) => employersOfTeams(members, ids),
      (row) => row.teamId,
    ),
    memberCountOfEnterprise: createAggregateLoader((codes) => totalsByGroup(members, 'enterpriseCreditCode', codes)),
    membershipsOfPerson: createGroupLoader(
      (ids) => topRowsPerGroup(members, { groupProperty: 'personId', orderProperty: 'id', groups: ids, limit: MAX_PAGE_SIZE }),
      (row) => row.personId,
    ),
    shifts: createShiftLoaders(db, db.getRepository(PatrolShift)),
    dutiesOfShift: createGroupLoader(
      (keys) => dutiesOfShifts(db, keys),
      (row) => shiftKey(row.teamId, row.onDate),
    ),
    incidentsOfCommunity: createGroupPageLoader(
      (codes, page) => topRowsPerGroup(incidents, { groupProperty: 'communityCode', orderProperty: 'id', groups: codes, limit: page.limit + 1, after: page.after }),
      (row) => row.communityCode,
    ),
    incidentCount: createAggregateLoader((codes) => totalsByGroup(incidents, 'communityCode', codes)),
  };
}
