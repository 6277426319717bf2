import type { DataSource } from 'typeorm';
import { buildCommunityCommitteesRecords, buildSmallDataset } from '@governance/dataset';
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

/** The community committees' share of the data set: places and the resident register. */
export async function seed(db: DataSource, config: Pick<SubgraphConfig, 'pseudonymKey'>): Promise<void> {
  const dataset = buildSmallDataset();
  const work = buildCommunityCommitteesRecords(dataset);
  await db.transaction(async (manager) => {
    await manager.insert(SubDistrict, dataset.subDistricts.map((record) => ({ ...record })));
    await manager.insert(Community, dataset.communities.map((record) => ({ ...record })));
    await manager.insert(
      Person,
      dataset.persons.map((record) => ({
        id: personPseudonym(record.idNumber, config.pseudonymKey),
        idNumber: record.idNumber,
        name: record.name,
        phone: record.phone,
        residentType: ResidentType[record.residentType],
        communityCode: record.communityCode,
      })),
    );
    await manager.insert(
      ContactAssignment,
      work.contactAssignments.map((record) => ({
        communityCode: record.communityCode,
        personId: personPseudonym(record.idNumber, config.pseudonymKey),
        assignedOn: record.assignedOn,
      })),
    );
    await manager.insert(VolunteerProgramme, work.volunteerProgrammes.map((record) => ({ ...record })));
    await manager.insert(EntrustmentAgreement, work.entrustmentAgreements.map((record) => ({ ...record })));
  });
}
