import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, newPage, screenshot, signIn } from './support/browser.js';
import { ADMIN_PASSWORD, startWebApp, type WebApp } from './support/web-server.js';

/** Issue 8: HR hires someone, enrols them and records each level until the page says dual qualified. */
describeInBrowser('HR in the browser: hire, enrol, complete levels 1-4, dual qualified', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  const cohorts = new Map<number, string>();
  const LEVEL_DATES: Record<number, [string, string]> = {
    1: ['2016-09-01', '2017-03-31'],
    2: ['2017-04-01', '2017-09-30'],
    3: ['2017-10-01', '2018-03-31'],
    4: ['2018-04-01', '2018-09-30'],
  };

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    const admin = await web.adminToken();
    for (const level of [2, 3, 4]) {
      const [startsOn, endsOn] = LEVEL_DATES[level];
      const { id } = await web.api<{ id: string }>(admin, 'POST', '/api/cohorts', {
        level,
        name: `Systemic Year ${level}, ${startsOn.slice(0, 4)}`,
        provider: 'Tavistock and Portman',
        startsOn,
        endsOn,
        capacity: 12,
      });
      cohorts.set(level, id);
    }
    const hr = await web.user('hr');
    page = await newPage(browser);
    await signIn(page, web.baseUrl, hr.username, hr.password);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows HR only the People pages', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['Staff', 'Cohorts']);
  });

  it('puts the server’s refusal of a bad FTE next to the FTE field, then hires', async () => {
    await page.getByRole('link', { name: 'Hire someone' }).click();
    await page.getByLabel('Full name').fill('Ana Browser-Silva');
    await page.getByLabel('Borough').selectOption('WCC');
    await page.getByLabel('Role').selectOption('social-worker');
    await page.getByLabel('FTE').fill('1.5');
    await page.getByLabel('Start date').fill('2016-04-01');
    await page.getByLabel('Registration number').fill('SW424242');
    await page.getByLabel('Registered on').fill('2012-09-01');
    await page.getByRole('button', { name: 'Hire' }).click();
    const fteError = page.locator('.field', { has: page.getByLabel('FTE') }).locator('.field-error');
    await expect(fteError.textContent()).resolves.toBe('Must be at most 1.');
    await expect(page.getByLabel('FTE').getAttribute('aria-invalid')).resolves.toBe('true');

    await page.getByLabel('FTE').fill('0.8');
    await page.getByRole('button', { name: 'Hire' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ana Browser-Silva' }).waitFor();
    await expect(page.getByTestId('ladder-year-1').getAttribute('data-state')).resolves.toBe('next');
  });

  it('schedules the Year 1 cohort, after showing why an end before the start is refused', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohorts' }).click();
    const form = page.getByRole('form', { name: 'Schedule a cohort' });
    await form.getByLabel('Level').selectOption('1');
    await form.getByLabel('Name').fill('Systemic Year 1, autumn 2016');
    await form.getByLabel('Provider').fill('Tavistock and Portman');
    await form.getByLabel('Starts on').fill(LEVEL_DATES[1][0]);
    await form.getByLabel('Ends on').fill('2016-08-01');
    await form.getByLabel('Places').fill('30');
    await form.getByRole('button', { name: 'Schedule' }).click();
    const endsError = form.locator('.field', { has: page.getByLabel('Ends on') }).locator('.field-error');
    await expect(endsError.textContent()).resolves.toBe('The cohort must end after it starts.');

    await form.getByLabel('Ends on').fill(LEVEL_DATES[1][1]);
    await form.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('heading', { level: 1, name: 'Systemic Year 1, autumn 2016' }).waitFor();
    await expect(page.getByTestId('places-left').textContent()).resolves.toBe('30');
    cohorts.set(1, page.url().split('/').pop()!);
  });

  for (const level of [1, 2, 3, 4])
    it(`enrols her in Year ${level} and records the level completed`, async () => {
      const [startsOn, endsOn] = LEVEL_DATES[level];
      await page.goto(`${web.baseUrl}/cohorts/${cohorts.get(level)}`);
      await page.getByLabel('Name contains').fill('browser-silva');
      await page.getByRole('button', { name: 'Find' }).click();
      const enrol = page.getByRole('form', { name: 'Enrol' });
      await enrol.getByLabel('Person').selectOption({ label: 'Ana Browser-Silva (WCC)' });
      await enrol.getByLabel('Enrolled on').fill(startsOn);
      await enrol.getByRole('button', { name: 'Enrol' }).click();
      await page.getByText('Enrolled: they hold a place.').waitFor();

      const outcome = page.getByRole('form', { name: 'Outcome for Ana Browser-Silva' });
      if (level === 1) {
        // An outcome before the enrolment is refused, with the words next to the date.
        await outcome.getByLabel('On').fill('2016-08-01');
        await outcome.getByRole('button', { name: 'Record outcome' }).click();
        const onError = outcome.locator('.field', { has: page.getByLabel('On') }).locator('.field-error');
        await expect(onError.textContent()).resolves.toBe('The outcome date is before the enrolment.');
      }
      await outcome.getByLabel('Outcome').selectOption('completed');
      await outcome.getByLabel('On').fill(endsOn);
      await outcome.getByRole('button', { name: 'Record outcome' }).click();
      await page.getByRole('row', { name: /Ana Browser-Silva Completed/ }).waitFor();
    });

  it('shows her dual qualified on her page, with the whole ladder done, and saves a screenshot', async () => {
    await page.getByRole('link', { name: 'Ana Browser-Silva' }).click();
    await page.getByTestId('dual-qualified').waitFor();
    await expect(page.getByTestId('dual-qualified').textContent()).resolves.toBe('Dual qualified since 30 Sept 2018');
    for (const step of ['year-1', 'year-2', 'year-3', 'year-4', 'dual'])
      await expect(page.getByTestId(`ladder-${step}`).getAttribute('data-state')).resolves.toBe('done');
    await expect(
      page.getByRole('progressbar', { name: 'Progress to dual qualification' }).getAttribute('aria-valuenow'),
    ).resolves.toBe('100');
    const history = page.getByRole('region', { name: 'History' });
    await expect(history.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(10);
    await screenshot(page, 'person-page');
  });

  it('can be used from the keyboard alone, with the focus always visible and every control labelled', async () => {
    const keys = await newPage(browser);
    await keys.goto(`${web.baseUrl}/sign-in`);
    // The username field has the focus on arrival; keys typed before the app has drawn it would be
    // lost (seen on a loaded CI machine), so the test waits for that focus rather than assuming it.
    await keys.waitForFunction(() => document.activeElement?.getAttribute('name') === 'username');
    await keys.keyboard.type('admin');
    await keys.keyboard.press('Tab');
    await keys.keyboard.type(ADMIN_PASSWORD);
    await keys.keyboard.press('Enter');
    await keys.getByText('Signed in as admin').waitFor();
    await keys.keyboard.press('Tab');
    const focused = () =>
      keys.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent, outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
    await expect(focused()).resolves.toEqual({ text: 'Skip to content', outline: 'solid 3px' });
    await keys.keyboard.press('Enter');
    await expect(keys.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

    await keys.goto(`${web.baseUrl}/staff/new`);
    await keys.getByRole('heading', { name: 'Hire someone' }).waitFor();
    const unlabelled = await keys.evaluate(() =>
      [...document.querySelectorAll('input, select')]
        .filter((el) => (el as HTMLInputElement).labels?.length === 0)
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await keys.context().close();
  });
});
