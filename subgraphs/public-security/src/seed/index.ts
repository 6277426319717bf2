import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { buildPublicSecurityRecords, buildSmallDataset } from '@governance/dataset';
import { personPseudonym, type SubgraphConfig } from '@governance/kit';
import { Incident, IncidentKind } from '../entities/incident.entity';
import { PatrolMember } from '../entities/patrol-member.entity';
import { PatrolShift } from '../entities/patrol-shift.entity';
import { PatrolTeam } from '../entities/patrol-team.entity';
import { PoliceStation } from '../entities/police-station.entity';
import { StationCommunity } from '../entities/station-community.entity';
import { TalkConcern } from '../entities/talk-concern.entity';
import { TalkEvent } from '../entities/talk-event.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(PoliceStation).count()) === 0;
}

/** Rows per INSERT: the full data set's tens of thousands of rows would pass the drivers' parameter limits in one. */
const CHUNK = 500;

async function insertAll<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await manager.insert(entity, rows.slice(start, start + CHUNK));
}

/** Public security's share of the data set: stations and their communities, talks, patrols, incidents. */
export async function seed(db: DataSource, config: Pick<SubgraphConfig, 'pseudonymKey'>): Promise<void> {
  const dataset = buildSmallDataset();
  const records = buildPublicSecurityRecords(dataset);
  await db.transaction(async (manager) => {
    await insertAll(manager, PoliceStation, dataset.policeStations.map((record) => ({ ...record })));
    await insertAll(manager, StationCommunity, records.stationCommunities.map((record) => ({ ...record })));
    await insertAll(manager, TalkEvent, records.talkEvents.map(({ concerns: _concerns, ...event }) => event));
    await insertAll(manager, 
      TalkConcern,
      records.talkEvents.flatMap((event) => event.concerns.map((concern) => ({ ...concern, talkEventId: event.id }))),
    );
    await insertAll(manager, PatrolTeam, records.patrolTeams.map((record) => ({ ...record })));
    await insertAll(manager, 
      PatrolMember,
      records.patrolMembers.map((record) => ({
        teamId: record.teamId,
        personId: personPseudonym(record.idNumber, config.pseudonymKey),
        enterpriseCreditCode: record.enterpriseCreditCode,
        joinedOn: record.joinedOn,
      })),
    );
    await insertAll(manager, PatrolShift, records.patrolShifts.map((record) => ({ ...record })));
    await insertAll(manager, Incident, records.incidents.map((record) => ({ ...record, kind: IncidentKind[record.kind] })));
  });
}
