/**
 * How long a suite's beforeAll or afterAll may take unless it says
 * otherwise (test/global/hook-timeout.ts applies it to every suite). Hooks
 * start and stop whole stacks: six services with their databases and a
 * gateway, some a browser, mariadbd or Prometheus. Under a CI load average
 * of ~15 a start took over 60 s (contract.e2e.ts). Tests keep jest's
 * testTimeout, so a slow test is still caught.
 */
export const HOOK_TIMEOUT_MS = 240_000;

/**
 * A stack start gives up this long after it began, naming the services
 * still starting, a little before its hook would time out with nothing
 * but "Exceeded timeout".
 */
export const STACK_START_LIMIT_MS = HOOK_TIMEOUT_MS - 20_000;
