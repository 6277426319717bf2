import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Association } from './association.entity';

export enum MembershipRole {
  MEMBER = 'MEMBER',
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
  VICE_PRESIDENT = 'VICE_PRESIDENT',
  PRESIDENT = 'PRESIDENT',
}

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'The office a member enterprise holds in its association.',
  valuesConfig: {
    MEMBER: { description: 'An ordinary member (会员).' },
    COUNCIL_MEMBER: { description: 'A member of the council (理事单位).' },
    VICE_PRESIDENT: { description: 'A vice-president enterprise (副会长单位).' },
    PRESIDENT: { description: 'The president enterprise (会长单位).' },
  },
});

/** An enterprise's membership of an association; the enterprise is the commerce bureau's, so no foreign key. */
@Entity({ name: 'membership' })
@ObjectType({ description: "An enterprise's membership of an association." })
@Index('UQ_membership_association_enterprise', ['associationCreditCode', 'enterpriseCreditCode'], { unique: true })
@Index('IDX_membership_roster', ['associationCreditCode', 'since', 'enterpriseCreditCode'])
export class Membership {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Membership identifier.' })
  id!: number;

  @Column({ name: 'association_credit_code', type: 'varchar', length: 18 })
  associationCreditCode!: string;

  @Index('IDX_membership_enterprise')
  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Column({ type: 'date' })
  @Field(() => Date, { description: 'When the enterprise joined.' })
  since!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => MembershipRole, { description: 'The office the enterprise holds in the association.' })
  role!: MembershipRole;

  @ManyToOne(() => Association, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_credit_code', foreignKeyConstraintName: 'FK_membership_association' })
  association?: Association;
}
