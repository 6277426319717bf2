import type { DataSource } from 'typeorm';
import { Community } from '../entities/community.entity';
import { Person, ResidentType } from '../entities/person.entity';

export interface ResidentCounts {
  readonly communityCode: string;
  readonly total: number;
  readonly byType: Readonly<Record<ResidentType, number>>;
}

/** Residents per community and type for a batch of communities: one GROUP BY. */
export async function countResidentsByCommunity(db: DataSource, codes: readonly string[]): Promise<ResidentCounts[]> {
  const rows = await db
    .getRepository(Person)
    .createQueryBuilder('p')
    .select('p.communityCode', 'communityCode')
    .addSelect('p.residentType', 'residentType')
    .addSelect('COUNT(*)', 'total')
    .where('p.communityCode IN (:...codes)', { codes })
    .groupBy('p.communityCode')
    .addGroupBy('p.residentType')
    .getRawMany<{ communityCode: string; residentType: ResidentType; total: string | number }>();
  const counts = new Map<string, Record<ResidentType, number>>();
  for (const row of rows) {
    const byType = counts.get(row.communityCode) ?? { LOCAL: 0, NEW_RESIDENT: 0, FOREIGN: 0 };
    byType[row.residentType] = Number(row.total);
    counts.set(row.communityCode, byType);
  }
  return [...counts].map(([communityCode, byType]) => ({
    communityCode,
    byType,
    total: byType.LOCAL + byType.NEW_RESIDENT + byType.FOREIGN,
  }));
}

/** Residents per sub-district for a batch of sub-districts: one join and GROUP BY. */
export async function countResidentsBySubDistrict(db: DataSource, codes: readonly string[]): Promise<Array<{ key: string; total: number }>> {
  const rows = await db
    .getRepository(Person)
    .createQueryBuilder('p')
    .innerJoin(Community, 'c', 'c.code = p.communityCode')
    .select('c.subDistrictCode', 'key')
    .addSelect('COUNT(*)', 'total')
    .where('c.subDistrictCode IN (:...codes)', { codes })
    .groupBy('c.subDistrictCode')
    .getRawMany<{ key: string; total: string | number }>();
  return rows.map((row) => ({ key: row.key, total: Number(row.total) }));
}
