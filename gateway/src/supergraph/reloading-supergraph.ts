import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@governance/kit/observability';
import type { SchemaSwapLock } from './schema-swap-lock';
import { supergraphProblem } from './validate-supergraph';

export type ReloadResult =
  | { readonly status: 'unchanged'; readonly sha256: string }
  | { readonly status: 'swapped'; readonly sha256: string; readonly previous: string }
  | { readonly status: 'refused'; readonly sha256: string; readonly kept: string; readonly problem: string };

export interface ReloadingSupergraphOptions {
  readonly file: string;
  /** The subgraphs the gateway can reach: a supergraph naming another is refused. */
  readonly subgraphs: ReadonlySet<string>;
  readonly lock: SchemaSwapLock;
  /** Reload when the file changes (fs.watch on its folder, so an editor's rename-over is seen too). */
  readonly watch: boolean;
  /** Where it says which supergraph it serves, swaps and refuses (with the file's sha256). */
  readonly log: Logger;
}

export interface ReloadingSupergraph {
  /** For ApolloGateway's `supergraphSdl`: its supported way to take a new supergraph without a restart. */
  readonly hook: SupergraphSdlHook;
  /** The sha256 of the supergraph being served. */
  readonly sha256: () => string;
  /** Reads the file again and serves it if it loads; otherwise keeps the one being served. */
  readonly reload: () => Promise<ReloadResult>;
}

const sha256Of = (sdl: string) => createHash('sha256').update(sdl).digest('hex');
const WATCH_SETTLE_MS = 100;

/**
 * The supergraph file as the gateway serves it: read and checked at start,
 * then again on every change of the file (or `reload()`, which SIGHUP calls).
 * A new file is checked before the gateway sees it and swapped in under the
 * schema lock, so requests in flight finish on the schema they started on; a
 * file that does not load is refused and the old supergraph stays. Each
 * outcome is logged with the file's sha256.
 */
export function createReloadingSupergraph(options: ReloadingSupergraphOptions): ReloadingSupergraph {
  const { log } = options;
  let served = '';
  let update: ((sdl: string) => void) | undefined;
  let queue: Promise<ReloadResult> = Promise.resolve({ status: 'unchanged', sha256: '' });

  const check = (sdl: string) => supergraphProblem(sdl, options.subgraphs);

  async function reloadNow(): Promise<ReloadResult> {
    let sdl: string;
    try {
      sdl = fs.readFileSync(options.file, 'utf8');
    } catch (error) {
      return refuse('', `it cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const sha256 = sha256Of(sdl);
    if (sha256 === served) return { status: 'unchanged', sha256 };
    const problem = check(sdl);
    if (problem !== null) return refuse(sha256, problem);
    try {
      await options.lock.exclusive(() => update?.(sdl));
    } catch (error) {
      return refuse(sha256, error instanceof Error ? error.message : String(error));
    }
    const previous = served;
    served = sha256;
    log.info({ supergraph: options.file, sha256, previous }, 'serving a new supergraph');
    return { status: 'swapped', sha256, previous };
  }

  function refuse(sha256: string, problem: string): ReloadResult {
    log.error({ supergraph: options.file, sha256: sha256 || null, kept: served, problem }, 'kept the supergraph being served: the new file does not load');
    return { status: 'refused', sha256, kept: served, problem };
  }

  const reload = () => (queue = queue.then(reloadNow, reloadNow));

  const hook: SupergraphSdlHook = async ({ update: gatewayUpdate }) => {
    const sdl = fs.readFileSync(options.file, 'utf8');
    const problem = check(sdl);
    if (problem !== null) throw new Error(`the supergraph ${options.file} does not load: ${problem}`);
    served = sha256Of(sdl);
    update = gatewayUpdate;
    log.info({ supergraph: options.file, sha256: served }, 'serving supergraph');
    const watcher = options.watch ? watchFile(options.file, () => void reload(), log) : undefined;
    return { supergraphSdl: sdl, cleanup: async () => watcher?.close() };
  };

  return { hook, sha256: () => served, reload };
}

/** Calls `changed` once a burst of changes to `file` has settled. */
function watchFile(file: string, changed: () => void, log: Logger): fs.FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher = fs.watch(path.dirname(file), { persistent: false }, (_event, name) => {
    if (name !== null && name !== path.basename(file)) return;
    clearTimeout(timer);
    timer = setTimeout(changed, WATCH_SETTLE_MS);
  });
  watcher.on('close', () => clearTimeout(timer));
  // A watcher whose folder went away stops; the gateway keeps serving, and SIGHUP still reloads.
  watcher.on('error', (error) => log.warn({ supergraph: file, err: error }, 'stopped watching the supergraph file; send SIGHUP to reload'));
  return watcher;
}
