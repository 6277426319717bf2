import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { SubDistrict } from './sub-district.entity';

@Entity({ name: 'volunteer_programme' })
@ObjectType({ description: "A volunteer programme a work committee runs, such as Huxi's 2009 programme modelled on Singapore." })
export class VolunteerProgramme {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  @Field(() => ID, { description: 'Programme identifier.' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: "The programme's name as the committee writes it." })
  name!: string;

  @Index('IDX_volunteer_programme_sub_district')
  @Column({ name: 'sub_district_code', type: 'varchar', length: 12 })
  subDistrictCode!: string;

  @Column({ name: 'started_on', type: 'date' })
  @Field(() => Date, { description: 'When the programme started.' })
  startedOn!: string;

  @Column({ type: 'varchar', length: 1000 })
  @Field(() => String, { description: 'What the programme does.' })
  description!: string;

  @ManyToOne(() => SubDistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sub_district_code', foreignKeyConstraintName: 'FK_volunteer_programme_sub_district' })
  subDistrict?: SubDistrict;
}
