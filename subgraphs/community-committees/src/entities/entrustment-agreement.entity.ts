import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Community } from './community.entity';
import { SubDistrict } from './sub-district.entity';

@Entity({ name: 'entrustment_agreement' })
@ObjectType({
  description: "An entrustment agreement (委托协议) between a town government and a grassroots self-governing organisation: Taicang's government-society linkage (政社互动).",
})
export class EntrustmentAgreement {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  @Field(() => ID, { description: 'Agreement identifier.' })
  id!: string;

  @Index('IDX_entrustment_agreement_town')
  @Column({ name: 'town_code', type: 'varchar', length: 12 })
  townCode!: string;

  @Index('IDX_entrustment_agreement_community')
  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @Column({ name: 'signed_on', type: 'date' })
  @Field(() => Date, { description: 'When both parties signed.' })
  signedOn!: string;

  @Column({ type: 'varchar', length: 1000 })
  @Field(() => String, { description: 'The matters the town entrusts to the organisation.' })
  matters!: string;

  @ManyToOne(() => SubDistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code', foreignKeyConstraintName: 'FK_entrustment_agreement_town' })
  town?: SubDistrict;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_code', foreignKeyConstraintName: 'FK_entrustment_agreement_community' })
  community?: Community;
}
