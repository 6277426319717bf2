export { CANGLANG_COMMUNITIES, COMMUNITIES, HONGZHUANG, JINYI_NEW_VILLAGE, POLICE_STATIONS, SUB_DISTRICTS, TAICANG_PILOT_TOWNS } from './places';
export { SeededRandom } from './random';
export * from './records';
export { buildSmallDataset } from './small-dataset';
export { buildCommunityCommitteesRecords, type CommunityCommitteesRecords } from './community-committees-records';
export { buildIndustryAssociationsRecords, type IndustryAssociationsRecords } from './industry-associations-records';
export { buildCommerceBureauRecords, type CommerceBureauRecords } from './commerce-bureau-records';
export { buildPublicSecurityRecords, talkEventId, type IncidentKindRecord, type PublicSecurityRecords, type TalkEventRecord } from './public-security-records';
