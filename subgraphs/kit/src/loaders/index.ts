export { createAggregateLoader, createGroupLoader, createKeyLoader, MAX_BATCH_SIZE } from './key-loader';
export { createGroupPageLoader, type GroupPageKey } from './page-loader';
export { afterKeyset, countRows, findByKeys, findPage, rankedRowsPerGroup, topRowsPerGroup, totalsByGroup, type RankedRowsOptions } from './sql';
