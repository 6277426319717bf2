import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { TalkEvent } from './talk-event.entity';

@Entity({ name: 'talk_concern' })
@ObjectType({ description: 'A concern residents raised at a talk, and how it was resolved.' })
export class TalkConcern {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('IDX_talk_concern_event')
  @Column({ name: 'talk_event_id', type: 'varchar', length: 20 })
  talkEventId!: string;

  @Column({ type: 'varchar', length: 500 })
  @Field(() => String, { description: 'The concern as residents put it, for example 夜宵摊噪音扰民.' })
  concern!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: 'How it was resolved; null while it is open.' })
  resolution!: string | null;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was resolved; null while it is open.' })
  resolvedOn!: string | null;

  @ManyToOne(() => TalkEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talk_event_id', foreignKeyConstraintName: 'FK_talk_concern_event' })
  talkEvent?: TalkEvent;
}
