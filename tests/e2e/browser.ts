/**
 * Debian's Chromium driven by playwright-core. Test tools that download their own browser cannot
 * run here, so the path is the system's (CHROMIUM_PATH overrides it).
 */
import { chromium, type Browser } from 'playwright-core';

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
