export { AuditAction, AuditChainHead, AuditEntry } from './audit-entry.entity';
export { appendAuditEntries, type AuditRecord } from './append-audit-entries';
export { GENESIS_HASH, hashAuditEntry } from './audit-hash';
export { AuditEntryConnection, auditLogFieldName, auditLogResolver } from './audit-log.resolver';
export { AuditTrail, type AuditedRequest } from './audit-trail';
export { CreateAuditLog1764460800000 } from './create-audit-log.migration';
export { verifyAuditChain, type AuditChainReport } from './verify-audit-chain';

import { AuditChainHead, AuditEntry } from './audit-entry.entity';
import { CreateAuditLog1764460800000 } from './create-audit-log.migration';

/** What the kit adds to every subgraph's DataSource. */
export const AUDIT_ENTITIES = [AuditEntry, AuditChainHead];
export const AUDIT_MIGRATIONS = [CreateAuditLog1764460800000];
export { auditReadsPlugin } from './audit-reads-plugin';
