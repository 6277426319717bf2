import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Community } from './community.entity';
import { Person } from './person.entity';

/** A contact person (民情联系人) assigned by the work committee to a residents' committee. */
@Entity({ name: 'contact_assignment' })
@Index('UQ_contact_assignment', ['communityCode', 'personId'], { unique: true })
export class ContactAssignment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @Index('IDX_contact_assignment_person')
  @Column({ name: 'person_id', type: 'varchar', length: 24 })
  personId!: string;

  @Column({ name: 'assigned_on', type: 'date' })
  assignedOn!: string;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_code', foreignKeyConstraintName: 'FK_contact_assignment_community' })
  community?: Community;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_contact_assignment_person' })
  person?: Person;
}
