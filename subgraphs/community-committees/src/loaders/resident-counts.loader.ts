import type { DataSource } from 'typeorm';
import { Community } from '../entities/community.entity';
import { CommunityResidentTotal } from '../entities/community-resident-total.entity';
import type { ResidentType } from '../entities/person.entity';

export interface ResidentCounts {
  readonly communityCode: string;
  readonly total: number;
  readonly byType: Readonly<Record<ResidentType, number>>;
}

/** Residents per community and type for a batch of communities, from the totals the person triggers keep. */
export async function countResidentsByCommunity(db: DataSource, codes: readonly string[]): Promise<ResidentCounts[]> {
  const rows = await db
    .getRepository(CommunityResidentTotal)
    .createQueryBuilder('t')
    .select('t.communityCode', 'communityCode')
    .addSelect('t.residentType', 'residentType')
    .addSelect('t.residents', 'residents')
    .where('t.communityCode IN (:...codes)', { codes })
    .getRawMany<{ communityCode: string; residentType: ResidentType; residents: string | number }>();
  const counts = new Map<string, Record<ResidentType, number>>();
  for (const row of rows) {
    const byType = counts.get(row.communityCode) ?? { LOCAL: 0, NEW_RESIDENT: 0, FOREIGN: 0 };
    byType[row.residentType] = Number(row.residents);
    counts.set(row.communityCode, byType);
  }
  return [...counts].map(([communityCode, byType]) => ({
    communityCode,
    byType,
    total: byType.LOCAL + byType.NEW_RESIDENT + byType.FOREIGN,
  }));
}

/** Residents per sub-district for a batch of sub-districts: its communities' totals, summed. */
export async function countResidentsBySubDistrict(db: DataSource, codes: readonly string[]): Promise<Array<{ key: string; total: number }>> {
  const rows = await db
    .getRepository(CommunityResidentTotal)
    .createQueryBuilder('t')
    .innerJoin(Community, 'c', 'c.code = t.communityCode')
    .select('c.subDistrictCode', 'key')
    .addSelect('SUM(t.residents)', 'total')
    .where('c.subDistrictCode IN (:...codes)', { codes })
    .groupBy('c.subDistrictCode')
    .getRawMany<{ key: string; total: string | number }>();
  return rows.map((row) => ({ key: row.key, total: Number(row.total) }));
}
