import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { currentRequest } from './request-scope';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerSettings {
  /** The service (`gateway`, `commerce-bureau`) or tool (`seed`) every line names. */
  readonly service: string;
  readonly level: LogLevel;
  /** Where lines go: stdout by default (JSON, one object a line); a tool passes stderr or a pretty printer. */
  readonly destination?: DestinationStream;
}

/**
 * The one logger of every service and tool: JSON lines with an ISO time, the
 * level as a word, the service, and — for anything logged while a request is
 * being served — that request's id, so that `grep <id>` finds the request's
 * every line in every service it touched. pino formats a line in about a
 * microsecond and writes asynchronously in batches (sonic-boom), so the
 * per-request access line costs next to nothing on the hot path.
 */
export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    base: { service: settings.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Lines logged inside a request carry its id without every caller passing it along.
    mixin: () => {
      const request = currentRequest();
      return request === undefined ? {} : { requestId: request.requestId };
    },
  };
  return settings.destination === undefined ? pino(options) : pino(options, settings.destination);
}
