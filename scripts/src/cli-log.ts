import { createLogger, type Logger } from '@governance/kit/observability';
import PinoPretty from 'pino-pretty';

/** How a person reads log lines in a terminal: time, level, service, message, then the line's fields. */
const PRETTY_OPTIONS = { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', messageFormat: '{service} {msg}', singleLine: true } as const;

/**
 * The logger of a command-line tool (npm start, npm run seed ...): to
 * stderr, so that what a tool prints on stdout (a token, a report) stays
 * clean; human-readable when stderr is a terminal, JSON lines otherwise.
 */
export function cliLogger(tool: string): Logger {
  const destination = process.stderr.isTTY ? PinoPretty({ ...PRETTY_OPTIONS, destination: 2, sync: true }) : process.stderr;
  return createLogger({ service: tool, level: 'info', destination });
}

/** Turns one JSON log line into the human-readable form (for `npm start` in a terminal). */
export function prettyLine(): (line: string) => string {
  return PinoPretty.prettyFactory(PRETTY_OPTIONS);
}
