import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { AdministrativeBody } from './administrative-body.entity';
import { ReconsiderationSystem } from './reconsideration-enums';

@Entity({ name: 'system_adoption' })
@ObjectType({ description: 'One of the ten reconsideration systems, as a body established it.' })
export class SystemAdoption {
  @PrimaryColumn({ name: 'body_code', type: 'varchar', length: 32 })
  bodyCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  @Field(() => ReconsiderationSystem, { description: 'The system.' })
  system!: ReconsiderationSystem;

  @Column({ name: 'established_on', type: 'date' })
  @Field(() => Date, { description: 'When the body established it.' })
  establishedOn!: string;

  @ManyToOne(() => AdministrativeBody, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_code', foreignKeyConstraintName: 'FK_system_adoption_body' })
  bodyRow?: AdministrativeBody;
}
