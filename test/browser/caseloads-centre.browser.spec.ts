import type { Browser, Page } from 'playwright-core';
import { arrangeCaseloadsAndCentre } from './support/arrange-caseloads-centre.js';
import { describeInBrowser, launchBrowser, newPage, screenshot, signIn } from './support/browser.js';
import { startWebApp, TODAY, type WebApp } from './support/web-server.js';

const pounds = (pence: number) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }).format(pence / 100);
type Line = { staffId: string; cap: number; onSiteSupport: { hours: number; availableCap: number } };

/**
 * Issues 7 and 10 in the browser: the caseload board (over cap highlighted, the week's on-site
 * support against capacity, as at a date) and the Centre's intakes, councils and money, each
 * showing the figures the API holds for what was entered.
 */
describeInBrowser('caseloads and the Centre in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let seeded: Awaited<ReturnType<typeof arrangeCaseloadsAndCentre>>;
  let admin: string;
  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const cell = (row: string, id: string) => page.getByTestId(row).getByTestId(id).textContent();

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    seeded = await arrangeCaseloadsAndCentre(web, TODAY);
    admin = await web.adminToken();
    const lead = await web.user('clinical-lead');
    page = await newPage(browser);
    await signIn(page, web.baseUrl, lead.username, lead.password);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows the board: the clinician over her cap, with this week’s on-site day taken from her capacity', async () => {
    await nav().getByRole('link', { name: 'Caseloads' }).click();
    const row = `caseload-${seeded.clinician}`;
    await page.getByTestId(row).waitFor();
    const api = await web.api<{ items: Line[] }>(admin, 'GET', '/api/caseloads');
    const line = api.items.find((l) => l.staffId === seeded.clinician)!;
    expect(line.onSiteSupport.hours).toBeGreaterThan(0);
    expect(line.onSiteSupport.availableCap).toBeLessThan(line.cap);
    await expect(cell(row, 'open-cases')).resolves.toBe(String(seeded.clinicianCases));
    await expect(cell(row, 'cap')).resolves.toBe(String(line.cap));
    await expect(page.getByTestId(row).getAttribute('class')).resolves.toBe('warn');
    await expect(page.getByTestId(`caseload-${seeded.worker}`).getAttribute('class')).resolves.toBeNull();
    await expect(cell(row, 'on-site')).resolves.toBe(`${line.onSiteSupport.hours} h`);
    await expect(cell(row, 'cap-left')).resolves.toBe(String(line.onSiteSupport.availableCap));
    await expect(cell('capacity-total', 'on-site')).resolves.toBe(`${line.onSiteSupport.hours} h`);
    await screenshot(page, 'caseloads');

    // The day before (the week before): no support yet, the whole cap available.
    await page.getByLabel('As at date').fill('2018-10-14');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByTestId('as-at-banner').waitFor();
    await page.getByTestId(row).getByTestId('on-site').getByText('—').waitFor();
    await expect(cell(row, 'cap-left')).resolves.toBe(String(line.cap));
    await expect(cell(row, 'open-cases')).resolves.toBe(String(seeded.clinicianCases));
    await page.getByRole('button', { name: 'Back to today' }).click();
  });

  it('shows the Centre’s intakes and the selected council with its participants and support', async () => {
    await nav().getByRole('link', { name: 'Intakes and councils' }).click();
    await page.getByTestId('intake-3').waitFor();
    const intakes = await web.api<{ items: { year: number; placesPlanned: number; councilsPlanned: number }[] }>(
      admin,
      'GET',
      '/api/centre/intakes',
    );
    const year3 = intakes.items.find((i) => i.year === 3)!;
    await expect(cell('intake-3', 'councils')).resolves.toBe(`1 / ${year3.councilsPlanned}`);
    await expect(cell('intake-3', 'participants')).resolves.toBe(`${seeded.participants} / ${year3.placesPlanned}`);
    await page.getByLabel('Intake', { exact: true }).selectOption('3');
    const council = `council-${seeded.councilId}`;
    await page.getByTestId(council).waitFor();
    const [avon] = (await web.api<{ items: { feesPence: number }[] }>(admin, 'GET', '/api/centre/intakes/3/councils'))
      .items;
    await expect(cell(council, 'decision')).resolves.toMatch(/^Selected on 31 Jan 2018/);
    await expect(cell(council, 'practitioner')).resolves.toBe('2');
    await expect(cell(council, 'fees')).resolves.toBe(pounds(avon.feesPence));
    await expect(cell(council, 'on-site')).resolves.toMatch(/^1 day, /);
    await screenshot(page, 'centre-intakes');
  });

  it('shows invoices and the plan’s stated totals against the lines, the gap highlighted', async () => {
    await nav().getByRole('link', { name: 'Invoices and finances' }).click();
    await page.getByTestId('centre-stated-totals').waitFor();
    const money = await web.api<{ statedTotals: { year: number; differencePence: number }[] }>(
      admin,
      'GET',
      '/api/centre/finances',
    );
    const gap = money.statedTotals.find((t) => t.differencePence !== 0)!;
    await expect(cell(`stated-${gap.year}`, 'difference')).resolves.toBe(pounds(gap.differencePence));
    await expect(page.getByTestId(`stated-${gap.year}`).getAttribute('class')).resolves.toBe('warn');
    const invoices = await web.api<{ totalPence: number }>(admin, 'GET', '/api/centre/invoices');
    expect(invoices.totalPence).toBeGreaterThan(0);
    await expect(page.getByTestId('invoices-total').textContent()).resolves.toBe(pounds(invoices.totalPence));
    await screenshot(page, 'centre-finances');
  });
});
