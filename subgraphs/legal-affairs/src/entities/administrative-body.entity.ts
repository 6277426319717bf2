import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AdministrativeLevel, BodyKind } from './reconsideration-enums';

@Entity({ name: 'administrative_body' })
@ObjectType({ description: "A government or department of Suzhou's two levels: a respondent whose decisions are contested, a body that hears reconsideration, or both." })
@Directive('@key(fields: "code")')
export class AdministrativeBody {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  @Field(() => ID, { description: "The office's code: its division code and a unit (320506-PSB)." })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => AdministrativeLevel, { description: 'City or district level.' })
  level!: AdministrativeLevel;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => BodyKind, { description: 'A government or a department.' })
  kind!: BodyKind;

  @Column({ type: 'varchar', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: "The platform's agency (a name from agencies.json, the token `agency`) this office belongs to, when it is one of them." })
  agency!: string | null;

  @Index('IDX_administrative_body_heard_by')
  @Column({ name: 'heard_by_code', type: 'varchar', length: 32, nullable: true })
  heardByCode!: string | null;

  // Relations declare the foreign keys only; GraphQL fields load the rows through the request's loaders.
  @ManyToOne(() => AdministrativeBody, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'heard_by_code', foreignKeyConstraintName: 'FK_administrative_body_heard_by' })
  heardByRow?: AdministrativeBody;
}
