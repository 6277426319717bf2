export { CANGLANG_COMMUNITIES, COMMUNITIES, HONGZHUANG, JINYI_NEW_VILLAGE, POLICE_STATIONS, SUB_DISTRICTS, TAICANG_PILOT_TOWNS } from './places';
export { SeededRandom } from './random';
export * from './records';
export { buildSmallDataset } from './small-dataset';
export { buildCommunityCommitteesRecords, type CommunityCommitteesRecords } from './community-committees-records';
