export {
  CANGLANG_COMMUNITIES,
  COMMUNITIES,
  copyId,
  copyName,
  HONGZHUANG,
  HUXI,
  JINYI_NEW_VILLAGE,
  placeCode,
  POLICE_STATIONS,
  SAFE_COMMUNITY_PLACE_CODES,
  SHANGHAI_SUB_DISTRICT_CODES,
  SUB_DISTRICTS,
  TAICANG_PILOT_TOWNS,
} from './places';
export { SeededRandom } from './random';
export * from './records';
export { buildDocumentDataset, HONGZHUANG_FACTORIES, MAX_SCALE, PERSONS_PER_COPY } from './document-dataset';
export { buildCommunityCommitteesRecords, type CommunityCommitteesRecords } from './community-committees-records';
export { buildIndustryAssociationsRecords, type IndustryAssociationsRecords } from './industry-associations-records';
export { buildCommerceBureauRecords, type CommerceBureauRecords } from './commerce-bureau-records';
export { buildPublicSecurityRecords, talkEventId, type IncidentKindRecord, type PublicSecurityRecords, type TalkEventRecord } from './public-security-records';
export { writeSeed, type SeedOptions, type SeedRun, type SeedTable } from './bulk-insert';
export * from './legal-affairs-records';
