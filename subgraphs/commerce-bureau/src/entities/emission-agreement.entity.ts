import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, Float, ObjectType } from 'type-graphql';
import { decimalTransformer } from '@governance/kit';
import { Enterprise } from './enterprise.entity';

@Entity({ name: 'emission_agreement' })
@ObjectType({ description: 'A government-enterprise emission-reduction agreement, such as those of the Suzhou Industrial Park carbon-emission trading pilot (2010).' })
export class EmissionAgreement {
  @PrimaryColumn({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Column({ name: 'signed_on', type: 'date' })
  @Field(() => Date, { description: 'When the agreement was signed.' })
  signedOn!: string;

  @Column({ name: 'reduction_target_tonnes', type: 'decimal', precision: 14, scale: 2, transformer: decimalTransformer })
  @Field(() => Float, { description: 'Agreed emission reduction, in tonnes of CO2 equivalent.' })
  reductionTargetTonnes!: number;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'The pilot programme the agreement belongs to, e.g. 苏州工业园区碳排放交易试点.' })
  pilot!: string;

  // Many-to-one only in TypeORM's terms: the primary key already makes it one agreement per enterprise.
  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_credit_code', foreignKeyConstraintName: 'FK_emission_agreement_enterprise' })
  enterpriseRow?: Enterprise;
}
