import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { CertificationMark } from './certification-mark.entity';

/** Permission for an enterprise to use a mark; the enterprise is the commerce bureau's, so no foreign key. */
@Entity({ name: 'mark_authorisation' })
@ObjectType({ description: "An enterprise's authorisation to use a certification mark." })
@Index('UQ_mark_authorisation_mark_enterprise', ['registrationNumber', 'enterpriseCreditCode'], { unique: true })
export class MarkAuthorisation {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'registration_number', type: 'varchar', length: 20 })
  registrationNumber!: string;

  @Index('IDX_mark_authorisation_enterprise')
  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Column({ name: 'authorised_on', type: 'date' })
  @Field(() => Date, { description: 'From when the enterprise may use the mark.' })
  authorisedOn!: string;

  @ManyToOne(() => CertificationMark, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_number', foreignKeyConstraintName: 'FK_mark_authorisation_mark' })
  mark?: CertificationMark;
}
