import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LicenseStatus } from './enterprise-enums';

/**
 * Enterprises per community and licence status, kept by database triggers on
 * enterprise (see the SummariseEnterpriseCounts migration): counts read at
 * most one row per community and status, however many enterprises it files.
 * Never written by the application.
 */
@Entity({ name: 'community_enterprise_total' })
export class CommunityEnterpriseTotal {
  @PrimaryColumn({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @PrimaryColumn({ name: 'license_status', type: 'varchar', length: 20 })
  licenseStatus!: LicenseStatus;

  @Column({ type: 'integer' })
  enterprises!: number;
}
