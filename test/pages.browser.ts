import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadGatewayConfig } from '@governance/gateway/config';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { bundlePublicAssets, DEFAULT_OPERATIONS_DIR } from '@governance/gateway/web/public-bundle';
import { mintDevelopmentToken } from '@governance/kit/auth';
import { DEVELOPMENT_ANALYST } from '@governance/scripts/development-analyst';
import { chromiumAvailable, launchOfflineBrowser, type OfflineBrowser } from './browser/offline-chromium';
import { loadContract } from './contract/operations';
import { productionEnv } from '@governance/testkit/production-env';
import { startStack, type Stack } from './support/stack';

/**
 * The playground and the dashboard in headless Chromium, served by a running
 * stack, with every request that would leave the machine aborted and counted.
 */
// The README's screenshots are refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? path.resolve(__dirname, '../docs/screenshots') : fs.mkdtempSync(path.join(os.tmpdir(), 'governance-screenshots-'));
const HUXI = '湖西社工委';
const operation = (file: string) => fs.readFileSync(path.join(DEFAULT_OPERATIONS_DIR, file), 'utf8');

interface Overview {
  community: {
    name: string;
    residentCount: number;
    talkEvents: { totalCount: number } | null;
    enterprises: { totalCount: number } | null;
  } | null;
}

/**
 * Sets a named query in GraphiQL's editor (typing would fight its bracket
 * completion) and runs it, once GraphiQL has taken in the new operation name:
 * it does so 100 ms after an edit, and a quicker click would send the old name.
 */
async function runInPlayground(page: Page, operationName: string, query: string): Promise<void> {
  await page.locator('.graphiql-query-editor .CodeMirror').evaluate((element, text) => {
    (element as unknown as { CodeMirror: { setValue(value: string): void } }).CodeMirror.setValue(text);
  }, query);
  await runWhenTakenIn(page, operationName);
}

async function runWhenTakenIn(page: Page, operationName: string): Promise<void> {
  const storedName = (name: string) => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('graphiql:operationName') === name;
  await page.waitForFunction(storedName, operationName);
  await page.locator('.graphiql-execute-button').click();
}

async function expectEventually(condition: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (condition()) return;
  }
  expect(condition()).toBe(true);
}

