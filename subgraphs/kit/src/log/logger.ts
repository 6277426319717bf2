import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

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
 * level as a word and the service. Whatever is logged about a request names
 * its `requestId` (the access line, errors, SQL lines), so that `grep <id>`
 * finds the request's every line in every service it touched; callers pass
 * it, since no async scope follows a request around (see dataSourceFor). pino formats a line in about a
 * microsecond; stdout is written in batches of 4 KB or every second,
 * whichever comes first: one write per line (pino's default) put an
 * asynchronous fs.write on every request's access line, 4-6% of the
 * gateway's CPU on small operations. A line waits at most a second; on exit
 * (a crash included) pino writes what is left, and only a kill -9 can lose
 * the last second.
 */
export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    base: { service: settings.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return pino(options, settings.destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 }));
}
