export { ACCEPTED_CHANGES_FILE, readAcceptedChanges, type AcceptedChange } from './accepted-changes';
export { checkBureau, type BrokenOperation, type BureauCheckOptions, type BureauCheckReport, type OperationRef, type SchemaChange } from './check-bureau';
export { formatReport } from './format-report';
export { operationCoordinates, touches } from './operation-coordinates';
