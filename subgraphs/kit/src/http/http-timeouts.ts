import type { EnvReader } from '../env';

/**
 * How long a client may take, so that a slow or stalled one cannot hold a
 * socket (and the file descriptor and memory behind it) for ever. Every
 * service reads the same variables.
 */
export interface HttpTimeouts {
  /** From a request's first byte to the end of its headers (HTTP_HEADERS_TIMEOUT_MS); then 408 and the socket is closed. */
  readonly headersMs: number;
  /** From a request's first byte to the end of its body (HTTP_REQUEST_TIMEOUT_MS); the time to answer is not counted. */
  readonly requestMs: number;
  /**
   * How long an idle keep-alive socket stays open (HTTP_KEEP_ALIVE_TIMEOUT_MS).
   * Longer than the gateway's pool keeps idle sockets (30 s) and than a load
   * balancer's usual idle timeout (60 s): the side that closes first must be
   * the client, or a request may be sent on a socket the server is closing.
   */
  readonly keepAliveMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 65_000 };

export function readHttpTimeouts(read: EnvReader): HttpTimeouts {
  const timeouts = {
    headersMs: read.integer('HTTP_HEADERS_TIMEOUT_MS', DEFAULT_HTTP_TIMEOUTS.headersMs, { min: 100, max: 600_000 }),
    requestMs: read.integer('HTTP_REQUEST_TIMEOUT_MS', DEFAULT_HTTP_TIMEOUTS.requestMs, { min: 100, max: 3_600_000 }),
    keepAliveMs: read.integer('HTTP_KEEP_ALIVE_TIMEOUT_MS', DEFAULT_HTTP_TIMEOUTS.keepAliveMs, { min: 1_000, max: 600_000 }),
  };
  // Node refuses a server whose headers may take longer than the whole request.
  if (timeouts.headersMs > timeouts.requestMs) read.problem(`HTTP_HEADERS_TIMEOUT_MS (${timeouts.headersMs}) must not exceed HTTP_REQUEST_TIMEOUT_MS (${timeouts.requestMs})`);
  return timeouts;
}
