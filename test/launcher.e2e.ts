import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { agencyManifest } from '@governance/kit/agencies';
import { probeOk } from '@governance/kit/http';
import { parseLogLines } from './support/log-lines';
import { LAUNCHER, launcherEnv, launcherPorts, startLauncher } from './support/launcher';
import { childrenOf, stillRunning } from './support/processes';

const AGENCIES = agencyManifest().agencies.map((agency) => agency.name);

/** Ports the Fetch standard calls bad (browsers and Node's fetch refuse them) that a user may pick without privileges. */
const FETCH_REFUSED_PORTS = [6000, 6665, 6666, 6667, 6668, 6669, 6697, 10080];

/** One of FETCH_REFUSED_PORTS that nothing listens on now (and that this Node's fetch does refuse). */
async function freeFetchRefusedPort(): Promise<number> {
  for (const port of FETCH_REFUSED_PORTS) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    const refused = await fetch(`http://127.0.0.1:${port}/`).then(
      () => false,
      (error: unknown) => ((error as Error).cause as Error | undefined)?.message === 'bad port',
    );
    if (free && refused) return port;
  }
  throw new Error(`none of ${FETCH_REFUSED_PORTS.join(', ')} is free here`);
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** `npm start`'s launcher as a terminal runs it: its ports checked first, Ctrl-C to the whole foreground process group, a launcher that dies. */
describe('npm start: ports and signals', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-launcher-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start while another process holds one of its ports, naming the variable that moves it, and starts nothing', async () => {
    const ports = await launcherPorts(AGENCIES);
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(ports['industry-associations'], '127.0.0.1', resolve));
    try {
      const emptyDir = path.join(dataDir, 'never-written');
      const launcher = spawn(process.execPath, [LAUNCHER], { env: launcherEnv(emptyDir, ports), stdio: ['ignore', 'pipe', 'pipe'] });
      const output: string[] = [];
      launcher.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      launcher.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      expect(await exitOf(launcher)).toBe(1);
      const text = output.join('');
      expect(text).toContain(`port ${ports['industry-associations']} (industry-associations) is in use by another process`);
      expect(text).toMatch(/INDUSTRY_ASSOCIATIONS_PORT=\d+ npm start/);
      expect(text).not.toContain('The platform is up');
      // Nothing started: no service created its database.
      expect(fs.existsSync(emptyDir)).toBe(false);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  }, 60_000);

  it("serves the gateway on a port Node's fetch refuses, and on Ctrl-C stops the gateway before any subgraph begins to stop", async () => {
    // Below the range outgoing connections draw from: nothing takes it between this check and the gateway's bind.
    const gateway = await freeFetchRefusedPort();
    // Its own process group, as a shell runs a foreground job: the signal goes to the whole group, as Ctrl-C does.
    const started = await startLauncher(AGENCIES, (chosen) => ({ ...launcherEnv(dataDir, { ...chosen, gateway }), LOG_LEVEL: 'info' }), { detached: true });
    const { launcher, output } = started;
    const ports = { ...started.ports, gateway };
    expect(output.join('')).toContain(`http://localhost:${ports.gateway}/graphql`);
    expect(await probeOk(new URL(`http://127.0.0.1:${ports.gateway}/ready`), 5_000)).toBe(true);

    process.kill(-launcher.pid!, 'SIGINT');
    expect(await exitOf(launcher)).toBe(0);
    const lines = parseLogLines(output.join(''));
    const at = (service: string, msg: string) => lines.find((line) => line.service === service && line.msg === msg)?.time as string | undefined;
    const gatewayStopped = at('gateway', 'stopped');
    expect(gatewayStopped).toBeDefined();
    for (const agency of AGENCIES) {
      const began = at(agency, 'signal received, finishing in-flight requests');
      expect({ agency, began: began !== undefined && began >= gatewayStopped! }).toEqual({ agency, began: true });
      expect(at(agency, 'stopped')).toBeDefined();
    }
    // Each service was asked once, by the launcher (SIGTERM), not by the terminal's SIGINT.
    expect(lines.filter((line) => line.msg === 'signal received, finishing in-flight requests').map((line) => line.signal)).toEqual(Array(AGENCIES.length + 1).fill('SIGTERM'));
  }, 180_000);

  it('stops every service when the launcher itself dies', async () => {
    const { launcher, ports } = await startLauncher(['gateway', ...AGENCIES], (chosen) => launcherEnv(dataDir, chosen), { detached: true });
    const services = childrenOf(launcher.pid!);
    expect(services).toHaveLength(AGENCIES.length + 1);
    launcher.kill('SIGKILL');
    await exitOf(launcher);
    const left = await stillRunning(services, 60_000);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left).toEqual([]);
    for (const port of Object.values(ports)) expect(await probeOk(new URL(`http://127.0.0.1:${port}/health`), 1_000)).toBe(false);
  }, 180_000);
});
