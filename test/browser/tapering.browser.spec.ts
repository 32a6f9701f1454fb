import type { Browser, Page } from 'playwright-core';
import { arrangeIntegrationCandidates } from './support/arrange.js';
import { describeInBrowser, launchBrowser, newPage, screenshot, signIn } from './support/browser.js';
import { startWebApp, type WebApp } from './support/web-server.js';

/** Issue 8: a Head of Clinical Practice integrates a clinician post and sees the dashboard change. */
describeInBrowser('Heads of Clinical Practice in the browser: integrate a post, the dashboard changes', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let posts: Awaited<ReturnType<typeof arrangeIntegrationCandidates>>;

  const year3 = () => page.getByTestId('tapering-year-3');
  const integratedChart = () => page.getByTestId('chart-integrated').getAttribute('data-description');

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    posts = await arrangeIntegrationCandidates(web);
    const lead = await web.user('clinical-lead');
    page = await newPage(browser);
    await signIn(page, web.baseUrl, lead.username, lead.password);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('starts a clinical lead on the dashboard, with the People, Tapering, Centre and Imports pages only', async () => {
    await page.getByRole('heading', { level: 1, name: 'Tapering dashboard' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual([
      'Staff',
      'Cohorts',
      'Dashboard',
      'Funding',
      'Posts',
      'Caseloads',
      'Intakes and councils',
      'Invoices and finances',
      'Imports',
    ]);
  });

  let before: string | null;
  it('shows the current year with one clinician WTE separate and none integrated', async () => {
    await year3().waitFor();
    await expect(year3().getByTestId('separate-actual').textContent()).resolves.toBe('1.00');
    await expect(year3().getByTestId('integrated-actual').textContent()).resolves.toBe('0.00');
    await expect(year3().getByTestId('dual-actual').textContent()).resolves.toBe('1');
    before = await integratedChart();
    expect(before).toContain('Year 3: planned 12.00, actual 0.00');
  });

  it('integrates the clinician post into the dual-qualified person’s social work post', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Posts' }).click();
    const row = page.getByTestId(`post-${posts.clinicianPostId}`);
    await row.getByText('Integrate', { exact: true }).click();
    const form = row.getByRole('form', { name: 'Integrate Family therapist, WCC clinical team' });
    await form.getByLabel('Into social work post').selectOption(posts.socialWorkPostId);
    await form.getByLabel('From').fill('2018-09-01');
    await form.getByRole('button', { name: 'Integrate the post' }).click();
    await row.getByRole('cell', { name: /^Integrated from 1 Sept 2018/ }).waitFor();
    await expect(row.getByRole('button', { name: 'Integrate the post' }).count()).resolves.toBe(0);
  });

  it('shows the integration in the dashboard’s table and chart, and saves a screenshot', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await year3().getByTestId('integrated-actual').getByText('1.00').waitFor();
    await expect(year3().getByTestId('separate-actual').textContent()).resolves.toBe('0.00');
    const after = await integratedChart();
    expect(after).toContain('Year 3: planned 12.00, actual 1.00');
    expect(after).not.toBe(before);
    await screenshot(page, 'dashboard');
  });

  it('shows funding lines with totals computed from them, and cost against funding', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Funding' }).click();
    const lines = page.getByTestId('funding-lines');
    await lines.waitFor();
    await expect(
      lines
        .getByRole('row', { name: /Clinicians/ })
        .first()
        .getByRole('cell')
        .first()
        .textContent(),
    ).resolves.toBe('£1,020,000');
    await expect(page.getByTestId('chart-cost').getAttribute('data-description')).resolves.toContain(
      'Year 1: funding £1,184,000',
    );
  });

  it('shows one borough at a time, or all three', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await year3().waitFor();
    await page.getByLabel('Scope', { exact: true }).selectOption('RBKC');
    await year3().getByTestId('dual-actual').getByText('0', { exact: true }).waitFor();
    await expect(year3().getByTestId('integrated-actual').textContent()).resolves.toBe('0.00');
    expect(new URL(page.url()).searchParams.get('borough')).toBe('RBKC');
    await page.getByLabel('Scope', { exact: true }).selectOption('WCC');
    await year3().getByTestId('dual-actual').getByText('1', { exact: true }).waitFor();
    await expect(year3().getByTestId('integrated-actual').textContent()).resolves.toBe('1.00');
  });
});
