import type { DataSource } from 'typeorm';
import { AuditChainHead } from '../audit/audit-entry.entity';
import type { ChainHead } from '../audit/append-audit-entries';
import type { HeadListener } from '../audit/audit-trail';
import type { AuditHeadConfig } from '../config';
import type { Logger } from '../log';
import { postToPeer, type PeerEndpoint } from '../peers';
import { signHead } from './signed-head';

/** Where a subgraph receives other agencies' signed heads. */
export const WITNESS_PATH = '/audit/witness';

export interface HeadPublisherOptions {
  readonly agency: string;
  readonly db: DataSource;
  readonly config: AuditHeadConfig;
  readonly peers: ReadonlyMap<string, PeerEndpoint>;
  readonly timeoutMs: number;
  readonly log?: Logger;
}

/**
 * Signs this agency's chain head and sends it to every other agency to keep:
 * every `intervalMs` when the chain has grown, and at once when `everyEntries`
 * entries were appended since the last head sent. A peer that does not
 * answer is sent the then-current head next time; nothing waits for peers,
 * and a request never fails because a witness is away.
 */
export class HeadPublisher implements HeadListener {
  private lastSent = 0;
  /** The highest sequence each peer acknowledged. */
  private readonly delivered = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: HeadPublisherOptions) {
    if (!options.config.enabled) return;
    this.timer = setInterval(() => void this.publishCurrent(), options.config.intervalMs);
    this.timer.unref();
  }

  appended(head: ChainHead): void {
    if (!this.options.config.enabled || head.sequence - this.lastSent < this.options.config.everyEntries) return;
    // publish() catches each peer's failure itself: nothing to wait for here.
    void this.track(this.publish(head));
  }

  /** Signs the head as the database has it now and sends it to every peer that has not acknowledged it (once heads already on their way have arrived). */
  async publishCurrent(): Promise<void> {
    await Promise.all(this.inFlight);
    const head = await this.options.db.getRepository(AuditChainHead).findOneBy({ id: 1 });
    if (head === null || head.sequence === 0) return;
    const behind = [...this.options.peers.keys()].some((peer) => (this.delivered.get(peer) ?? 0) < head.sequence);
    if (behind) await this.track(this.publish(head));
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    await Promise.all(this.inFlight);
  }

  private track(work: Promise<void>): Promise<void> {
    const tracked = work.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    return tracked;
  }

  private async publish(head: ChainHead): Promise<void> {
    const { agency, config, peers, timeoutMs } = this.options;
    this.lastSent = Math.max(this.lastSent, head.sequence);
    const signed = signHead(agency, head, config.signingKey);
    await Promise.all(
      [...peers].map(async ([peer, endpoint]) => {
        if ((this.delivered.get(peer) ?? 0) >= head.sequence) return;
        try {
          const answer = await postToPeer(new URL(WITNESS_PATH, endpoint.url).href, endpoint.secret, signed, timeoutMs);
          if (answer.status !== 204) throw new Error(`HTTP ${answer.status}`);
          this.delivered.set(peer, Math.max(this.delivered.get(peer) ?? 0, head.sequence));
        } catch (error) {
          this.options.log?.warn({ peer, sequence: head.sequence, err: error }, 'audit head not delivered; the peer gets a later head');
        }
      }),
    );
  }
}
