import { HeaderMap } from '@apollo/server';
import { viewerAgency, type Viewer } from '@governance/kit/auth';
import type { EnvReader } from '@governance/kit/env';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GatewayMetrics } from './gateway-metrics';

/** Requests per window for one token subject and for one agency's tokens together; 0 turns a limit off. */
export interface RateLimitConfig {
  readonly perSubject: number;
  readonly perAgency: number;
  readonly windowSeconds: number;
}

export function readRateLimitConfig(read: EnvReader): RateLimitConfig {
  return {
    perSubject: read.integer('RATE_LIMIT_PER_SUBJECT', 600, { min: 0, max: 10_000_000 }),
    perAgency: read.integer('RATE_LIMIT_PER_AGENCY', 6_000, { min: 0, max: 100_000_000 }),
    windowSeconds: read.integer('RATE_LIMIT_WINDOW_SECONDS', 60, { min: 1, max: 86_400 }),
  };
}

/** Checks one request against the limits; throws the 429 refusal when it goes over. */
export type RateLimit = (viewer: Viewer) => Promise<void>;

/**
 * Per-subject and per-agency limits at the gateway, after the token is
 * verified and before anything is parsed (rate-limiter-flexible, fixed
 * windows counted in this process's memory). Several gateways behind a load
 * balancer each count their own share: give each its share of the limit, or
 * swap RateLimiterMemory for the library's Redis or MySQL store (same
 * interface) to count once for all. A refusal is HTTP 429 with Retry-After
 * in seconds.
 */
export function createRateLimit(config: RateLimitConfig, metrics: GatewayMetrics): RateLimit {
  const limits = [
    { name: 'subject' as const, points: config.perSubject, key: (viewer: Viewer) => `${viewerAgency(viewer)}/${viewer.subject}` },
    { name: 'agency' as const, points: config.perAgency, key: (viewer: Viewer) => viewerAgency(viewer) },
  ]
    .filter((limit) => limit.points > 0)
    .map((limit) => ({ ...limit, limiter: new RateLimiterMemory({ points: limit.points, duration: config.windowSeconds }) }));
  return async (viewer) => {
    for (const limit of limits) {
      try {
        await limit.limiter.consume(limit.key(viewer));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        metrics.limited(limit.name);
        throw tooManyRequests(limit.name, limit.points, config.windowSeconds, rejection.msBeforeNext);
      }
    }
  };
}

function tooManyRequests(limit: 'subject' | 'agency', points: number, windowSeconds: number, msBeforeNext: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const whose = limit === 'subject' ? "this token's subject" : "this agency's tokens together";
  return new GraphQLError(`Rate limit exceeded: ${whose} may send ${points} requests per ${windowSeconds} s; retry in ${retryAfter} s`, {
    extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) } },
  });
}
