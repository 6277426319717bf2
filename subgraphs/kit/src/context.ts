import type { DataSource } from 'typeorm';
import type { AuditTrail } from './audit';
import type { StatedPurpose } from './auth/purpose';
import type { Viewer } from './auth/viewer';
import type { SubgraphConfig } from './config';
import type { RequestRecord } from './log';
import type { SubgraphMetrics } from './metrics/subgraph-metrics';
import type { PersonalDataAccess } from './data-sharing/personal-data-access';
import type { OwnerChecks } from './owners';
import type { ForwardedRequest } from './peers';

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
  /** The stated purpose (x-purpose): a registered purpose code and a case reference. */
  readonly purpose: StatedPurpose | null;
  /** The call carried this subgraph's secret: it comes from the gateway or a fellow agency's service. */
  readonly fromGateway: boolean;
  /** Writes and unmasked reads of personal data, recorded in the agency's audit log. */
  readonly audit: AuditTrail;
  /** This request's decisions about personal fields: the owner's policy, the agreements' state read once. */
  readonly personalData: PersonalDataAccess;
  readonly loaders: TLoaders;
  readonly db: DataSource;
  /** Whether another agency's entity exists, asked of that agency. */
  readonly owners: OwnerChecks;
  /** Counters for what resolvers do that the operator should see (personal fields masked or shown). */
  readonly metrics: SubgraphMetrics;
  /** What calls to other agencies on behalf of this request carry: its token and id. */
  readonly forwarded: ForwardedRequest;
  /** The subgraph's validated configuration (for example the pseudonym key). */
  readonly config: SubgraphConfig;
}
