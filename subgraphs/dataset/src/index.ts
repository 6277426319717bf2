export { COMMUNITIES, HONGZHUANG, JINYI_NEW_VILLAGE, POLICE_STATIONS, SUB_DISTRICTS } from './places';
export { SeededRandom } from './random';
export * from './records';
export { buildSmallDataset } from './small-dataset';
