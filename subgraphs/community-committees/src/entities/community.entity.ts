import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { SubDistrict } from './sub-district.entity';

@Entity({ name: 'community' })
@ObjectType({ description: "A community (社区) with its residents' committee; every agency files records under its code." })
@Directive('@key(fields: "code")')
export class Community {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  @Field(() => ID, { description: '12-digit statistical division code.' })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Official name, for example 锦衣新村.' })
  name!: string;

  @Index('IDX_community_sub_district')
  @Column({ name: 'sub_district_code', type: 'varchar', length: 12 })
  subDistrictCode!: string;

  @ManyToOne(() => SubDistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sub_district_code', foreignKeyConstraintName: 'FK_community_sub_district' })
  subDistrict?: SubDistrict;
}
