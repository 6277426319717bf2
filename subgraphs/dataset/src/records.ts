/**
 * The records of the data set, agency by agency, as plain values: each
 * subgraph's seed maps its share onto its own entities.
 */
export type ResidentType = 'LOCAL' | 'NEW_RESIDENT' | 'FOREIGN';
export type EnterpriseKind = 'COMPANY' | 'INDIVIDUAL_BUSINESS';
export type Industry = 'TEA' | 'PLASTIC_PELLET_PROCESSING' | 'FOOD_SERVICE' | 'MANUFACTURING' | 'RETAIL' | 'COAL_MINING' | 'PETROCHEMICAL' | 'OIL_EXTRACTION';
export type LicenseStatus = 'ACTIVE' | 'SUSPENDED' | 'REVOKED' | 'UNLICENSED';
export type AssociationKind = 'INDUSTRY_ASSOCIATION' | 'CHAMBER_OF_COMMERCE' | 'SAFETY_PROMOTION';

export interface SubDistrictRecord {
  readonly code: string;
  readonly name: string;
  readonly city: string;
  readonly district: string;
}

export interface CommunityRecord {
  readonly code: string;
  readonly name: string;
  readonly subDistrictCode: string;
}

export interface PersonRecord {
  readonly idNumber: string;
  readonly name: string;
  readonly phone: string;
  readonly residentType: ResidentType;
  readonly communityCode: string;
}

export interface EnterpriseRecord {
  readonly creditCode: string;
  readonly name: string;
  readonly kind: EnterpriseKind;
  readonly industry: Industry;
  readonly licenseStatus: LicenseStatus;
  readonly establishedOn: string;
  readonly registeredCapitalYuan: number | null;
  readonly communityCode: string;
  /** The ID number of the legal representative, a resident in the register; individual businesses have none recorded. */
  readonly legalRepresentativeIdNumber: string | null;
}

export interface VenueRecord {
  readonly id: string;
  readonly name: string;
  readonly openedOn: string;
  readonly investmentYuan: number;
  readonly communityCode: string;
}

export interface PoliceStationRecord {
  readonly id: string;
  readonly name: string;
  readonly district: string;
}

export interface AssociationRecord {
  readonly creditCode: string;
  readonly name: string;
  readonly kind: AssociationKind;
}

export interface Dataset {
  /** 0: the document's data set; 1, 2, ...: the synthetic copies `npm run seed -- --scale N` adds. */
  readonly copy: number;
  readonly subDistricts: readonly SubDistrictRecord[];
  readonly communities: readonly CommunityRecord[];
  readonly persons: readonly PersonRecord[];
  readonly enterprises: readonly EnterpriseRecord[];
  readonly venues: readonly VenueRecord[];
  readonly policeStations: readonly PoliceStationRecord[];
  readonly associations: readonly AssociationRecord[];
}
