import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { decimalTransformer } from '@governance/kit';
import { Association } from './association.entity';

export enum PublicService {
  OUTDOOR_ADVERTISING = 'OUTDOOR_ADVERTISING',
  ELDERLY_CARE = 'ELDERLY_CARE',
  CITY_APPEARANCE_AND_SANITATION = 'CITY_APPEARANCE_AND_SANITATION',
}

export enum ProcurementMethod {
  PUBLIC_TENDER = 'PUBLIC_TENDER',
  PROJECT_CONTRACTING = 'PROJECT_CONTRACTING',
  PROJECT_APPLICATION = 'PROJECT_APPLICATION',
  ENTRUSTED_MANAGEMENT = 'ENTRUSTED_MANAGEMENT',
}

registerEnumType(PublicService, {
  name: 'PublicService',
  description: 'A public service a government buys from a social organisation (the three Canglang bought).',
  valuesConfig: {
    OUTDOOR_ADVERTISING: { description: 'Management of outdoor advertising (户外广告).' },
    ELDERLY_CARE: { description: 'Elderly care services (养老服务).' },
    CITY_APPEARANCE_AND_SANITATION: { description: 'City appearance and sanitation (市容环卫).' },
  },
});

registerEnumType(ProcurementMethod, {
  name: 'ProcurementMethod',
  description: 'How the government bought the service.',
  valuesConfig: {
    PUBLIC_TENDER: { description: 'Public tender (公开招标).' },
    PROJECT_CONTRACTING: { description: 'Project contracting (项目承包).' },
    PROJECT_APPLICATION: { description: 'The organisation applied with a project (项目申报).' },
    ENTRUSTED_MANAGEMENT: { description: 'Entrusted management (委托管理).' },
  },
});

@Entity({ name: 'service_contract' })
@ObjectType({ description: 'A contract by which a government buys a public service from an association (政府购买服务).' })
export class ServiceContract {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Contract identifier.' })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'The government body that buys the service, for example 沧浪区人民政府.' })
  purchaser!: string;

  @Index('IDX_service_contract_provider')
  @Column({ name: 'provider_credit_code', type: 'varchar', length: 18 })
  providerCreditCode!: string;

  @Index('IDX_service_contract_service')
  @Column({ type: 'varchar', length: 40 })
  @Field(() => PublicService, { description: 'The service bought.' })
  service!: PublicService;

  @Index('IDX_service_contract_method')
  @Column({ type: 'varchar', length: 30 })
  @Field(() => ProcurementMethod, { description: 'How it was bought.' })
  method!: ProcurementMethod;

  @Column({ name: 'amount_yuan', type: 'decimal', precision: 18, scale: 2, transformer: decimalTransformer })
  @Field(() => Float, { description: 'Contract amount in yuan.' })
  amountYuan!: number;

  @Column({ name: 'starts_on', type: 'date' })
  @Field(() => Date, { description: 'First day of the service.' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Last day of the service; null while it runs until further notice.' })
  endsOn!: string | null;

  @Index('IDX_service_contract_community')
  @Column({ name: 'community_code', type: 'varchar', length: 12 })
  communityCode!: string;

  @ManyToOne(() => Association, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_credit_code', foreignKeyConstraintName: 'FK_service_contract_provider' })
  provider?: Association;
}
