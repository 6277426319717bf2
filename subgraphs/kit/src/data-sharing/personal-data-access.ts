import type { DataSource } from 'typeorm';
import type { StatedPurpose } from '../auth/purpose';
import type { Viewer } from '../auth/viewer';
import { suzhouToday } from '../input/dates';
import { decideAccess, type AccessDecision } from './access-decision';
import { AgreementRecord } from './data-sharing.entity';
import type { DataSharingPolicy, MaskReason } from './policy';
import type { MaskedField, PersonalDataReport, UnmaskedField } from './personal-data-report';

export interface PersonalDataRequest {
  readonly owner: string;
  readonly policy: DataSharingPolicy;
  readonly viewer: Viewer;
  readonly purpose: StatedPurpose | null;
}

/**
 * One request's decisions about personal fields, per coordinate: the same
 * answer for every row, and the agreements' state read at most once per
 * request (one statement, at the first field an agreement decides), so a
 * suspension holds on every instance from the next request on.
 */
export class PersonalDataAccess {
  private readonly decisions = new Map<string, Promise<AccessDecision>>();
  private suspendedNumbers: Promise<ReadonlySet<string>> | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly request: PersonalDataRequest,
    /** The day access is decided on: today in Suzhou unless given, worked out at the first decision (most requests take none). */
    private today?: string,
  ) {}

  decide(coordinate: string): Promise<AccessDecision> {
    let decision = this.decisions.get(coordinate);
    if (decision === undefined) {
      decision = decideAccess({ ...this.request, coordinate, today: (this.today ??= suzhouToday()) }, () => this.suspended());
      this.decisions.set(coordinate, decision);
    }
    return decision;
  }

  /** What the response's extension says, or null when no personal field was asked for. */
  async report(): Promise<PersonalDataReport | null> {
    if (this.decisions.size === 0) return null;
    const { owner } = this.request;
    const masked: MaskedField[] = [];
    const unmasked: UnmaskedField[] = [];
    for (const [coordinate, pending] of [...this.decisions].sort(([a], [b]) => a.localeCompare(b))) {
      const decision = await pending.catch(() => null);
      if (decision === null) continue;
      if (decision.unmasked) unmasked.push({ coordinate, owner, agreement: decision.agreement });
      else masked.push({ coordinate, owner, reason: decision.reason, message: this.explain(coordinate, decision.reason) });
    }
    return { masked, unmasked };
  }

  private suspended(): Promise<ReadonlySet<string>> {
    const { viewer } = this.request;
    if (viewer.kind !== 'staff') return Promise.resolve(new Set());
    this.suspendedNumbers ??= this.db
      .getRepository(AgreementRecord)
      .createQueryBuilder('a')
      .select('a.number', 'number')
      .where('a.requester = :requester', { requester: viewer.agency })
      .andWhere('a.suspended_at IS NOT NULL')
      .getRawMany<{ number: string }>()
      .then((rows) => new Set(rows.map((row) => row.number)));
    return this.suspendedNumbers;
  }

  private explain(coordinate: string, reason: MaskReason): string {
    const { owner, viewer, purpose } = this.request;
    const agency = viewer.kind === 'staff' ? viewer.agency : 'a resident';
    const agreement = `the ${owner} agreement with ${agency} that covers it for "${purpose?.code}"`;
    const why: Record<MaskReason, string> = {
      NO_PII_SCOPE: 'the token does not hold the "pii:read" scope',
      NO_PURPOSE: 'the request states no purpose (x-purpose)',
      UNKNOWN_PURPOSE: `${owner} has not registered the purpose "${purpose?.code}"`,
      OWNER_ONLY: `only ${owner}'s own staff may read it`,
      NO_AGREEMENT: `${owner} has no agreement with ${agency} that covers it for "${purpose?.code}"`,
      NOT_YET_VALID: `${agreement} is not in force yet`,
      EXPIRED: `${agreement} has expired`,
      SUSPENDED: `${owner} has suspended ${agreement}`,
    };
    return `${coordinate} is masked: ${why[reason]}`;
  }
}
