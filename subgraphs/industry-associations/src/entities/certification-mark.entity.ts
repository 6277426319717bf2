import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Association } from './association.entity';

export enum CertificationMarkKind {
  CERTIFICATION = 'CERTIFICATION',
  COLLECTIVE = 'COLLECTIVE',
  GEOGRAPHICAL_INDICATION_CERTIFICATION = 'GEOGRAPHICAL_INDICATION_CERTIFICATION',
  GEOGRAPHICAL_INDICATION_COLLECTIVE = 'GEOGRAPHICAL_INDICATION_COLLECTIVE',
}

registerEnumType(CertificationMarkKind, {
  name: 'CertificationMarkKind',
  description: 'How the mark is registered under the Trademark Law.',
  valuesConfig: {
    CERTIFICATION: { description: 'A certification mark (证明商标) certifying quality or other characteristics.' },
    COLLECTIVE: { description: 'A collective mark (集体商标) for the members of the holding organisation.' },
    GEOGRAPHICAL_INDICATION_CERTIFICATION: { description: 'A geographical indication registered as a certification mark (地理标志证明商标).' },
    GEOGRAPHICAL_INDICATION_COLLECTIVE: { description: 'A geographical indication registered as a collective mark (地理标志集体商标).' },
  },
});

@Entity({ name: 'certification_mark' })
@ObjectType({ description: 'A certification or collective mark an association holds and lets enterprises use, such as 洞庭山碧螺春.' })
@Directive('@key(fields: "registrationNumber")')
export class CertificationMark {
  @PrimaryColumn({ name: 'registration_number', type: 'varchar', length: 20 })
  @Field(() => ID, { description: 'Trademark registration number.' })
  registrationNumber!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'The mark as registered, for example 洞庭山碧螺春.' })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => CertificationMarkKind, { description: 'Certification or collective mark, and whether it is a geographical indication.' })
  kind!: CertificationMarkKind;

  @Index('IDX_certification_mark_holder')
  @Column({ name: 'holder_credit_code', type: 'varchar', length: 18 })
  holderCreditCode!: string;

  @Column({ name: 'registered_on', type: 'date' })
  @Field(() => Date, { description: 'When the mark was registered.' })
  registeredOn!: string;

  @ManyToOne(() => Association, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_credit_code', foreignKeyConstraintName: 'FK_certification_mark_holder' })
  holder?: Association;
}
