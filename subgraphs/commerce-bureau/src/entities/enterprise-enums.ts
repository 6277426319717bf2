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

registerEnumType(EnterpriseKind, {
  name: 'EnterpriseKind',
  description: 'A company, or an individual business (个体工商户) such as a snack stall.',
  valuesConfig: {
    COMPANY: { description: 'A company or other enterprise with registered capital (企业).' },
    INDIVIDUAL_BUSINESS: { description: 'An individual business (个体工商户), such as a stall or a corner shop.' },
  },
});

registerEnumType(Industry, {
  name: 'Industry',
  description: 'The line of business the bureau files an enterprise under.',
  valuesConfig: {
    TEA: { description: 'Tea growing and trade, such as Dongting Mountain Biluochun (洞庭山碧螺春).' },
    PLASTIC_PELLET_PROCESSING: { description: 'Plastic-pellet processing (塑料颗粒加工).' },
    FOOD_SERVICE: { description: 'Restaurants, caterers and snack stalls.' },
    MANUFACTURING: { description: 'Manufacturing.' },
    RETAIL: { description: 'Shops and other retail, including outdoor advertising.' },
    COAL_MINING: { description: 'Coal mining.' },
    PETROCHEMICAL: { description: 'Petrochemicals.' },
    OIL_EXTRACTION: { description: 'Oil and gas extraction (oilfields).' },
  },
});

registerEnumType(LicenseStatus, {
  name: 'LicenseStatus',
  description: 'Where an enterprise stands with its business licence (营业执照).',
  valuesConfig: {
    ACTIVE: { description: 'Licensed and trading.' },
    SUSPENDED: { description: 'Licensed, but ordered to stop trading for now (停业整顿).' },
    REVOKED: { description: 'The licence was revoked (吊销).' },
    UNLICENSED: { description: 'Found operating without a business licence (无证经营).' },
  },
});
