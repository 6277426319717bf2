import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { mintResidentToken } from '@governance/kit/auth';
import { bundlePublicAssets } from '@governance/gateway/web/public-bundle';
import { chromiumAvailable, launchOfflineBrowser, type OfflineBrowser } from './browser/offline-chromium';
import { startStack, type Stack } from './support/stack';
import { tokenFor } from '@governance/testkit/tokens';

/**
 * The dashboard's purpose picker and its notes on masked personal data, and
 * the data access report page read with a resident's own token, in headless
 * Chromium with every request off the machine aborted.
 */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? path.resolve(__dirname, '../docs/screenshots') : fs.mkdtempSync(path.join(os.tmpdir(), 'governance-screenshots-'));
const JINYI = { subDistrict: '320571002000', community: '320571002001' };

/** A page whose tab starts with `token` in the token field, as if the user had pasted it. */
async function pageWithToken(browser: OfflineBrowser, token: string): Promise<Page> {
  const page = await browser.newPage();
  // Runs in the page, where the test's Node types know no DOM.
  await page.addInitScript(
    (value) => (globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } }).sessionStorage.setItem('governance-graph.token', value),
    token,
  );
  return page;
}

(chromiumAvailable() ? describe : describe.skip)('personal data on the pages, in a browser, offline', () => {
  let stack: Stack;
  let browser: OfflineBrowser;
  let origin: string;
  const requests: Array<{ purpose: string | undefined; operationName: unknown; page: string }> = [];

  beforeAll(async () => {
    bundlePublicAssets();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startStack();
    origin = new URL(stack.gateway.url).origin;
    browser = await launchOfflineBrowser();
    browser.context.on('request', (request) => {
      if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
      const body = JSON.parse(request.postData() ?? '{}') as { operationName?: unknown };
      requests.push({ purpose: request.headers()['x-purpose'], operationName: body.operationName, page: new URL(request.frame().url()).pathname });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    expect(browser.blockedRequests.splice(0)).toEqual([]);
    expect(browser.pageErrors.splice(0)).toEqual([]);
  });

  it('lets an officer pick a registered purpose and a case reference, sends them, and says why a field stays masked', async () => {
    const page = await pageWithToken(browser, await tokenFor({ agency: 'public-security', scopes: ['read', 'pii:read'], subject: 'officer-12' }));
    await page.goto(`${origin}/dashboard?subDistrict=${JINYI.subDistrict}&community=${JINYI.community}&year=2011`);
    await page.locator('#dashboard[data-state="ready"]').waitFor();
    const contacts = page.locator('[data-list="contact-persons"] li');
    expect(await contacts.count()).toBeGreaterThan(0);
    // No purpose yet: the names are masked, and the page says why.
    expect(await contacts.first().innerText()).toContain('*');
    expect(await page.locator('.masked-note[data-masked="Person.name"]').getAttribute('data-reason')).toBe('NO_PURPOSE');
    expect(await page.locator('#purpose option').evaluateAll((options) => options.map((option) => option.getAttribute('value')))).toEqual([
      '',
      'case-handling',
      'licence-review',
      'patrol-vetting',
      'reconsideration-review',
      'resident-services',
    ]);

    await page.locator('#case-reference').fill('SZ-2011-0042');
    await page.locator('#purpose').selectOption('patrol-vetting');
    await page.locator('#dashboard[data-state="ready"]').waitFor();
    await page.locator('.masked-note').first().waitFor({ state: 'detached' });
    expect(await contacts.first().innerText()).not.toContain('*');
    expect(requests.filter((request) => request.page === '/dashboard').at(-1)?.purpose).toBe('patrol-vetting; case=SZ-2011-0042');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-purpose.png') });

    // A purpose the community committees registered but did not agree with public security.
    await page.locator('#purpose').selectOption('licence-review');
    await page.locator('.masked-note[data-reason="NO_AGREEMENT"]').first().waitFor();
    expect(await page.locator('.masked-note[data-masked="Person.phone"]').innerText()).toBe(
      'Person.phone is masked: community-committees has no agreement with public-security that covers it for "licence-review"',
    );
    // A case reference the gateway would refuse is marked and not sent.
    await page.locator('#case-reference').fill('SZ 2011');
    await page.locator('#case-reference').press('Tab');
    await page.locator('#case-reference[aria-invalid="true"]').waitFor();
    await page.locator('#dashboard[data-state="ready"]').waitFor();
    expect(requests.filter((request) => request.page === '/dashboard').at(-1)?.purpose).toBe('licence-review');
    await page.close();
  });

  it('shows a resident their own report, with their own token, and says that a delayed read is withheld', async () => {
    // Not a contact person: the dashboard test above read those.
    const [{ id: person }] = await stack.subgraphs['community-committees'].db.query<Array<{ id: string }>>(
      'SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM contact_assignment) ORDER BY id LIMIT 1',
    );
    const read = (purpose: string) =>
      stack.query(
        `query Vetting($id: ID!) { person(id: $id) { name phone } }`,
        { id: person },
        { agency: 'public-security', scopes: ['read', 'pii:read'], purpose, subject: 'officer-12' },
      );
    expect((await read('patrol-vetting')).errors).toBeUndefined();
    expect((await read('case-handling; case=SZ-2011-0042')).errors).toBeUndefined();

    requests.length = 0;
    const page = await pageWithToken(browser, await mintResidentToken({ person }));
    await page.goto(`${origin}/dashboard/access-report`);
    await page.locator('#access-report[data-state="ready"]').waitFor();
    expect(await page.locator('#person').inputValue()).toBe(person);
    const rows = page.locator('[data-list="entries"] tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/Public security \(公安\)\s+officer-12\s+read\s+Person\.name, Person\.phone\s+patrol-vetting\s+CC-DSA-2026-001/);
    expect(await page.locator('[data-withheld-until]').getAttribute('data-withheld-until')).toMatch(/^\d{4}-\d{2}-01$/);
    expect(await page.locator('[data-list="sources"] li[data-answered="true"]').count()).toBe(5);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'access-report.png'), fullPage: true });
    // The page sends the one operation a resident's token may run.
    expect(new Set(requests.map((request) => request.operationName))).toEqual(new Set(['DataAccessReport']));
    await page.close();
  });
});
