import type { Browser, Page } from 'playwright-core';
import { arrangeIntegrationCandidates } from './support/arrange.js';
import { describeInBrowser, launchBrowser, newPage, screenshot, signIn } from './support/browser.js';
import { ADMIN_PASSWORD, startWebApp, type WebApp } from './support/web-server.js';

/** Issue 8: an auditor reads everything and changes nothing; the event log, a timeline, verify. */
describeInBrowser('Auditors in the browser: no write actions, event log, timeline, verify', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let ids: Awaited<ReturnType<typeof arrangeIntegrationCandidates>> & { cohortId: string };

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    const arranged = await arrangeIntegrationCandidates(web);
    const admin = await web.adminToken();
    const { id: cohortId } = await web.api<{ id: string }>(admin, 'POST', '/api/cohorts', {
      level: 1,
      name: 'Systemic Year 1, spring 2018',
      provider: 'Tavistock and Portman',
      startsOn: '2018-03-01',
      endsOn: '2018-12-31',
      capacity: 10,
    });
    const { id: learner } = await web.api<{ id: string }>(admin, 'POST', '/api/staff', {
      name: 'Lee Learner',
      borough: 'RBKC',
      role: 'practitioner',
      fte: 0.6,
      startedOn: '2017-09-01',
    });
    await web.api(admin, 'POST', `/api/cohorts/${cohortId}/enrolments`, { staffId: learner, enrolledOn: '2018-03-01' });
    ids = { ...arranged, cohortId };
    const auditor = await web.user('auditor');
    page = await newPage(browser);
    await signIn(page, web.baseUrl, auditor.username, auditor.password);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const nav = () => page.getByRole('navigation', { name: 'Main' });

  it('shows an auditor the People, Tapering, Centre and Audit pages', async () => {
    await page.getByRole('heading', { level: 1, name: 'Event log' }).waitFor();
    await expect(nav().getByRole('heading').allTextContents()).resolves.toEqual([
      'People',
      'Tapering',
      'Centre for Social Work',
      'Audit',
    ]);
  });

  it('offers an auditor no write action on any page', async () => {
    const writeControls = async () =>
      (
        await Promise.all([
          page.getByRole('link', { name: 'Hire someone' }).count(),
          page.getByRole('heading', { name: 'Record a change' }).count(),
          page.getByRole('heading', { name: 'Schedule a cohort' }).count(),
          page.getByRole('heading', { name: 'Enrol someone' }).count(),
          page.getByRole('button', { name: /Record|Integrate|Enrol|Hire|Schedule|Select|Decline|Register/ }).count(),
          page.getByRole('button', { name: /Complete|Set|Clear|Import|Check the file/ }).count(),
          page.getByText('Integrate', { exact: true }).count(),
          page.locator('form:not([aria-label^="Filter"]):not(.as-at-bar) input[type="file"]').count(),
        ])
      ).reduce((a, b) => a + b, 0);
    // [path, its heading, what shows once its figures are in]
    const pages: [string, string, string][] = [
      ['/staff', 'Staff', 'table'],
      [`/staff/${ids.staffId}`, 'Dee Dual-Qualified', 'table'],
      ['/cohorts', 'Cohorts', 'table'],
      [`/cohorts/${ids.cohortId}`, 'Systemic Year 1, spring 2018', 'table'],
      ['/posts', 'Posts', 'table'],
      ['/dashboard', 'Tapering dashboard', 'table'],
      ['/caseloads', 'Caseloads', 'table'],
      [`/caseloads/${ids.staffId}`, 'Caseload: Dee Dual-Qualified', 'dl'],
      ['/centre', 'Centre for Social Work', 'table'],
    ];
    for (const [path, heading, ready] of pages) {
      await page.goto(`${web.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator(`main ${ready}`).first().waitFor();
      expect({ path, writeControls: await writeControls() }).toEqual({ path, writeControls: 0 });
    }
    for (const path of ['/staff/new', '/imports', `/centre/4/attendance`]) {
      await page.goto(`${web.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Not available' }).waitFor();
    }
  });

  it('filters the event log and opens a person’s timeline from it, and saves a screenshot', async () => {
    await nav().getByRole('link', { name: 'Event log' }).click();
    await page.getByLabel('Event type').fill('StaffHired');
    await page.getByRole('button', { name: 'Show events' }).click();
    const log = page.getByTestId('event-log');
    await log.waitFor();
    await expect(log.getByRole('row').count()).resolves.toBe(3); // a header and two hires
    await log.getByRole('link', { name: `staff-${ids.staffId}` }).click();
    await page.getByText('Hired Dee Dual-Qualified').waitFor();
    const events = page.getByRole('region', { name: 'Events' }).getByRole('listitem');
    await expect(events.count()).resolves.toBe(3); // hired, family therapy recorded, dual qualified
    await expect(events.nth(2).textContent()).resolves.toContain('Became dual-qualified');
    await screenshot(page, 'audit-timeline');
  });

  it('shows a post’s timeline too', async () => {
    await page.goto(`${web.baseUrl}/audit/timeline/post/${ids.socialWorkPostId}`);
    await page.getByRole('region', { name: 'Events' }).getByRole('listitem').nth(1).waitFor();
    await expect(page.getByRole('region', { name: 'Events' }).textContent()).resolves.toContain('Senior social worker');
  });

  it('shows progress while the history is verified, then the result', async () => {
    // Verify is one request; holding it back a little lets the test see the progress shown meanwhile.
    await page.route('**/api/audit/verify', async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await nav().getByRole('link', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'Verify now' }).click();
    await page.getByTestId('verify-progress').waitFor();
    await expect(page.getByRole('button', { name: 'Verifying…' }).isDisabled()).resolves.toBe(true);
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    await expect(result.getByRole('heading').textContent()).resolves.toBe('Nothing has been altered');
    await expect(result.textContent()).resolves.toMatch(/\d+ events in \d+ streams checked/);
    await page.unroute('**/api/audit/verify');
  });

  it('shows an admin the progress of a projection rebuild until it is done', async () => {
    const adminPage = await newPage(browser);
    await signIn(adminPage, web.baseUrl, 'admin', ADMIN_PASSWORD);
    await adminPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projections' }).click();
    await adminPage.getByRole('cell', { name: 'staff-list' }).waitFor();
    await adminPage.getByRole('button', { name: 'Rebuild all projections' }).click();
    const progress = adminPage.getByTestId('rebuild-progress');
    await progress.getByText(/^Rebuilt \d+ projections from [\d,]+ events$/).waitFor();
    await expect(progress.getByRole('progressbar').getAttribute('value')).resolves.toBe(
      await progress.getByRole('progressbar').getAttribute('max'),
    );
    await adminPage.context().close();
  });
});
