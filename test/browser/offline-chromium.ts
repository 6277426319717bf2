import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium package; playwright-core drives it and downloads no browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that work on our machines: no sandbox (root), no GPU, and none of Chromium's own calls home. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests can run. Without Chromium they fail in CI
 * (`CI` set) and are skipped loudly elsewhere, as the MariaDB suite is.
 */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  const message = `The browser tests need Debian's chromium: apt-get update && apt-get install -y chromium (${CHROMIUM} is missing)`;
  if (process.env.CI) throw new Error(message);
  const line = '!'.repeat(message.length + 4);
  console.warn(`\n${line}\n! ${message} !\n! Browser tests SKIPPED${' '.repeat(message.length - 22)} !\n${line}\n`);
  return false;
}

export interface OfflineBrowser {
  readonly context: BrowserContext;
  /** Every request that tried to leave the machine (each was aborted); a test expects none. */
  readonly blockedRequests: string[];
  /** Uncaught page errors and console errors, CSP violations included. */
  readonly pageErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Chromium with a fresh profile, as if the machine's network were unplugged:
 * every request to anything but this machine is aborted and recorded.
 */
export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    blockedRequests.push(url.href);
    return route.abort('internetdisconnected');
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  return {
    context,
    blockedRequests,
    pageErrors,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
