import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { LicenseStatus } from './enterprise-enums';
import { Enterprise } from './enterprise.entity';

/** One row per change of an enterprise's licence status; written with the change, never updated. */
@Entity({ name: 'license_event' })
@ObjectType('LicenseChange', { description: "A change of an enterprise's licence status, as the bureau recorded it." })
export class LicenseEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('IDX_license_event_enterprise')
  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  @Field(() => LicenseStatus, { nullable: true, description: 'The status before; null for the entry that put the enterprise on the register.' })
  fromStatus!: LicenseStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  @Field(() => LicenseStatus, { description: 'The status after.' })
  toStatus!: LicenseStatus;

  @Column({ type: 'varchar', length: 500 })
  @Field(() => String, { description: 'Why the status changed.' })
  reason!: string;

  @Column({ name: 'changed_on', type: 'date' })
  @Field(() => Date, { description: 'When the status changed.' })
  changedOn!: string;

  // Relations declare the foreign keys only; GraphQL fields load the rows through the request's loaders.
  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_credit_code', foreignKeyConstraintName: 'FK_license_event_enterprise' })
  enterpriseRow?: Enterprise;
}
