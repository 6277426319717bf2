import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ResidentType } from './person.entity';

/**
 * Residents per community and type, kept by database triggers on person (see
 * the SummariseResidentCounts migration): resident counts read at most three
 * rows per community, however many persons it registers. Never written by
 * the application.
 */
@Entity({ name: 'community_resident_total' })
export class CommunityResidentTotal {
  @PrimaryColumn({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @PrimaryColumn({ name: 'resident_type', type: 'varchar', length: 20 })
  residentType!: ResidentType;

  @Column({ type: 'integer' })
  residents!: number;
}
