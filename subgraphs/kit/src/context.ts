import type { DataSource } from 'typeorm';
import type { AuditTrail } from './audit';
import type { Viewer } from './auth/viewer';
import type { SubgraphConfig } from './config';
import type { RequestRecord } from './log';
import type { SubgraphMetrics } from './metrics/subgraph-metrics';
import type { OwnerChecks } from './owners';

/**
 * What every resolver of a subgraph receives. Loaders are created per request
 * so that batching and caching never cross requests or users.
 */
export interface SubgraphContext<TLoaders> {
  readonly requestId: string;
  /** What the request's access line and metrics will say; filled in as it is served. */
  readonly requestRecord: RequestRecord;
  /** The verified token: no request reaches a resolver without one. */
  readonly viewer: Viewer;
  /** The stated purpose (x-purpose), needed with `pii:read` for unmasked personal data. */
  readonly purpose: string | null;
  /** The call carried this subgraph's secret: it comes from the gateway or a fellow agency's service. */
  readonly fromGateway: boolean;
  /** Writes and unmasked reads of personal data, recorded in the agency's audit log. */
  readonly audit: AuditTrail;
  readonly loaders: TLoaders;
  readonly db: DataSource;
  /** Whether another agency's entity exists, asked of that agency. */
  readonly owners: OwnerChecks;
  /** Counters for what resolvers do that the operator should see (personal fields masked or shown). */
  readonly metrics: SubgraphMetrics;
  /** The subgraph's validated configuration (for example the pseudonym key). */
  readonly config: SubgraphConfig;
}
