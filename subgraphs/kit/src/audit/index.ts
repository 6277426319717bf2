export { AuditAction, AuditChainHead, AuditEntry } from './audit-entry.entity';
export { appendAuditEntries, type AuditRecord, type ChainHead } from './append-audit-entries';
export { CURRENT_HASH_VERSION, GENESIS_HASH, hashAuditEntry } from './audit-hash';
export { AuditEntryConnection, auditLogFieldName, auditLogResolver } from './audit-log.resolver';
export { AuditTrail, type AuditedRequest, type HeadListener } from './audit-trail';
export { CreateAuditLog1764460800000 } from './create-audit-log.migration';
export { AddAuditRequestFacts1764547200000 } from './add-audit-request-facts.migration';
export { AddAuditPurposeFacts1796163600000 } from './add-audit-purpose-facts.migration';
export { verifyAuditChain, type AuditChainReport } from './verify-audit-chain';
export { auditPlugin } from './audit-plugin';

import { AuditChainHead, AuditEntry } from './audit-entry.entity';
import { AddAuditPurposeFacts1796163600000 } from './add-audit-purpose-facts.migration';
import { AddAuditRequestFacts1764547200000 } from './add-audit-request-facts.migration';
import { CreateAuditLog1764460800000 } from './create-audit-log.migration';

/** What the kit adds to every subgraph's DataSource. */
export const AUDIT_ENTITIES = [AuditEntry, AuditChainHead];
export const AUDIT_MIGRATIONS = [CreateAuditLog1764460800000, AddAuditRequestFacts1764547200000, AddAuditPurposeFacts1796163600000];
