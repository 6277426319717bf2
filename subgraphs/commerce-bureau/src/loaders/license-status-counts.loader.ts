import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { LicenseStatus } from '../entities/enterprise-enums';
import { Enterprise } from '../entities/enterprise.entity';
import type { LicenseStatusCount } from '../entities/license-status-count.type';

export interface CommunityLicenseStatusCount extends LicenseStatusCount {
  readonly communityCode: string;
}

interface RawCount {
  communityCode: string;
  status: LicenseStatus;
  count: string | number;
}

/** Enterprises per licence status per community: one GROUP BY for every community asked about. */
export async function countLicenseStatusesByCommunity(db: DataSource, communityCodes: readonly string[]): Promise<CommunityLicenseStatusCount[]> {
  const rows = await countQuery(db)
    .addSelect('e.communityCode', 'communityCode')
    .where('e.communityCode IN (:...communityCodes)', { communityCodes })
    .groupBy('e.communityCode')
    .addGroupBy('e.licenseStatus')
    .orderBy('e.communityCode', 'ASC')
    .addOrderBy('e.licenseStatus', 'ASC')
    .getRawMany<RawCount>();
  return rows.map((row) => ({ communityCode: row.communityCode, status: row.status, count: Number(row.count) }));
}

/** Enterprises per licence status in the whole registry. */
export async function countLicenseStatuses(db: DataSource): Promise<LicenseStatusCount[]> {
  const rows = await countQuery(db).groupBy('e.licenseStatus').orderBy('e.licenseStatus', 'ASC').getRawMany<RawCount>();
  // MySQL returns COUNT as a string.
  return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
}

function countQuery(db: DataSource): SelectQueryBuilder<Enterprise> {
  return db.getRepository(Enterprise).createQueryBuilder('e').select('e.licenseStatus', 'status').addSelect('COUNT(*)', 'count');
}
