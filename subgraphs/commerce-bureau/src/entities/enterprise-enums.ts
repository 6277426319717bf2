import { registerEnumType } from 'type-graphql';

export enum EnterpriseKind {
  COMPANY = 'COMPANY',
  INDIVIDUAL_BUSINESS = 'INDIVIDUAL_BUSINESS',
}

export enum Industry {
  TEA = 'TEA',
  PLASTIC_PELLET_PROCESSING = 'PLASTIC_PELLET_PROCESSING',
  FOOD_SERVICE = 'FOOD_SERVICE',
  MANUFACTURING = 'MANUFACTURING',
  RETAIL = 'RETAIL',
  COAL_MINING = 'COAL_MINING',
  PETROCHEMICAL = 'PETROCHEMICAL',
  OIL_EXTRACTION = 'OIL_EXTRACTION',
}

export enum LicenseStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  UNLICENSED = 'UNLICENSED',
}

registerEnumType(EnterpriseKind, { name: 'EnterpriseKind', description: 'A company, or an individual business (个体工商户) such as a snack stall.' });
registerEnumType(Industry, { name: 'Industry' });
registerEnumType(LicenseStatus, {
  name: 'LicenseStatus',
  description: 'UNLICENSED: found operating without a business licence (无证经营).',
});
