import { HOOK_TIMEOUT_MS } from '../support/timeouts';

/**
 * jest setupFilesAfterEnv: every suite's beforeAll and afterAll get
 * HOOK_TIMEOUT_MS unless they pass their own. Jest has one timeout for
 * tests and hooks alike; this gives the hooks that start stacks room on a
 * loaded machine without giving a slow test the same.
 */
for (const hook of ['beforeAll', 'afterAll'] as const) {
  const register = globalThis[hook];
  globalThis[hook] = (fn, timeout) => register(fn, timeout ?? HOOK_TIMEOUT_MS);
}
