import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { decimalTransformer } from '@governance/kit';
import { EnforcementKind, EnforcementOutcome } from './enforcement-enums';
import { Enterprise } from './enterprise.entity';

@Entity({ name: 'enforcement_case' })
@ObjectType({ description: 'An enforcement case the bureau opened against an enterprise (unlicensed operation, trademark infringement).' })
export class EnforcementCase {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Case number, in the order cases were filed.' })
  id!: number;

  @Index('IDX_enforcement_case_enterprise')
  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Column({ name: 'opened_on', type: 'date' })
  @Field(() => Date, { description: 'When the case was opened.' })
  openedOn!: string;

  @Index('IDX_enforcement_case_kind')
  @Column({ type: 'varchar', length: 30 })
  @Field(() => EnforcementKind, { description: 'What the case is about.' })
  kind!: EnforcementKind;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => EnforcementOutcome, { description: 'OPEN while under investigation, then how it ended.' })
  outcome!: EnforcementOutcome;

  @Column({ name: 'fine_yuan', type: 'decimal', precision: 18, scale: 2, nullable: true, transformer: decimalTransformer })
  @Field(() => Float, { nullable: true, description: 'Fine imposed, in yuan; null when none was.' })
  fineYuan!: number | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the case was closed; null while it is open.' })
  closedOn!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the inspectors found and did.' })
  note!: string | null;

  // Relations declare the foreign keys only; GraphQL fields load the rows through the request's loaders.
  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_credit_code', foreignKeyConstraintName: 'FK_enforcement_case_enterprise' })
  enterpriseRow?: Enterprise;
}
