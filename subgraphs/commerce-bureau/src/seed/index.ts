import type { DataSource } from 'typeorm';
import { buildSmallDataset } from '@governance/dataset';
import { EnterpriseKind, Industry, LicenseStatus } from '../entities/enterprise-enums';
import { Enterprise } from '../entities/enterprise.entity';
import { Venue } from '../entities/venue.entity';

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Enterprise).count()) === 0;
}

/** The commerce bureau's share of the data set: enterprises and venues. */
export async function seed(db: DataSource): Promise<void> {
  const dataset = buildSmallDataset();
  await db.transaction(async (manager) => {
    await manager.insert(
      Enterprise,
      dataset.enterprises.map((record) => ({
        ...record,
        kind: EnterpriseKind[record.kind],
        industry: Industry[record.industry],
        licenseStatus: LicenseStatus[record.licenseStatus],
      })),
    );
    await manager.insert(Venue, dataset.venues.map((record) => ({ ...record })));
  });
}
