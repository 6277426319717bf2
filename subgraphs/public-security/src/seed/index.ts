import type { DataSource } from 'typeorm';
import { buildDocumentDataset, buildPublicSecurityRecords, writeSeed, type SeedOptions, type SeedTable } from '@governance/dataset';
import { personPseudonym, type SubgraphConfig } from '@governance/kit';
import { Incident, IncidentKind } from '../entities/incident.entity';
import { PatrolMember } from '../entities/patrol-member.entity';
import { PatrolShift } from '../entities/patrol-shift.entity';
import { PatrolShiftMember } from '../entities/patrol-shift-member.entity';
import { PatrolTeam } from '../entities/patrol-team.entity';
import { PoliceStation } from '../entities/police-station.entity';
import { StationCommunity } from '../entities/station-community.entity';
import { TalkConcern } from '../entities/talk-concern.entity';
import { TalkEvent } from '../entities/talk-event.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(PoliceStation).count()) === 0;
}

/** Public security's share of one copy of the data set: stations and their communities, talks, patrols, incidents. */
export function publicSecurityTables(copy: number, config: Pick<SubgraphConfig, 'pseudonymKey'>): SeedTable[] {
  const dataset = buildDocumentDataset(copy);
  const records = buildPublicSecurityRecords(dataset);
  // One keyed hash per patrol member, not one per shift that names them.
  const pseudonyms = new Map(records.patrolMembers.map((record) => [record.idNumber, personPseudonym(record.idNumber, config.pseudonymKey)]));
  const pseudonymOf = (idNumber: string): string => pseudonyms.get(idNumber) ?? personPseudonym(idNumber, config.pseudonymKey);
  return [
    { entity: PoliceStation, rows: dataset.policeStations },
    { entity: StationCommunity, rows: records.stationCommunities },
    { entity: TalkEvent, rows: records.talkEvents.map(({ concerns: _concerns, ...event }) => event) },
    { entity: TalkConcern, rows: records.talkEvents.flatMap((event) => event.concerns.map((concern) => ({ ...concern, talkEventId: event.id }))) },
    { entity: PatrolTeam, rows: records.patrolTeams },
    {
      entity: PatrolMember,
      rows: records.patrolMembers.map((record) => ({
        teamId: record.teamId,
        personId: pseudonymOf(record.idNumber),
        enterpriseCreditCode: record.enterpriseCreditCode,
        joinedOn: record.joinedOn,
      })),
    },
    { entity: PatrolShift, rows: records.patrolShifts },
    { entity: PatrolShiftMember, rows: records.patrolDuties.map((record) => ({ teamId: record.teamId, onDate: record.onDate, personId: pseudonymOf(record.idNumber) })) },
    { entity: Incident, rows: records.incidents.map(({ kind, ...record }) => ({ ...record, kind: IncidentKind[kind] })) },
  ];
}

/** Seeds the document's data set in one transaction, or the copies `options` names. */
export async function seed(db: DataSource, config: Pick<SubgraphConfig, 'pseudonymKey'>, options?: SeedOptions): Promise<void> {
  await writeSeed(db, (copy) => publicSecurityTables(copy, config), options);
}
