import type { Browser, Page } from 'playwright-core';
import { staffIdFor } from '../../src/imports/domain/external-ids.js';
import { describeInBrowser, launchBrowser, newPage, screenshot, signIn } from './support/browser.js';
import { ADMIN_PASSWORD, startWebApp, type WebApp } from './support/web-server.js';

/** Issue 8: HR hires someone, enrols them and records each level until the page says dual qualified. */
describeInBrowser('HR in the browser: hire, enrol, complete levels 1-4, dual qualified', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let hr: { username: string; password: string; token: string };
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
    hr = await web.user('hr');
    page = await newPage(browser);
    await signIn(page, web.baseUrl, hr.username, hr.password);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows HR only the People pages and Imports', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['Staff', 'Cohorts', 'Imports']);
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

  describe('imports a staff spreadsheet', () => {
    const HEADER = 'employee_number,name,borough,role,fte,started_on';
    const rows = (fte: string) =>
      [
        HEADER,
        'IMP-001,Bea Importer,WCC,social-worker,0.8,2016-05-01',
        `IMP-002,Cal Importer,LBHF,practitioner,${fte},01/06/2016`,
        'IMP-003,"Importer, Dee",RBKC,social-worker,1,2016-07-01',
      ].join('\r\n') + '\r\n';
    const badFile = { name: 'hr-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('1.5')) };
    const goodFile = { name: 'hr-good.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('1')) };
    const report = () => page.getByTestId('import-report');
    const headline = () => page.getByTestId('import-headline').textContent();
    const importButton = () => page.getByRole('button', { name: 'Import', exact: true });
    const check = async (file: typeof goodFile) => {
      await page.getByLabel('CSV file').setInputFiles(file);
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('heading', { level: 2, name: `Check of ${file.name}` }).waitFor();
    };

    it('offers HR the people files, with the columns of the kind chosen', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' }).click();
      await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
      await expect(page.getByLabel('Kind of file').locator('option').allTextContents()).resolves.toEqual([
        'Staff',
        'Qualifications',
        'Enrolments (training history)',
      ]);
      const columns = page.getByTestId('import-columns');
      await expect(columns.getByRole('row', { name: 'started_on Required' }).count()).resolves.toBe(1);
      await expect(columns.getByRole('row', { name: 'left_on Optional' }).count()).resolves.toBe(1);
      await page.getByLabel('Kind of file').selectOption('enrolments');
      await columns.getByRole('row', { name: 'enrolled_on Required' }).waitFor();
      await page.getByLabel('Kind of file').selectOption('staff');
      await expect(importButton().isDisabled()).resolves.toBe(true);
    });

    it('checks a file with one bad row, showing upload progress, then the line, column and problem in words', async () => {
      // The upload progress may last a frame: a MutationObserver records every state it was drawn in.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { progressSeen: string[] }).progressSeen = seen;
        new MutationObserver(() => {
          for (const el of document.querySelectorAll('[data-testid="import-progress"]')) {
            const bar = el.querySelector('progress');
            seen.push(`${bar?.getAttribute('aria-label')} ${bar?.getAttribute('max')}: ${el.textContent}`);
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await check(badFile);
      const size = badFile.buffer.length;
      const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
      expect(seen).toContainEqual(
        expect.stringMatching(new RegExp(`^Sending the file ${size}: Sending the file: \\d+ bytes of ${size} bytes$`)),
      );

      expect(await headline()).toMatch(/^1 problem found: the file cannot be imported as it is/);
      const problems = report().getByTestId('import-problems').locator('tbody tr');
      await expect(problems.count()).resolves.toBe(1);
      await expect(problems.first().locator('td').allTextContents()).resolves.toEqual([
        '3',
        'fte',
        'The FTE must be more than 0 and at most 1, with at most two decimals.',
        expect.stringMatching(/fte/),
      ]);
      await expect(importButton().isDisabled()).resolves.toBe(true);
    });

    it('checks the corrected file, imports it and shows the report and the new people', async () => {
      await check(goodFile);
      expect(await headline()).toBe('No problems found: 3 rows ready to import.');
      await expect(report().getByTestId('import-outcomes').textContent()).resolves.toBe('3 people hired');
      await importButton().click();
      await page.getByRole('heading', { level: 2, name: 'Import of hr-good.csv' }).waitFor();
      expect(await headline()).toMatch(/^Imported 3 rows as \d+ events\.$/);
      await expect(report().getByTestId('import-counts').textContent()).resolves.toContain('Rows imported3');
      await expect(report().textContent()).resolves.toMatch(
        /Checked in [\d.]+ s, written in [\d.]+ s; the pages caught up/,
      );
      await screenshot(page, 'imports');

      for (const [number, name, fte] of [
        ['IMP-001', 'Bea Importer', 0.8],
        ['IMP-002', 'Cal Importer', 1],
        ['IMP-003', 'Importer, Dee', 1],
      ] as const) {
        const person = await web.api<{ name: string; fte: number }>(
          hr.token,
          'GET',
          `/api/staff/${staffIdFor(number)}`,
        );
        expect(person).toMatchObject({ name, fte });
      }

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
      const filters = page.getByRole('form', { name: 'Filter staff' });
      await filters.getByLabel('Name contains').fill('importer');
      await filters.getByRole('button', { name: 'Apply filters' }).click();
      await page.getByText('3 found by name').waitFor();
      for (const name of ['Bea Importer', 'Cal Importer', 'Importer, Dee'])
        await page.getByRole('link', { name, exact: true }).waitFor();
    });

    it('says there is nothing to import when the same file comes again', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' }).click();
      await check(goodFile);
      expect(await headline()).toBe('Nothing to import: every row of this file is in already.');
      await importButton().click();
      await page.getByRole('heading', { level: 2, name: 'Import of hr-good.csv' }).waitFor();
      expect(await headline()).toBe('Nothing to import: every row of this file is in already.');
      await expect(report().getAttribute('data-status')).resolves.toBe('nothing-to-import');
      const { total } = await web.api<{ total: number }>(hr.token, 'GET', '/api/staff?pageSize=500');
      expect(total).toBe(4);
    });

    it('switches imports off in an as-at view, and back on today', async () => {
      const bar = page.getByRole('form', { name: 'View the past' });
      await bar.getByLabel('As at date').fill('2017-06-30');
      await bar.getByRole('button', { name: 'Show' }).click();
      await page.getByTestId('as-at-banner').waitFor();
      await page.getByText('Imports write to today’s records, so they are switched off').waitFor();
      await expect(page.getByLabel('CSV file').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Check the file' }).count()).resolves.toBe(0);
      await bar.getByRole('button', { name: 'Back to today' }).click();
      await page.getByRole('button', { name: 'Check the file' }).waitFor();
    });
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
