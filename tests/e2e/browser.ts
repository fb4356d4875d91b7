/**
 * Debian's Chromium driven by playwright-core. Test tools that download their own browser cannot
 * run here, so the path is the system's (CHROMIUM_PATH overrides it).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Without these, Chromium reaches for Google's services, which this closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Session {
  browser: Browser;
  /** A page whose context bypasses the site's CSP, so axe can be injected as a script. */
  page: Page;
}

/** One browser for a test file, started before its tests and closed after them. */
export function browserSession(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.page = await (await session.browser.newContext({ bypassCSP: true })).newPage();
  });
  afterAll(async () => session.browser?.close());
  return session;
}
