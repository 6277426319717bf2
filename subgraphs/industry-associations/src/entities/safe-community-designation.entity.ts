import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SafeCommunityLevel {
  NATIONAL = 'NATIONAL',
  INTERNATIONAL = 'INTERNATIONAL',
}

export enum SafeCommunityStatus {
  STARTED = 'STARTED',
  RECOMMENDED = 'RECOMMENDED',
  DESIGNATED = 'DESIGNATED',
}

registerEnumType(SafeCommunityLevel, {
  name: 'SafeCommunityLevel',
  description: 'Whether a safe-community title is national or international.',
  valuesConfig: {
    NATIONAL: { description: 'National safe community (全国安全社区).' },
    INTERNATIONAL: { description: 'International Safe Community (国际安全社区), designated by the international certifying centre.' },
  },
});

registerEnumType(SafeCommunityStatus, {
  name: 'SafeCommunityStatus',
  description: 'A step on the way to the title.',
  valuesConfig: {
    STARTED: { description: "The community started building a safe community (启动创建), e.g. Shanghai's 69 sub-districts and towns in 2011." },
    RECOMMENDED: { description: 'The association recommended the community for the title (推荐).' },
    DESIGNATED: { description: 'The community was designated (命名).' },
  },
});

/**
 * One step of a community towards a safe-community title. A community keeps
 * its history: recommended one year, designated the next, at each level.
 * The community is the committees' record, so no foreign key.
 */
@Entity({ name: 'safe_community_designation' })
@ObjectType({ description: 'A safe-community recommendation or designation of a community.' })
@Index('UQ_safe_community_designation', ['communityCode', 'level', 'status'], { unique: true })
@Index('IDX_safe_community_designation_year', ['year', 'level', 'status'])
export class SafeCommunityDesignation {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Designation identifier.' })
  id!: number;

  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => SafeCommunityLevel, { description: 'National or international.' })
  level!: SafeCommunityLevel;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => SafeCommunityStatus, { description: 'Started, recommended or designated.' })
  status!: SafeCommunityStatus;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'The year of the recommendation or designation.' })
  year!: number;
}
