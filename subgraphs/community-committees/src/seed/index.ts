import type { DataSource } from 'typeorm';
import { buildCommunityCommitteesRecords, buildDocumentDataset, writeSeed, type SeedOptions, type SeedTable } from '@governance/dataset';
import { personPseudonym, type SubgraphConfig } from '@governance/kit';
import { Community } from '../entities/community.entity';
import { ContactAssignment } from '../entities/contact-assignment.entity';
import { EntrustmentAgreement } from '../entities/entrustment-agreement.entity';
import { Person, ResidentType } from '../entities/person.entity';
import { SubDistrict } from '../entities/sub-district.entity';
import { VolunteerProgramme } from '../entities/volunteer-programme.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(SubDistrict).count()) === 0;
}

/** The community committees' share of one copy of the data set: places, the resident register, the committees' work. */
export function communityCommitteesTables(copy: number, config: Pick<SubgraphConfig, 'pseudonymKey'>): SeedTable[] {
  const dataset = buildDocumentDataset(copy);
  const work = buildCommunityCommitteesRecords(dataset);
  return [
    { entity: SubDistrict, rows: dataset.subDistricts },
    { entity: Community, rows: dataset.communities },
    {
      entity: Person,
      rows: dataset.persons.map((record) => ({
        id: personPseudonym(record.idNumber, config.pseudonymKey),
        idNumber: record.idNumber,
        name: record.name,
        phone: record.phone,
        residentType: ResidentType[record.residentType],
        communityCode: record.communityCode,
      })),
    },
    {
      entity: ContactAssignment,
      rows: work.contactAssignments.map((record) => ({
        communityCode: record.communityCode,
        personId: personPseudonym(record.idNumber, config.pseudonymKey),
        assignedOn: record.assignedOn,
      })),
    },
    { entity: VolunteerProgramme, rows: work.volunteerProgrammes },
    { entity: EntrustmentAgreement, rows: work.entrustmentAgreements },
  ];
}

/** Seeds the document's data set in one transaction, or the copies `options` names. */
export async function seed(db: DataSource, config: Pick<SubgraphConfig, 'pseudonymKey'>, options?: SeedOptions): Promise<void> {
  await writeSeed(db, (copy) => communityCommitteesTables(copy, config), options);
}
