/** A started service that can be stopped. */
export interface StoppableService {
  readonly name: string;
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
        console.log(`${name}: ${signal} received, finishing in-flight requests`);
        service.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(`${name}: unclean stop:`, error);
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    },
    (error: unknown) => {
      console.error(`${name}: failed to start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