/** The whole result pane (CodeMirror renders only the lines in view), once it contains `text`. */
async function responseContaining(page: Page, text: string): Promise<string> {
  const pane = page.locator('.graphiql-response .CodeMirror');
  const read = () => pane.evaluate((element) => (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const value = await read();
    if (value.includes(text)) return value;
    await page.waitForTimeout(100);
  }
  throw new Error(`The result pane never showed ${text}; it shows:\n${await read()}`);
}

const HONGZHUANG = { subDistrict: '320506003000', community: '320506003001' };
const JINYI = { subDistrict: '320571002000', community: '320571002001' };

(chromiumAvailable() ? describe : describe.skip)('the playground and the dashboard in a browser, offline', () => {
  let stack: Stack;
  let browser: OfflineBrowser;
  let origin: string;
  /** What `npm start` pre-fills: the analyst's development token (DEVELOPMENT_ANALYST_DESCRIPTION: scope read only, personal data masked). */
  let TOKEN: string;
  const graphqlRequests: Array<{ authorization: string | undefined; operationName: unknown; page: string }> = [];

  beforeAll(async () => {
    // `npm test` compiles the pages' scripts (tsc -b); this is the rest of `npm run build`.
    bundlePublicAssets();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    TOKEN = await mintDevelopmentToken(DEVELOPMENT_ANALYST);
    stack = await startStack({ gatewayEnv: { PLAYGROUND_TOKEN: TOKEN } });
    origin = new URL(stack.gateway.url).origin;
    browser = await launchOfflineBrowser();
    browser.context.on('request', (request) => {
      if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
      const body = JSON.parse(request.postData() ?? '{}') as { operationName?: unknown };
      graphqlRequests.push({ authorization: request.headers().authorization, operationName: body.operationName, page: new URL(request.frame().url()).pathname });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    const blocked = browser.blockedRequests.splice(0);
    // Chromium logs every 401 as a console error; the tests that send no or a wrong token expect them.
    const errors = browser.pageErrors.splice(0).filter((error) => !/status of 401 \(Unauthorized\)/.test(error));
    // Nothing may have tried to reach a CDN, fonts service or telemetry endpoint.
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('serves GraphiQL at the GraphQL URL, runs a query with the pre-filled token, and opens the docs', async () => {
    const page = await browser.newPage();
    const response = await page.goto(stack.gateway.url);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    expect(await page.locator('#token').inputValue()).toBe(TOKEN);
    // How to state a purpose, which personal data needs.
    expect(await page.locator('#purpose-help').innerText()).toContain('"x-purpose": "patrol-vetting; case=SZ-2011-0042"');

    graphqlRequests.length = 0;
    await runInPlayground(page, 'SubDistricts', 'query SubDistricts {\n  subDistricts { code name city }\n}\n');
    expect(await responseContaining(page, HUXI)).toContain('"city": "苏州市"');
    expect(graphqlRequests.at(-1)?.authorization).toBe(`Bearer ${TOKEN}`);

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).click();
    await docs.getByText('subDistricts', { exact: true }).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground.png') });

    // A header from the headers editor wins over the token field.
    await page.getByRole('button', { name: 'Headers' }).click();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').evaluate((element) => {
      (element as unknown as { CodeMirror: { setValue(value: string): void } }).CodeMirror.setValue('{ "Authorization": "Bearer from-the-headers-editor" }');
    });
    await page.locator('.graphiql-execute-button').click();
    await expectEventually(() => graphqlRequests.at(-1)?.authorization === 'Bearer from-the-headers-editor');

    await page.close();
  });

  it('offers the contract operations as examples, which open in a new tab and run', async () => {
    const page = await browser.newPage();
    await page.goto(stack.gateway.url);
    await page.getByRole('button', { name: 'Show Examples' }).click();
    // The shared contract and each bureau's own operations.
    expect(await page.locator('button.example').count()).toBe(loadContract().length);
    expect(await page.locator('button.example[data-operation="ReconsiderationStats"]').count()).toBe(1);
    await page.locator('button.example[data-operation="Directory"]').click();
    await page.locator('.graphiql-query-editor', { hasText: 'query Directory' }).waitFor();
    await runWhenTakenIn(page, 'Directory');
    expect(await responseContaining(page, '湖西派出所')).toContain(HUXI);
    await page.close();
  });

  it('loads in production with nothing pre-filled and without introspection, and asks for a token', async () => {
    const urls = Object.fromEntries(Object.values(stack.subgraphs).map((subgraph) => [subgraphUrlVariable(subgraph.name), subgraph.url]));
    const production: RunningGateway = await startGateway(loadGatewayConfig({ ...productionEnv(), ...urls, PORT: '0', PLAYGROUND_TOKEN: TOKEN, SHUTDOWN_GRACE_MS: '1000' }));
    try {
      const page = await browser.newPage();
      await page.goto(production.url);
      await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
      expect(await page.locator('#token').inputValue()).toBe('');
      await runInPlayground(page, 'Names', 'query Names { subDistricts { name } }');
      await responseContaining(page, 'UNAUTHENTICATED');
      await page.close();
    } finally {
      await production.stop();
    }
  });

  it("gives patrol compliance as a rate with the missed days summed up, and pages through a community's enterprises", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/dashboard?subDistrict=${HONGZHUANG.subDistrict}&community=${HONGZHUANG.community}&year=2011`);
    await page.locator('#dashboard[data-state="ready"]').waitFor();
    const rate = page.locator('[data-panel="patrols"] [data-figure="complianceRate"]').first();
    await rate.waitFor();
    expect(Number(await rate.getAttribute('data-value'))).toBe(1);
    expect(await rate.locator('.figure-value').innerText()).toBe('100%');
    expect(await rate.locator('.figure-detail').innerText()).toBe('365 of 365 days');
    expect(await page.locator('[data-panel="patrols"] [data-missed-days]').first().innerText()).toBe('no day missed');

    await page.goto(`${origin}/dashboard?subDistrict=${JINYI.subDistrict}&community=${JINYI.community}&year=2011`);
    await page.locator('#dashboard[data-state="ready"]').waitFor();
    const range = page.locator('[data-panel="enterprises"] [data-page-range]');
    expect(await range.innerText()).toBe('Enterprises 1–50 of 353');
    const codes = () => page.locator('[data-list="enterprises"] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-credit-code')));
    const firstPage = await codes();
    expect(firstPage).toHaveLength(50);
    expect(await page.locator('[data-panel="memberships"] [data-covers="page"]').innerText()).toContain('(1–50 of 353)');
    await page.locator('[data-panel="enterprises"] button[data-page="next"]').click();
    await page.locator('[data-panel="enterprises"] [data-page-range]', { hasText: 'Enterprises 51–100 of 353' }).waitFor();
    const secondPage = await codes();
    expect(secondPage).toHaveLength(50);
    expect(secondPage.filter((code) => firstPage.includes(code))).toEqual([]);
    expect(await page.locator('[data-panel="memberships"] [data-covers="page"]').innerText()).toContain('(51–100 of 353)');
    await page.locator('[data-panel="enterprises"] button[data-page="previous"]').click();
    await page.locator('[data-panel="enterprises"] [data-page-range]', { hasText: 'Enterprises 1–50 of 353' }).waitFor();
    expect(await codes()).toEqual(firstPage);
    expect(graphqlRequests.some((request) => request.operationName === 'CommunityEnterprises')).toBe(true);
    await page.close();
  });

  it('shows a Huxi community across agencies, with charts, and says so when an agency is down', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/dashboard`);
    await page.locator('#sub-district option', { hasText: HUXI }).waitFor({ state: 'attached' });
    // Over eighty sub-districts: the analyst types, and the only match is chosen.
    await page.locator('#sub-district-search').fill('湖西');
    await page.locator('#community:enabled').waitFor();
    expect(await page.locator('#sub-district option[value]:not([value=""])').count()).toBe(1);
    expect(await page.locator('#sub-district-count').innerText()).toMatch(/^1 of \d\d/);
    const code = await page.locator('#community option[value]:not([value=""])').first().getAttribute('value');
    await page.locator('#community').selectOption(code);
    await page.locator('#dashboard[data-state="ready"]').waitFor();
    const year = Number(await page.locator('#year').inputValue());

    const expected = await stack.query<Overview>(operation('community-overview.graphql'), { code, year });
    expect(expected.errors).toBeUndefined();
    const community = expected.data!.community!;
    await page.locator('#community-name', { hasText: community.name }).waitFor();
    const residents = page.locator('[data-panel="residents"] [data-figure="residentCount"]');
    expect(Number(await residents.getAttribute('data-value'))).toBe(community.residentCount);
    expect(await residents.locator('.figure-value').innerText()).toBe(community.residentCount.toLocaleString('en-US'));
    expect(Number(await page.locator('[data-figure="talkEvents"]').getAttribute('data-value'))).toBe(community.talkEvents!.totalCount);
    expect(Number(await page.locator('[data-figure="enterpriseCount"]').getAttribute('data-value'))).toBe(community.enterprises!.totalCount);

    // The charts are SVG bars drawn by the page, adding up to the figures the gateway returned.
    const barValues = (chart: string) => page.locator(`[data-chart="${chart}"] svg rect.bar`).evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-value'))));
    const months = await barValues('talk-events-per-month');
    expect(months).toHaveLength(12);
    expect(months.reduce((sum, value) => sum + value, 0)).toBe(community.talkEvents!.totalCount);
    const statuses = await barValues('enterprises-by-license-status');
    expect(statuses.length).toBeGreaterThanOrEqual(4);
    expect(statuses.reduce((sum, value) => sum + value, 0)).toBe(community.enterprises!.totalCount);
    expect(await page.locator('[data-panel] [data-notice]').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });

    // Every request the dashboard sent named its operation.
    const unnamed = graphqlRequests.filter((request) => request.page === '/dashboard' && typeof request.operationName !== 'string');
    expect(unnamed).toEqual([]);

    await stack.subgraphs['commerce-bureau'].stop();
    await page.reload();
    await page.locator('#dashboard[data-state="ready"]').waitFor();
    await page.locator('#community-name', { hasText: community.name }).waitFor();
    const notice = page.locator('[data-panel="enterprises"] [data-notice="commerce-bureau"]');
    expect(await notice.innerText()).toMatch(/Commerce bureau \(工商局\) is unavailable/);
    expect(await page.locator('[data-panel="enterprises"] [data-chart]').count()).toBe(0);
    expect(Number(await residents.getAttribute('data-value'))).toBe(community.residentCount);
    expect(await page.locator('[data-panel="police"] [data-chart="talk-events-per-month"] rect.bar').count()).toBe(12);
    expect(await page.locator('[data-panel="residents"] [data-notice]').count()).toBe(0);
    await page.close();
  });
});
