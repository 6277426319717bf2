import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Personal } from '@governance/kit';
import { Community } from './community.entity';

export enum ResidentType {
  LOCAL = 'LOCAL',
  NEW_RESIDENT = 'NEW_RESIDENT',
  FOREIGN = 'FOREIGN',
}

registerEnumType(ResidentType, {
  name: 'ResidentType',
  description: 'Registered local resident, new Suzhou resident (新苏州人), or foreign resident (境外常住人口).',
  valuesConfig: {
    LOCAL: { description: 'Registered local resident (户籍居民).' },
    NEW_RESIDENT: { description: 'New Suzhou resident (新苏州人): lives here, registered elsewhere in China.' },
    FOREIGN: { description: 'Foreign resident (境外常住人口).' },
  },
});

/** What a client needs to know about a personal field, with an example of its mask. */
const maskedUnlessEntitled = (example: string) =>
  `Masked (${example}) unless the token holds the "pii:read" scope and the community committees entitle its agency for the purpose stated in x-purpose (their own staff, or an agreement in force: see communityCommitteesDataSharing); the response's personalData extension says why a field is masked, and every unmasked read is recorded in the audit log under the person's pseudonym with the agreement used.`;

@Entity({ name: 'person' })
// A community's residents (pages of them, and the counts the SummariseResidentCounts migration fills) are found by this index.
@Index('IDX_person_community_type', ['communityCode', 'residentType'])
@ObjectType({ description: 'A person in the resident register. Other agencies refer to people only by the pseudonymous id.' })
@Directive('@key(fields: "id")')
export class Person {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  @Field(() => ID, { description: 'Pseudonym: a keyed hash of the ID number, never the ID number itself.' })
  id!: string;

  @Index('UQ_person_id_number', { unique: true })
  @Column({ name: 'id_number', type: 'varchar', length: 18 })
  @Field(() => String, { description: `Resident identity card number (personal data). ${maskedUnlessEntitled('320***********123X')}` })
  @Personal('idNumber', (person: Person) => person.id)
  idNumber!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: `Full name (personal data). ${maskedUnlessEntitled('张*')}` })
  @Personal('name', (person: Person) => person.id)
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => String, { description: `Phone number (personal data). ${maskedUnlessEntitled('138****5678')}` })
  @Personal('phone', (person: Person) => person.id)
  phone!: string;

  @Column({ name: 'resident_type', type: 'varchar', length: 20 })
  @Field(() => ResidentType, { description: 'Local, new Suzhou resident or foreign resident.' })
  residentType!: ResidentType;

  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_code', foreignKeyConstraintName: 'FK_person_community' })
  community?: Community;
}
