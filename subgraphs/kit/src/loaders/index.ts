export { createAggregateLoader, createGroupLoader, createKeyLoader, MAX_BATCH_SIZE } from './key-loader';
export { createGroupPageLoader, type GroupPageKey } from './page-loader';
export { countRows, findByKeys, findPage, topRowsPerGroup, totalsByGroup } from './sql';
