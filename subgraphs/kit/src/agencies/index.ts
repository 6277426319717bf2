export {
  DEFAULT_AGENCY_MANIFEST,
  agencyLabel,
  agencyManifest,
  agencyOperationsDir,
  agencyPackageDir,
  findAgency,
  loadAgencyManifest,
  parseAgencyManifest,
  type AgencyEntry,
  type AgencyManifest,
} from './agency-manifest';
