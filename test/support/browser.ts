import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticSite } from './static-server.ts';

/**
 * Debian's Chromium driven by playwright-core. No browser is downloaded: .ci/run installs the
 * `chromium` package. The flags keep Chromium from reaching for the network at start-up, which
 * this machine's closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      // No --user-data-dir: playwright-core refuses it in launch() and gives each launch its own temporary profile.
    ],
  });
}

/**
 * One Chromium and one static server over a built site (`root()`, served under `base`) for the
 * tests of the enclosing file or describe block: started before them, closed after them. `use`
 * receives both, so the tests keep their own variables.
 */
export function browserOverSite(root: () => string, base: string, use: (browser: Browser, site: StaticSite) => void): void {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    site = await serveStatic(root(), base);
    browser = await launchBrowser();
    use(browser, site);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
}
