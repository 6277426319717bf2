export { OwnerUnavailableError, createOwnerChecks, type OwnerChecks, type OwnerSubgraph } from './owner-checks';
