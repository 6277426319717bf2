import { createLogger, type Logger } from '../log';

/** A started service that can be stopped. */
export interface StoppableService {
  readonly name: string;
  /** The service's logger: its lifecycle lines go there too. */
  readonly log: Logger;
  stop(): Promise<void>;
}

/**
 * The body of every service's `index.ts`: start it, report a start-up
 * failure in one line and exit 1, and stop it cleanly on SIGTERM or SIGINT.
 */
export function runService(name: string, start: () => Promise<StoppableService>): void {
  start().then(
    (service) => {
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) return;
        stopping = true;
        service.log.info({ signal }, 'signal received, finishing in-flight requests');
        service.stop().then(
          () => {
            // The line that shows when a service was done: `npm start` stops the gateway before any subgraph begins to stop.
            service.log.info('stopped');
            exitAfterFlush(service.log, 0);
          },
          (error: unknown) => {
            service.log.error({ err: error }, 'unclean stop');
            exitAfterFlush(service.log, 1);
          },
        );
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    },
    (error: unknown) => {
      // The configuration (and so LOG_LEVEL) may be what failed: this line is always written.
      const log = createLogger({ service: name, level: 'info' });
      log.fatal({ reason: error instanceof Error ? error.message : String(error) }, 'failed to start');
      exitAfterFlush(log, 1);
    },
  );
}

/**
 * pino writes asynchronously: the last lines must reach stdout before the
 * process ends. A stdout nobody reads any more (the pipe of an `npm start`
 * that was killed) never drains, so the wait is bounded.
 */
function exitAfterFlush(log: Logger, code: number): void {
  setTimeout(() => process.exit(code), FLUSH_WAIT_MS);
  log.flush(() => process.exit(code));
}

const FLUSH_WAIT_MS = 2_000;
