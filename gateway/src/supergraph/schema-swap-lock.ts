/**
 * Requests share the gateway's schema; a swap takes it alone. While a swap
 * waits, new requests wait behind it (so a busy gateway cannot starve it),
 * and the swap waits for the requests in flight to finish on the schema they
 * started on. Requests wait only while a swap is pending, at most as long as
 * the longest request in flight (each subgraph call is cut off at
 * SUBGRAPH_TIMEOUT_MS).
 */
export class SchemaSwapLock {
  private inFlight = 0;
  private swap: Promise<void> | null = null;
  private drained: (() => void) | null = null;

  /** Runs one request on the schema as it is when it starts. */
  async shared<T>(request: () => Promise<T>): Promise<T> {
    while (this.swap !== null) await this.swap;
    this.inFlight += 1;
    try {
      return await request();
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.drained?.();
    }
  }

  /** Runs a swap once no request is in flight; requests that arrive meanwhile start after it. */
  async exclusive<T>(swap: () => T): Promise<T> {
    while (this.swap !== null) await this.swap;
    let done!: () => void;
    this.swap = new Promise((resolve) => (done = resolve));
    try {
      if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      return swap();
    } finally {
      this.drained = null;
      this.swap = null;
      done();
    }
  }
}
