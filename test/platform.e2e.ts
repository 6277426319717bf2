import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { agencyManifest } from '@governance/kit/agencies';
import { CASE_WORKER_TOKEN_COMMAND, DEVELOPMENT_ANALYST, DEVELOPMENT_ANALYST_DESCRIPTION } from '@governance/scripts/development-analyst';
import { planPlatform } from '@governance/scripts/platform-config';
import { postGraphQL } from '@governance/testkit/graphql-client';
import { LAUNCHER, launcherEnv, startLauncher } from './support/launcher';
import { childrenOf, commandLineOf } from './support/processes';

/** `npm start` as a user runs it: the built launcher, one process per agency and the gateway, Ctrl-C. */
describe('the one-command platform', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-platform-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts every service on SQLite, seeds it, answers a cross-agency query, and stops cleanly on SIGINT', async () => {
    expect(fs.existsSync(LAUNCHER)).toBe(true); // npm test builds first
    const agencies = agencyManifest().agencies.map((agency) => agency.name);
    const { launcher, ports, output } = await startLauncher(['gateway', ...agencies], (chosen) => launcherEnv(dataDir, chosen));
    expect(output.join('')).toContain(`http://localhost:${ports.gateway}/graphql`);
    // The analyst token it prints works as printed, and is the analyst the README describes: scope read only, personal data masked.
    expect(output.join('')).toContain(`An analyst's token (${DEVELOPMENT_ANALYST_DESCRIPTION}; ${DEVELOPMENT_ANALYST.expiresIn}), already filled in on both pages:`);
    expect(output.join('')).toContain(CASE_WORKER_TOKEN_COMMAND);
    const token = /^\s+(eyJ[\w-]+\.[\w-]+\.[\w-]+)$/m.exec(output.join(''))?.[1];
    expect(token).toBeDefined();
    expect(JSON.parse(Buffer.from(token!.split('.')[1], 'base64url').toString('utf8'))).toMatchObject({ agency: 'community-committees', scopes: ['read'], sub: 'analyst' });

    const url = `http://127.0.0.1:${ports.gateway}/graphql`;
    const query = `{ community(code: "320506003001") { name enterprises { totalCount } } }`;
    expect((await postGraphQL(url, query)).status).toBe(401);
    const result = await postGraphQL<{ community: { name: string; enterprises: { totalCount: number } } }>(url, query, {}, { authorization: `Bearer ${token}` });
    // 368 manufacturers (the patrol's employers), two tea growers and two plastic-pellet processors.
    expect(result.data?.community).toEqual({ name: '洪庄社区', enterprises: { totalCount: 372 } });
    const residents = await postGraphQL<{ community: { residents: { nodes: Array<{ name: string }> } } }>(
      url,
      `{ community(code: "320506003001") { residents(first: 3) { nodes { name } } } }`,
      {},
      { authorization: `Bearer ${token}`, 'x-purpose': 'resident-services' },
    );
    // Even with a purpose: without pii:read every name shows masked (张*).
    const names = residents.data!.community.residents.nodes.map((person) => person.name);
    expect(names).toHaveLength(3);
    for (const name of names) expect(name).toMatch(/^.\*+$/u);
    for (const name of agencies) expect(fs.existsSync(path.join(dataDir, `${name}.sqlite`))).toBe(true);
    // Each service is a process of its own, run with the heap flags of the plan (README, Performance).
    const commands = childrenOf(launcher.pid!).map(commandLineOf);
    const plan = planPlatform({});
    for (const service of [...plan.subgraphs, plan.gateway]) expect(commands).toContainEqual(expect.arrayContaining([...service.nodeArgs, service.entry]));

    const exit = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
    launcher.kill('SIGINT');
    expect(await exit).toBe(0);
    await expect(fetch(`http://127.0.0.1:${ports.gateway}/health`)).rejects.toThrow();
    for (const agency of agencies) await expect(fetch(`http://127.0.0.1:${ports[agency]}/health`)).rejects.toThrow();
  });
});
