import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@Entity({ name: 'training_session' })
@ObjectType({ description: 'A safe-community training session (培训班) the association held.' })
export class TrainingSession {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Session identifier.' })
  id!: number;

  @Index('IDX_training_session_held_on')
  @Column({ name: 'held_on', type: 'date' })
  @Field(() => Date, { description: 'When the session was held (its first day).' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Where it was held.' })
  place!: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'How many people were trained.' })
  trainees!: number;
}
