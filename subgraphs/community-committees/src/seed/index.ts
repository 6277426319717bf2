import type { DataSource } from 'typeorm';
import { buildSmallDataset } from '@governance/dataset';
import { personPseudonym, type SubgraphConfig } from '@governance/kit';
import { Community } from '../entities/community.entity';
import { Person, ResidentType } from '../entities/person.entity';
import { SubDistrict } from '../entities/sub-district.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(SubDistrict).count()) === 0;
}

/** The community committees' share of the data set: places and the resident register. */
export async function seed(db: DataSource, config: Pick<SubgraphConfig, 'pseudonymKey'>): Promise<void> {
  const dataset = buildSmallDataset();
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
  });
}
