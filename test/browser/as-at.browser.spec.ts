import type { Browser, Page } from 'playwright-core';
import { arrangeIntegrationCandidates } from './support/arrange.js';
import { describeInBrowser, eventually, launchBrowser, newPage, signIn } from './support/browser.js';
import { startWebApp, type WebApp } from './support/web-server.js';

/**
 * Issue 8: the as-at and known-at pickers turn every page into its as-at view, with a banner, and
 * every read of a read model carries `asAt` / `knownAt`. The read endpoints learn those parameters
 * in another change (docs/decisions/0008); until it is merged the server refuses them, so the
 * checks of the older figures run only when the server takes them, and say so when they do not.
 */
describeInBrowser('the as-at view in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let ids: Awaited<ReturnType<typeof arrangeIntegrationCandidates>>;
  let serverTakesAsAt = false;
  let knownBeforeIntegration: string;
  const dashboardReads: URL[] = [];

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    ids = await arrangeIntegrationCandidates(web);
    const admin = await web.adminToken();
    // A whole second between what is arranged and the integration, so a known-at instant to the
    // second can fall between them.
    await new Promise((r) => setTimeout(r, 1_100));
    await web.api(admin, 'POST', `/api/posts/${ids.clinicianPostId}/integration`, {
      intoPostId: ids.socialWorkPostId,
      on: '2018-09-01',
    });
    const history = await web.api<{ entries: { type: string; recordedAt: string }[] }>(
      admin,
      'GET',
      `/api/posts/${ids.clinicianPostId}/history`,
    );
    const integratedAt = Date.parse(history.entries.at(-1)!.recordedAt);
    knownBeforeIntegration = new Date(Math.floor(integratedAt / 1000) * 1000).toISOString().slice(0, 19);
    // Before the other change the read endpoints refuse the parameters as unknown (400 naming them).
    serverTakesAsAt = await web.api(admin, 'GET', '/api/dashboard/tapering?asAt=2018-06-30').then(
      () => true,
      (error: Error) => {
        if (!/ 400 .*asAt/.test(error.message)) throw error;
        console.log(`as-at figures not checked: the server does not take asAt yet (${error.message.slice(0, 160)})`);
        return false;
      },
    );
    const auditor = await web.user('auditor');
    page = await newPage(browser);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/dashboard/tapering') dashboardReads.push(url);
    });
    await signIn(page, web.baseUrl, auditor.username, auditor.password);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const year3 = () => page.getByTestId('tapering-year-3');
  const banner = () => page.getByTestId('as-at-banner');
  const show = async (fields: { asAt?: string; knownAt?: string }) => {
    await page.getByLabel('As at date').fill(fields.asAt ?? '');
    await page.getByLabel('Known at').fill(fields.knownAt ?? '');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
  };

  it('shows today’s figures without a banner', async () => {
    await page.goto(`${web.baseUrl}/dashboard`);
    await year3().getByTestId('integrated-actual').getByText('1.00').waitFor();
    await expect(banner().count()).resolves.toBe(0);
    expect(dashboardReads.at(-1)!.searchParams.has('asAt')).toBe(false);
  });

  it('turns the page into its as-at view: a banner, asAt on the read, and the older figures', async () => {
    await show({ asAt: '2018-06-30' });
    await banner().waitFor();
    await expect(banner().textContent()).resolves.toContain('as at 30 June 2018');
    expect(await eventually(() => dashboardReads.at(-1)?.searchParams.get('asAt'), '2018-06-30')).toBe('2018-06-30');
    if (!serverTakesAsAt) return;
    await year3().getByText('measured 30 Jun 2018').waitFor();
    await expect(year3().getByTestId('integrated-actual').textContent()).resolves.toBe('0.00');
    await expect(year3().getByTestId('separate-actual').textContent()).resolves.toBe('1.00');
  });

  it('keeps the view on every page: the staff list reads carry asAt too', async () => {
    const staffReads: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/staff') staffReads.push(url);
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
    await banner().waitFor();
    expect(await eventually(() => staffReads.at(-1)?.searchParams.get('asAt'), '2018-06-30')).toBe('2018-06-30');
  });

  it('goes back to today', async () => {
    await page.goto(`${web.baseUrl}/dashboard`);
    await page.getByRole('button', { name: 'Back to today' }).click();
    await year3().getByTestId('integrated-actual').getByText('1.00').waitFor();
    await expect(banner().count()).resolves.toBe(0);
    expect(dashboardReads.at(-1)!.searchParams.has('asAt')).toBe(false);
  });

  it('shows the figures as known before the integration was recorded', async () => {
    await show({ knownAt: knownBeforeIntegration });
    await banner().waitFor();
    await expect(banner().textContent()).resolves.toContain('as known at');
    const knownAt = new Date(`${knownBeforeIntegration}Z`).toISOString();
    expect(await eventually(() => dashboardReads.at(-1)?.searchParams.get('knownAt'), knownAt)).toBe(knownAt);
    if (!serverTakesAsAt) return;
    await year3().getByText('measured 15 Oct 2018').waitFor();
    await expect(year3().getByTestId('integrated-actual').textContent()).resolves.toBe('0.00');
  });

  it('switches changes off in the as-at view', async () => {
    const hr = await web.user('hr');
    const hrPage = await newPage(browser);
    await signIn(hrPage, web.baseUrl, hr.username, hr.password);
    await hrPage.goto(`${web.baseUrl}/staff/${ids.staffId}`);
    await hrPage.getByRole('heading', { name: 'Record a change' }).waitFor();
    await hrPage.getByLabel('As at date').fill('2017-01-01');
    await hrPage.getByRole('button', { name: 'Show', exact: true }).click();
    await hrPage.getByTestId('as-at-banner').waitFor();
    await expect(hrPage.getByRole('heading', { name: 'Record a change' }).count()).resolves.toBe(0);
    await hrPage.goto(`${web.baseUrl}/staff`);
    await hrPage.getByTestId('as-at-banner').waitFor();
    await expect(hrPage.getByRole('link', { name: 'Hire someone' }).count()).resolves.toBe(0);
    await hrPage.context().close();
  });
});
