import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../../support/server-process.js';

/** Debian's Chromium, which .ci/run installs; playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.CADRE_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');

const available = existsSync(CHROMIUM);

/**
 * `describe` when Chromium is installed, otherwise a `describe` holding only a to-do that says why, so that
 * `npm test` still passes on a machine without it (CI installs it, so there the tests run).
 */
export const describeInBrowser = (name: string, body: () => void): void => {
  if (available) return describe(name, body);
  const reason = `browser tests "${name}" skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  console.log(reason);
  describe(name, () => it.todo(reason));
};

// On this closed network Chromium's own background connections are refused, many at a time;
// these flags stop it making them (see the machine notes). --no-sandbox: CI runs as root.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });

/** A fresh page (its own sessionStorage) with a desktop-sized viewport. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // A script error in the page would otherwise only show as a missing element.
  page.on('pageerror', (error) => console.log(`page error at ${page.url()}: ${error.message}`));
  return page;
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${username}`).waitFor();
}

/** Saves a full-page screenshot for reviewers (README, "Browser tests"). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The value `read` gives once it stops being undefined or different from `expected` (a request the page makes soon). */
export async function eventually<T>(read: () => T, expected: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    value = read();
  }
  return value;
}
