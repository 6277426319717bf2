import type { GraphQLError, GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { viewerAgency, type RequestPurpose, type Viewer } from '../auth/viewer';
import { MAX_OPERATION_NAME_LENGTH, isOperationName } from '../http/operation-name';
import type { SubgraphMetrics } from '../metrics/subgraph-metrics';
import { duplicateError, isUniqueViolation, uniqueViolationField } from '../writes/unique-violation';
import { AuditAction } from './audit-entry.entity';
import { appendAuditEntries, type AuditRecord, type ChainHead } from './append-audit-entries';

/** Told of every head the trail's appends commit: signs and sends it to the other agencies when due. */
export interface HeadListener {
  appended(head: ChainHead): void;
}

/** What the audit log records about the request behind an entry. */
export interface AuditedRequest extends RequestPurpose {
  /** Minted by the gateway (or by this subgraph for a direct caller): never the client's. */
  readonly requestId: string;
  /** The client's own x-request-id, sanitised; null when it sent none. */
  readonly clientRequestId: string | null;
  readonly viewer: Viewer;
  /** SHA-256 of the executed document, when the gateway forwarded it; a direct call's is noted once parsed (`noteOperation`). */
  readonly documentHash: string | null;
}

export interface WriteOptions {
  /** The pseudonym of the resident the write concerns, if any: the entry is found by them. */
  readonly person?: string | null;
  /**
   * What a write that lost a race for a unique value answers, given the
   * property of the violated key, when the kit's own answer (BAD_USER_INPUT
   * naming that property) would not name what the client sent: a key
   * derived from an ID number, an argument called otherwise.
   */
  readonly duplicate?: (property: string | null) => GraphQLError;
  /** The data-sharing agreement the write concerns (its suspension), recorded in the entry's agreement column. */
  readonly agreement?: string;
}

/** The reads of one person under one agreement (null: the owner's own staff): one entry. */
interface PendingRead {
  readonly person: string | null;
  readonly agreement: string | null;
  readonly coordinates: Set<string>;
}

/**
 * One request's audit trail. Writes go through `write`, which records the
 * mutation in the same transaction as its changes; reads of unmasked
 * personal data are collected while the query runs and appended once, before
 * the response leaves (`flushReads`), one entry per person and agreement.
 */
export class AuditTrail {
  private readonly reads = new Map<string, PendingRead>();
  private documentHash: string | null;
  private operationName: string | null;

  constructor(
    private readonly db: DataSource,
    private readonly request: AuditedRequest,
    private readonly metrics?: SubgraphMetrics,
    private readonly heads?: HeadListener,
  ) {
    this.documentHash = request.documentHash;
    this.operationName = request.operationName;
  }

  /**
   * What a direct caller ran, once this subgraph has parsed it: the hash of
   * the document and the operation's name (as long as a client's may be).
   * Behind the gateway both were forwarded instead.
   */
  noteOperation(documentHash: string, operationName: string | undefined): void {
    this.documentHash ??= documentHash;
    if (isOperationName(operationName, MAX_OPERATION_NAME_LENGTH)) this.operationName ??= operationName;
  }

  /**
   * Runs a mutation's changes in one transaction and appends its audit entry
   * to the same transaction: both commit, or neither does. A unique
   * violation (a concurrent request wrote the same key first) is the
   * client's BAD_USER_INPUT naming the field, never an internal error.
   */
  async write<T>(info: GraphQLResolveInfo, work: (manager: EntityManager) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    try {
      const { result, head } = await this.db.transaction(async (manager) => {
        const done = await work(manager);
        return {
          result: done,
          head: await this.measured(
            appendAuditEntries(manager, [this.record(AuditAction.WRITE, [`${info.parentType.name}.${info.fieldName}`], options.person ?? null, options.agreement ?? null)]),
          ),
        };
      });
      // Only a committed head may be witnessed.
      if (head !== null) this.heads?.appended(head);
      return result;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw options.duplicate?.(uniqueViolationField(error, this.db)) ?? duplicateError(error, this.db);
    }
  }

  /** Notes that `coordinate` (Person.phone) of `person` left the service unmasked, under `agreement` (null: to the owner's own staff). */
  recordRead(coordinate: string, person: string | null, agreement: string | null): void {
    const key = JSON.stringify([person, agreement]);
    let read = this.reads.get(key);
    if (read === undefined) this.reads.set(key, (read = { person, agreement, coordinates: new Set() }));
    read.coordinates.add(coordinate);
  }

  get pendingReads(): number {
    return this.reads.size;
  }

  /** Appends the collected reads in one transaction; called once the query has run, before the response is sent. */
  async flushReads(): Promise<void> {
    if (this.reads.size === 0) return;
    const records = [...this.reads.values()].map((read) => this.record(AuditAction.READ, [...read.coordinates].sort(), read.person, read.agreement));
    this.reads.clear();
    const head = await this.measured(this.db.transaction((manager) => appendAuditEntries(manager, records)));
    if (head !== null) this.heads?.appended(head);
  }

  /** An append's outcome and latency (waiting for the chain head included) for the audit metrics. */
  private async measured<T>(append: Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const head = await append;
      this.metrics?.auditAppend(true, seconds());
      return head;
    } catch (error) {
      this.metrics?.auditAppend(false, seconds());
      throw error;
    }
  }

  private record(action: AuditAction, coordinates: readonly string[], person: string | null, agreement: string | null): AuditRecord {
    const { requestId, clientRequestId, viewer, purpose } = this.request;
    return {
      recordedAt: new Date().toISOString(),
      requestId,
      clientRequestId,
      subject: viewer.subject,
      agency: viewerAgency(viewer),
      purpose: purpose?.code ?? null,
      caseReference: purpose?.caseReference ?? null,
      agreement,
      operationName: this.operationName,
      documentHash: this.documentHash,
      action,
      coordinates: coordinates.join(','),
      person,
    };
  }
}
