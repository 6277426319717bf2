import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestPurpose, Viewer } from '../auth/viewer';
import type { SubgraphMetrics } from '../metrics/subgraph-metrics';
import { AuditAction } from './audit-entry.entity';
import { appendAuditEntries, type AuditRecord } from './append-audit-entries';

export interface AuditedRequest extends RequestPurpose {
  readonly requestId: string;
  readonly viewer: Viewer;
}

/**
 * One request's audit trail. Writes go through `write`, which records the
 * mutation in the same transaction as its changes; reads of unmasked
 * personal data are collected while the query runs and appended once, before
 * the response leaves (`flushReads`), one entry per person.
 */
export class AuditTrail {
  private readonly reads = new Map<string | null, Set<string>>();

  constructor(
    private readonly db: DataSource,
    private readonly request: AuditedRequest,
    private readonly metrics?: SubgraphMetrics,
  ) {}

  /**
   * Runs a mutation's changes in one transaction and appends its audit entry
   * to the same transaction: both commit, or neither does. `person` is the
   * pseudonym of the resident the write concerns, if any.
   */
  write<T>(info: GraphQLResolveInfo, work: (manager: EntityManager) => Promise<T>, person: string | null = null): Promise<T> {
    return this.db.transaction(async (manager) => {
      const result = await work(manager);
      await this.measured(appendAuditEntries(manager, [this.record(AuditAction.WRITE, [`${info.parentType.name}.${info.fieldName}`], person)]));
      return result;
    });
  }

  /** Notes that `coordinate` (Person.phone) of `person` left the service unmasked. */
  recordRead(coordinate: string, person: string | null): void {
    let coordinates = this.reads.get(person);
    if (coordinates === undefined) this.reads.set(person, (coordinates = new Set()));
    coordinates.add(coordinate);
  }

  get pendingReads(): number {
    return this.reads.size;
  }

  /** Appends the collected reads in one transaction; called once the query has run, before the response is sent. */
  async flushReads(): Promise<void> {
    if (this.reads.size === 0) return;
    const records = [...this.reads].map(([person, coordinates]) => this.record(AuditAction.READ, [...coordinates].sort(), person));
    this.reads.clear();
    await this.measured(this.db.transaction((manager) => appendAuditEntries(manager, records)));
  }

  /** An append's outcome and latency (waiting for the chain head included) for the audit metrics. */
  private async measured(append: Promise<void>): Promise<void> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      await append;
      this.metrics?.auditAppend(true, seconds());
    } catch (error) {
      this.metrics?.auditAppend(false, seconds());
      throw error;
    }
  }

  private record(action: AuditAction, coordinates: readonly string[], person: string | null): AuditRecord {
    const { requestId, viewer, purpose, operationName } = this.request;
    return {
      recordedAt: new Date().toISOString(),
      requestId,
      subject: viewer.subject,
      agency: viewer.agency,
      purpose,
      operationName,
      action,
      coordinates: coordinates.join(','),
      person,
    };
  }
}
