import 'reflect-metadata';

export { buildFederatedSchema, type FederatedSchemaParts, type ReferenceResolver, type Representation } from './build-subgraph';
export { isSqlite, loadSubgraphConfig, type DatabaseConfig, type Environment, type SubgraphConfig } from './config';
export type { SubgraphContext, Viewer } from './context';
export { dataSourceOptions, openDataSource, type EntityClass, type MigrationClass } from './data-source';
export { BadUserInputError, NotFoundError, maskUnexpectedError } from './errors';
export { loadExisting, requireValid } from './lookups';
export { ConfigError } from './env';
export * from './identifiers';
export * from './loaders';
export * from './pagination';
export { referenceBy, requireKey } from './representation';
export { DateScalar, isIsoDate } from './scalars/date.scalar';
export { decimalTransformer } from './columns';
export { printSubgraphSdl } from './print-subgraph';
export { runSubgraph, startSubgraph, type RunningSubgraph } from './start-subgraph';
export { StatementCounter } from './statement-counter';
export type { SubgraphDefinition } from './subgraph-definition';
