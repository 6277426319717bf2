import type { DataSource } from 'typeorm';
import { expectSummaryToMatchSource } from './summary-tables';

/**
 * Expects the enterprise counts commerce-bureau's triggers keep per community
 * and licence status to equal what a GROUP BY over the registry counts.
 */
export async function expectEnterpriseCountsToMatchRegistry(db: DataSource): Promise<void> {
  await expectSummaryToMatchSource(db, {
    table: 'community_enterprise_total',
    source: 'enterprise',
    keys: [
      ['community_code', 'community_code'],
      ['license_status', 'license_status'],
    ],
    figures: [['enterprises', 'COUNT(*)']],
  });
}
