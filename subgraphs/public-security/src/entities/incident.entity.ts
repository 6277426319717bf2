import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum IncidentKind {
  NOISE_NUISANCE = 'NOISE_NUISANCE',
  FIGHT = 'FIGHT',
  THEFT = 'THEFT',
  TRAFFIC = 'TRAFFIC',
  OTHER = 'OTHER',
}

registerEnumType(IncidentKind, {
  name: 'IncidentKind',
  description: 'What kind of public-order incident it was.',
  valuesConfig: {
    NOISE_NUISANCE: { description: 'Noise disturbing residents (扰民), such as night-snack stalls.' },
    FIGHT: { description: 'A fight or brawl (打架斗殴).' },
    THEFT: { description: 'Theft (盗窃).' },
    TRAFFIC: { description: 'A traffic accident or obstruction.' },
    OTHER: { description: 'Anything else.' },
  },
});

@Entity({ name: 'incident' })
@ObjectType({ description: 'A public-order incident (治安事件) filed under a community.' })
export class Incident {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Incident identifier; lists are ordered by it (the order incidents were filed).' })
  id!: number;

  // No foreign key: the community belongs to the community committees' register.
  @Index('IDX_incident_community')
  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @Column({ name: 'occurred_on', type: 'date' })
  @Field(() => Date, { description: 'The day it happened.' })
  occurredOn!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => IncidentKind, { description: 'What kind of incident.' })
  kind!: IncidentKind;

  @Column({ type: 'varchar', length: 1000 })
  @Field(() => String, { description: 'What happened.' })
  description!: string;
}
