import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postGraphQL } from './support/graphql-client';
import { LAUNCHER, freePort, waitForOutput } from './support/launcher';

/** `npm start` as a user runs it: the built launcher, five processes, Ctrl-C. */
describe('the one-command platform', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-platform-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts every service on SQLite, seeds it, answers a cross-agency query, and stops cleanly on SIGINT', async () => {
    expect(fs.existsSync(LAUNCHER)).toBe(true); // npm test builds first
    const ports = { gateway: await freePort(), cc: await freePort(), ps: await freePort(), ia: await freePort(), cb: await freePort() };
    const launcher = spawn(process.execPath, [LAUNCHER], {
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: dataDir,
        GATEWAY_PORT: String(ports.gateway),
        COMMUNITY_COMMITTEES_PORT: String(ports.cc),
        PUBLIC_SECURITY_PORT: String(ports.ps),
        INDUSTRY_ASSOCIATIONS_PORT: String(ports.ia),
        COMMERCE_BUREAU_PORT: String(ports.cb),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    await waitForOutput(launcher, /Press Ctrl-C/, output);
    expect(output.join('')).toContain(`http://localhost:${ports.gateway}/graphql`);
    // The analyst token it prints works as printed.
    const token = /^\s+(eyJ[\w-]+\.[\w-]+\.[\w-]+)$/m.exec(output.join(''))?.[1];
    expect(token).toBeDefined();

    const url = `http://127.0.0.1:${ports.gateway}/graphql`;
    const query = `{ community(code: "320506003001") { name enterprises { totalCount } } }`;
    expect((await postGraphQL(url, query)).status).toBe(401);
    const result = await postGraphQL<{ community: { name: string; enterprises: { totalCount: number } } }>(url, query, {}, { authorization: `Bearer ${token}` });
    // 368 manufacturers (the patrol's employers), two tea growers and two plastic-pellet processors.
    expect(result.data?.community).toEqual({ name: '洪庄社区', enterprises: { totalCount: 372 } });
    for (const name of ['community-committees', 'public-security', 'industry-associations', 'commerce-bureau']) {
      expect(fs.existsSync(path.join(dataDir, `${name}.sqlite`))).toBe(true);
    }

    const exit = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
    launcher.kill('SIGINT');
    expect(await exit).toBe(0);
    await expect(fetch(`http://127.0.0.1:${ports.gateway}/health`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${ports.cb}/health`)).rejects.toThrow();
  });
});
