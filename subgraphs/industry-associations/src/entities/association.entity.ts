import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AssociationKind {
  INDUSTRY_ASSOCIATION = 'INDUSTRY_ASSOCIATION',
  CHAMBER_OF_COMMERCE = 'CHAMBER_OF_COMMERCE',
  SAFETY_PROMOTION = 'SAFETY_PROMOTION',
}

registerEnumType(AssociationKind, {
  name: 'AssociationKind',
  description: 'Industry association (行业协会), chamber of commerce (商会), or safety-promotion association (安全社区促进).',
  valuesConfig: {
    INDUSTRY_ASSOCIATION: { description: 'An industry association (行业协会), such as the Biluochun tea association.' },
    CHAMBER_OF_COMMERCE: { description: "A chamber of commerce (商会) of a district's enterprises." },
    SAFETY_PROMOTION: { description: 'An association that promotes safe communities and occupational safety.' },
  },
});

@Entity({ name: 'association' })
@ObjectType({ description: 'A social organisation that takes on public services and industry self-management.' })
@Directive('@key(fields: "creditCode")')
export class Association {
  @PrimaryColumn({ name: 'credit_code', type: 'varchar', length: 18 })
  @Field(() => ID, { description: 'Unified social credit code (social organisations have one too).' })
  creditCode!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Registered name, for example 吴中区洞庭山碧螺春茶叶协会.' })
  name!: string;

  @Index('IDX_association_kind')
  @Column({ type: 'varchar', length: 30 })
  @Field(() => AssociationKind, { description: 'What kind of social organisation it is.' })
  kind!: AssociationKind;
}
