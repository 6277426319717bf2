import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { totalsByGroup } from '@governance/kit';
import { CommunityEnterpriseTotal } from '../entities/community-enterprise-total.entity';
import type { LicenseStatus } from '../entities/enterprise-enums';
import type { LicenseStatusCount } from '../entities/license-status-count.type';

export interface CommunityLicenseStatusCount extends LicenseStatusCount {
  readonly communityCode: string;
}

interface RawCount {
  communityCode: string;
  status: LicenseStatus;
  count: string | number;
}

/** Enterprises per community for a batch of communities: their statuses' counts, summed. */
export function countEnterprisesByCommunity(db: DataSource, communityCodes: readonly string[]): Promise<Array<{ key: string; total: number }>> {
  return totalsByGroup(db.getRepository(CommunityEnterpriseTotal), 'communityCode', communityCodes, { sumProperty: 'enterprises' });
}

/** Enterprises per licence status per community, for every community asked about. */
export async function countLicenseStatusesByCommunity(db: DataSource, communityCodes: readonly string[]): Promise<CommunityLicenseStatusCount[]> {
  const rows = await totals(db)
    .select('t.communityCode', 'communityCode')
    .addSelect('t.licenseStatus', 'status')
    .addSelect('t.enterprises', 'count')
    .andWhere('t.communityCode IN (:...communityCodes)', { communityCodes })
    .orderBy('t.communityCode', 'ASC')
    .addOrderBy('t.licenseStatus', 'ASC')
    .getRawMany<RawCount>();
  return rows.map((row) => ({ communityCode: row.communityCode, status: row.status, count: Number(row.count) }));
}

/** Enterprises per licence status in the whole registry. */
export async function countLicenseStatuses(db: DataSource): Promise<LicenseStatusCount[]> {
  const rows = await totals(db)
    .select('t.licenseStatus', 'status')
    .addSelect('SUM(t.enterprises)', 'count')
    .groupBy('t.licenseStatus')
    .orderBy('t.licenseStatus', 'ASC')
    .getRawMany<RawCount>();
  // MySQL returns SUM as a string.
  return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
}

/** The kept counts, without the rows of statuses a community no longer has (a count that fell to zero keeps its row). */
function totals(db: DataSource): SelectQueryBuilder<CommunityEnterpriseTotal> {
  return db.getRepository(CommunityEnterpriseTotal).createQueryBuilder('t').where('t.enterprises > 0');
}
