import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PoliceStation } from './police-station.entity';

/**
 * Which station serves a community. The community code is the key, so a
 * community has at most one station; it belongs to another agency's register,
 * so it has no foreign key.
 */
@Entity({ name: 'station_community' })
export class StationCommunity {
  @PrimaryColumn({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @Index('IDX_station_community_station')
  @Column({ name: 'station_id', type: 'varchar', length: 20 })
  stationId!: string;

  @ManyToOne(() => PoliceStation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'station_id', foreignKeyConstraintName: 'FK_station_community_station' })
  station?: PoliceStation;
}
