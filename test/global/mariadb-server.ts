import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
import { onFreePorts } from '@governance/testkit/free-ports';

/** Debian's mariadb-server puts these here. */
export const MARIADBD = '/usr/sbin/mariadbd';
export const MARIADB_INSTALL_DB = '/usr/bin/mariadb-install-db';

export function mariaDbInstalled(): boolean {
  return fs.existsSync(MARIADBD) && fs.existsSync(MARIADB_INSTALL_DB);
}

export interface MariaDbServer {
  readonly port: number;
  readonly socket: string;
  readonly pid: number;
  admin(): Promise<Connection>;
  /** Sends a signal and waits for the server to exit (SIGKILL: a crash, nothing flushed on the way out). */
  kill(signal: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
  /**
   * How the server ended when nobody asked it to (neither `kill` nor `stop`),
   * with the end of its error log; undefined while it runs or after it was
   * stopped. Its error log is in the directory the caller removes, so this is
   * the only account of a crash left.
   */
  unexpectedExit(): string | undefined;
}

export interface MariaDbOptions {
  /** Start on a data directory an earlier server in `directory` left (after a crash, say), on the same port. */
  readonly restartOn?: number;
}

/**
 * A throwaway MariaDB: a fresh data directory, loopback only, utf8mb4 by
 * default, root reachable only through its Unix socket.
 */
export async function startMariaDb(directory: string, options: MariaDbOptions = {}): Promise<MariaDbServer> {
  const dataDir = path.join(directory, 'data');
  if (options.restartOn === undefined) {
    const install = spawnSync(MARIADB_INSTALL_DB, ['--no-defaults', `--datadir=${dataDir}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], {
      encoding: 'utf8',
    });
    if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stderr}`);
  }
  // mariadbd cannot take port 0 (it means 3306): a fresh server goes on a free port, and on another when that one was taken before it bound.
  return options.restartOn === undefined ? onFreePorts(1, ([port]) => serveOn(directory, port)) : serveOn(directory, options.restartOn);
}

/** mariadbd on the data directory in `directory`, resolving once root can connect through the socket. */
async function serveOn(directory: string, port: number): Promise<MariaDbServer> {
  const dataDir = path.join(directory, 'data');
  const socket = path.join(directory, 'mariadb.sock');
  const errorLog = path.join(directory, 'error.log');
  // A fresh log for this start: an earlier attempt's "Address already in use" is not this one's.
  fs.rmSync(errorLog, { force: true });
  const server: ChildProcess = spawn(
    MARIADBD,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      '--user=root',
      `--pid-file=${path.join(directory, 'mariadb.pid')}`,
      `--log-error=${errorLog}`,
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=128M',
      '--innodb-flush-log-at-trx-commit=2',
      '--max-connections=500',
    ],
    { stdio: 'ignore', detached: false },
  );
  const admin = () => createConnection({ socketPath: socket, user: 'root', multipleStatements: true, charset: 'utf8mb4_unicode_ci' });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await (await admin()).end();
      break;
    } catch (error) {
      if (server.exitCode !== null || Date.now() > deadline) {
        server.kill('SIGKILL');
        const log = fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : '';
        throw new Error(`mariadbd did not start: ${(error as Error).message}\n${log}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  let asked = false;
  let unexpected: string | undefined;
  server.once('exit', (code, signal) => {
    if (asked) return;
    unexpected = `mariadbd (pid ${server.pid}) exited by itself with code ${code}, signal ${signal}; the end of ${errorLog}:\n${logTail(errorLog)}`;
  });
  const end = async (signal: NodeJS.Signals) => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    asked = true;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill(signal);
    await exited;
  };
  return {
    port,
    socket,
    pid: server.pid ?? 0,
    admin,
    kill: end,
    stop: () => end('SIGTERM'),
    unexpectedExit: () => unexpected,
  };
}

/** The last lines of a server's error log, where it says why it stopped. */
function logTail(file: string, lines = 40): string {
  if (!fs.existsSync(file)) return '(no error log)';
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
