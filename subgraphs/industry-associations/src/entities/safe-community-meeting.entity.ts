import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SafeCommunityMeetingScope {
  PROVINCE = 'PROVINCE',
  AUTONOMOUS_REGION = 'AUTONOMOUS_REGION',
  CITY = 'CITY',
  ASIA = 'ASIA',
  WORLD = 'WORLD',
}

export enum SafeCommunityMeetingRole {
  CO_ORGANISER = 'CO_ORGANISER',
  PARTICIPANT = 'PARTICIPANT',
}

registerEnumType(SafeCommunityMeetingScope, {
  name: 'SafeCommunityMeetingScope',
  description: "Whose meeting it was: a province's, an autonomous region's or a city's (省、区、市会议), or an Asian or world conference.",
  valuesConfig: {
    PROVINCE: { description: 'A provincial meeting (省).' },
    AUTONOMOUS_REGION: { description: "An autonomous region's meeting (区), such as Ningxia's." },
    CITY: { description: "A city's meeting (市)." },
    ASIA: { description: 'A conference of the Asian Safe Community Network (亚洲安全社区网络).' },
    WORLD: { description: 'An International Safe Community conference (国际安全社区大会).' },
  },
});

registerEnumType(SafeCommunityMeetingRole, {
  name: 'SafeCommunityMeetingRole',
  description: 'What the safe-community association did at a meeting.',
  valuesConfig: {
    CO_ORGANISER: { description: 'It helped the organiser hold the meeting (协助举办).' },
    PARTICIPANT: { description: 'It took part (参加).' },
  },
});

@Entity({ name: 'safe_community_meeting' })
@ObjectType({ description: "A meeting or conference that promoted safe-community building: a province's, region's or city's work meeting, or an Asian or world conference." })
export class SafeCommunityMeeting {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Meeting identifier.' })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: "The meeting's name, for example 第二十届国际安全社区大会." })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => SafeCommunityMeetingScope, { description: 'Whose meeting it was.' })
  scope!: SafeCommunityMeetingScope;

  @Column({ type: 'varchar', length: 50 })
  @Field(() => String, { description: 'Where it was held, for example 瑞典法伦 (Falun, Sweden).' })
  place!: string;

  @Index('IDX_safe_community_meeting_year')
  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'The year it was held.' })
  year!: number;

  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Its number in a series of conferences (第三届: 3); null for a meeting that is not one of a series.' })
  edition!: number | null;

  @Column({ name: 'association_role', type: 'varchar', length: 20, nullable: true })
  @Field(() => SafeCommunityMeetingRole, { nullable: true, description: 'What the association did there; null where the record does not say.' })
  associationRole!: SafeCommunityMeetingRole | null;
}
