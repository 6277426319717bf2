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
  @Field(() => String, { description: 'Registered name.' })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => EnterpriseKind, { description: 'Company or individual business.' })
  kind!: EnterpriseKind;

  @Index('IDX_enterprise_industry')
  @Column({ type: 'varchar', length: 40 })
  @Field(() => Industry, { description: 'The line of business it is filed under.' })
  industry!: Industry;

  @Index('IDX_enterprise_license_status')
  @Column({ name: 'license_status', type: 'varchar', length: 20 })
  @Field(() => LicenseStatus, { description: 'Current licence status; `licenseHistory` says how it got there.' })
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

  /** A `Person` pseudonym in the community committees' register (no foreign key: another agency's records). */
  @Index('IDX_enterprise_legal_representative')
  @Column({ name: 'legal_representative_id', type: 'varchar', length: 24, nullable: true })
  legalRepresentativeId!: string | null;
}
