import 'reflect-metadata';

export { buildFederatedSchema, type FederatedSchemaParts, type ReferenceResolver, type Representation } from './build-subgraph';
export { PERSON_ENTITY, isSqlite, loadSubgraphConfig, type AuditHeadConfig, type DatabaseConfig, type Environment, type SubgraphConfig } from './config';
export type { SubgraphContext } from './context';
export * from './auth';
export { PERSONAL_TAG, Personal, maskPersonalData, type PersonalDataKind } from './auth/personal-data';
export {
  AuditAction,
  AuditEntry,
  AuditTrail,
  appendAuditEntries,
  auditLogFieldName,
  hashAuditEntry,
  verifyAuditChain,
  type AuditChainReport,
  type AuditRecord,
  type ChainHead,
} from './audit';
export * from './data-sharing';
export * from './witness';
export { MAX_REPORT_ENTRIES_PER_AGENCY } from './access-report';
export { postToPeer, type PeerEndpoint } from './peers';
export { subgraphFieldName } from './subgraph-field-name';
export { dataSourceOptions, openDataSource, type EntityClass, type MigrationClass } from './data-source';
export { describeDatabase, openExistingDataSource, UnusableDatabaseError } from './existing-data-source';
export { BadUserInputError, NotFoundError, maskUnexpectedError } from './errors';
export {
  boundedMultilineText,
  boundedText,
  codePointLength,
  isPrintableAscii,
  requireDate,
  suzhouToday,
  textProblem,
  type DateLimit,
  type DateRange,
  type TextKind,
} from './input';
export { duplicateError, isUniqueViolation, lockForUpdate, nextInSequence, uniqueViolationField } from './writes';
export { loadExisting, requireExisting, requireValid } from './lookups';
export { OwnerUnavailableError, createOwnerChecks, type OwnerChecks, type OwnerSubgraph } from './owners';
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
