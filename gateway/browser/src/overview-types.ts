/** The answers of the operations the dashboard sends, as the contract spells them (../shared/operations). */

export interface DirectoryData {
  readonly subDistricts: ReadonlyArray<{ readonly code: string; readonly name: string; readonly city: string }> | null;
}

export interface SubDistrictData {
  readonly subDistrict: {
    readonly code: string;
    readonly name: string;
    readonly residentCount: number;
    readonly communities: {
      readonly totalCount: number;
      readonly nodes: ReadonlyArray<{ readonly code: string; readonly name: string; readonly residentCount: number }>;
    };
  } | null;
}

export interface TalkEventStatsData {
  readonly talkEventStats: ReadonlyArray<{ readonly period: string; readonly events: number }> | null;
}

export interface Enterprise {
  readonly creditCode: string;
  readonly name: string;
  readonly licenseStatus: string;
  readonly memberships: ReadonlyArray<{ readonly association: { readonly creditCode: string; readonly name: string } | null }> | null;
}

export interface Community {
  readonly code: string;
  readonly name: string;
  readonly subDistrict: { readonly code: string; readonly name: string };
  readonly residentCount: number;
  readonly newResidentCount: number;
  readonly foreignResidentCount: number;
  readonly contactPersons: ReadonlyArray<{ readonly id: string; readonly name: string; readonly phone: string }>;
  readonly policeStation: { readonly id: string; readonly name: string } | null;
  readonly talkEvents: {
    readonly totalCount: number;
    readonly officersDeployed: number;
    readonly peopleHelped: number;
    readonly nodes: ReadonlyArray<{ readonly id: string; readonly heldOn: string; readonly topic: string; readonly officersDeployed: number; readonly peopleHelped: number }>;
  } | null;
  readonly patrolTeams: ReadonlyArray<{ readonly id: string; readonly name: string; readonly memberCount: number }> | null;
  readonly enterprises: { readonly totalCount: number; readonly nodes: readonly Enterprise[] } | null;
  readonly safeCommunityDesignations: ReadonlyArray<{ readonly level: string; readonly status: string; readonly year: number }> | null;
  readonly serviceContracts: ReadonlyArray<{
    readonly id: string;
    readonly service: string;
    readonly method: string;
    readonly amountYuan: number | null;
    readonly provider: { readonly creditCode: string; readonly name: string } | null;
  }> | null;
}

export interface CommunityOverviewData {
  readonly community: Community | null;
}

export interface PatrolComplianceData {
  readonly patrolTeam: {
    readonly id: string;
    readonly name: string;
    readonly memberCount: number;
    readonly compliance: { readonly days: number; readonly compliantDays: number; readonly nonCompliantDates: readonly string[] } | null;
  } | null;
}

export interface TalkEventDaysData {
  readonly community: {
    readonly talkEvents: {
      readonly totalCount: number;
      readonly nodes: ReadonlyArray<{ readonly heldOn: string }>;
      readonly pageInfo: { readonly endCursor: string | null; readonly hasNextPage: boolean };
    } | null;
  } | null;
}

export interface LicenseStatusesData {
  readonly community: { readonly enterprisesByLicenseStatus: ReadonlyArray<{ readonly status: string; readonly count: number }> | null } | null;
}
