import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { decimalTransformer } from '@governance/kit';
import { EnterpriseKind, Industry, LicenseStatus } from './enterprise-enums';

@Entity({ name: 'enterprise' })
@ObjectType({ description: 'A registered enterprise or individual business, as the commerce bureau files it.' })
@Directive('@key(fields: "creditCode")')
export class Enterprise {
  @PrimaryColumn({ name: 'credit_code', type: 'varchar', length: 18 })
  @Field(() => ID, { description: 'Unified social credit code (GB 32100-2015).' })
  creditCode!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => EnterpriseKind)
  kind!: EnterpriseKind;

  @Index('IDX_enterprise_industry')
  @Column({ type: 'varchar', length: 40 })
  @Field(() => Industry)
  industry!: Industry;

  @Column({ name: 'license_status', type: 'varchar', length: 20 })
  @Field(() => LicenseStatus)
  licenseStatus!: LicenseStatus;

  @Column({ name: 'established_on', type: 'date' })
  @Field(() => Date, { description: 'Date of establishment.' })
  establishedOn!: string;

  @Column({ name: 'registered_capital_yuan', type: 'decimal', precision: 18, scale: 2, nullable: true, transformer: decimalTransformer })
  @Field(() => Float, { nullable: true, description: 'Registered capital in yuan; individual businesses have none.' })
  registeredCapitalYuan!: number | null;

  @Index('IDX_enterprise_community')
  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;
}
