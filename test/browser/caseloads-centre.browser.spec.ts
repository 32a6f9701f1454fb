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

  it('records one person’s caseload: over the cap and back, a closure refused, an individual cap set and cleared', async () => {
    const { id } = await web.api<{ id: string }>(admin, 'POST', '/api/staff', {
      name: 'Pat Leader',
      borough: 'LBHF',
      role: 'practice-leader',
      fte: 1,
      startedOn: '2016-04-01',
    });
    type History = { entries: { overCap: boolean; actor: string; openCases: number }[] };
    const history = () => web.api<History>(admin, 'GET', `/api/staff/${id}/caseload/history`);
    const lineOf = async (query = '') =>
      (
        await web.api<{ items: (Line & { openCases: number; capSource: string })[] }>(
          admin,
          'GET',
          `/api/caseloads${query}`,
        )
      ).items.find((l) => l.staffId === id);
    const figures = page.getByTestId('caseload-figures');
    const headroomSays = (text: string) => figures.getByTestId('headroom').filter({ hasText: text }).waitFor();
    // Opened once and left open, so a second record in the same form must not close it again.
    const form = async (title: string) => {
      const details = page.locator('details').filter({ has: page.locator('summary', { hasText: title }) });
      if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
      return page.getByRole('form', { name: title });
    };
    const record = async (title: string, fields: Record<string, string>, button: string, says: string) => {
      const f = await form(title);
      for (const [label, value] of Object.entries(fields)) await f.getByLabel(label, { exact: true }).fill(value);
      await f.getByRole('button', { name: button }).click();
      await f.getByRole('status').filter({ hasText: says }).waitFor();
      return f;
    };

    // Loaded afresh: the board from the test before is still open, without the person just hired.
    await page.goto(`${web.baseUrl}/caseloads`);
    await page.getByTestId(`caseload-${id}`).getByRole('link', { name: 'Pat Leader' }).click();
    await page.getByRole('heading', { name: 'Caseload: Pat Leader' }).waitFor();
    await headroomSays('6 more');

    await record(
      'Record a count',
      { 'Counted as at': TODAY, 'Open cases': '5', Reason: 'Monthly stocktake' },
      'Record the count',
      'Recorded: 5 open cases that day, within the cap of 6.',
    );
    await headroomSays('1 more');
    await expect(figures.getByTestId('cap').textContent()).resolves.toBe(
      '6 (the plan’s cap for the role, pro rata to 1.00 FTE)',
    );

    await record(
      'Record an allocation',
      { 'Allocated on': TODAY, 'Cases allocated': '2', Reason: 'Allocation meeting' },
      'Record the allocation',
      'Recorded, but over the cap: 7 open cases that day against a cap of 6.',
    );
    await headroomSays('over by 1');
    await expect(figures.getByTestId('open-cases').textContent()).resolves.toMatch(/^7 /);
    await page.getByTestId('over-cap-badge').waitFor();
    await page.getByTestId('history-1').getByTestId('over-cap').getByText('Over cap').waitFor();
    await expect(page.getByTestId('history-1').getAttribute('class')).resolves.toBe('warn');
    const recorded = await history();
    expect(recorded.entries.map((e) => e.overCap)).toEqual([false, true]);
    await page.getByTestId('history-1').getByText(recorded.entries[1].actor, { exact: true }).waitFor();
    expect((await lineOf('?over=true'))?.openCases).toBe(7);

    await nav().getByRole('link', { name: 'Caseloads' }).click();
    await page.getByTestId(`caseload-${id}`).waitFor();
    await expect(page.getByTestId(`caseload-${id}`).getAttribute('class')).resolves.toBe('warn');
    await expect(cell(`caseload-${id}`, 'open-cases')).resolves.toBe('7');
    await page.getByTestId(`caseload-${id}`).getByRole('link', { name: 'Pat Leader' }).click();
    await headroomSays('over by 1');

    const closures = await record(
      'Record a closure',
      { 'Closed on': TODAY, 'Cases closed': '2', Reason: 'Stepped down to early help' },
      'Record the closure',
      'Recorded: 5 open cases that day, within the cap of 6.',
    );
    await headroomSays('1 more');
    await expect(page.getByTestId('over-cap-badge').count()).resolves.toBe(0);
    expect(await lineOf('?over=true')).toBeUndefined();

    // More closed than are open: refused, and said next to the number of cases.
    await closures.getByLabel('Cases closed').fill('50');
    await closures.getByRole('button', { name: 'Record the closure' }).click();
    const casesField = closures.locator('.field').filter({ has: page.getByText('Cases closed', { exact: true }) });
    await casesField
      .getByRole('alert')
      .filter({ hasText: 'That would take the open cases below zero: no more can close than are open.' })
      .waitFor();
    await expect(closures.getByLabel('Cases closed').getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await history()).entries).toHaveLength(3);
    expect((await lineOf())?.openCases).toBe(5);
    await screenshot(page, 'caseload-person');

    await record(
      'Set an individual cap',
      { 'Applies from': TODAY, 'Most open cases': '8', Reason: 'Covering a colleague’s leave' },
      'Set the cap',
      'Recorded: 5 open cases that day, within the cap of 8.',
    );
    await headroomSays('3 more');
    await expect(figures.getByTestId('cap').textContent()).resolves.toBe('8individual');
    expect(await lineOf()).toMatchObject({ cap: 8, capSource: 'individual' });

    await record(
      'Clear the individual cap',
      { 'Plan cap applies again from': TODAY, Reason: 'Colleague back' },
      'Clear the cap',
      'Recorded: 5 open cases that day, within the cap of 6.',
    );
    await headroomSays('1 more');
    expect(await lineOf()).toMatchObject({ cap: 6, capSource: 'plan' });
    expect((await history()).entries).toHaveLength(5);

    // Looking back, the day before any of it: the plan's cap and no cases, and nothing can be recorded.
    await page.getByLabel('As at date').fill('2018-10-14');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByTestId('as-at-banner').waitFor();
    await headroomSays('6 more');
    await page.getByTestId('history-4').getByText('after the as-at date').waitFor();
    await expect(page.getByRole('heading', { name: 'Record a change' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Back to today' }).click();
    await headroomSays('1 more');
  });

  it('lets HR open a person’s caseload from their staff page, read only', async () => {
    const hr = await web.user('hr');
    const hrPage = await newPage(browser);
    try {
      await signIn(hrPage, web.baseUrl, hr.username, hr.password);
      await hrPage.goto(`${web.baseUrl}/staff/${seeded.clinician}`);
      await hrPage.getByRole('link', { name: 'Caseload: open cases, cap and history' }).click();
      await hrPage.getByRole('heading', { name: 'Caseload: Cleo Onsite' }).waitFor();
      await hrPage.getByTestId('caseload-history').waitFor();
      await expect(hrPage.getByTestId('caseload-figures').getByTestId('open-cases').textContent()).resolves.toMatch(
        new RegExp(`^${seeded.clinicianCases} `),
      );
      await expect(hrPage.getByRole('heading', { name: 'Record a change' }).count()).resolves.toBe(0);
      await expect(hrPage.locator('form[aria-label="Record a count"]').count()).resolves.toBe(0);
    } finally {
      await hrPage.context().close();
    }
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

  it('lets the clinical lead run an open intake: apply, select, register, a classroom day, completion, the fee', async () => {
    // Year 4's selection closes on 31 January 2019, after TODAY (15 October 2018); the intake starts on 1 April 2019.
    type Participant = { id: string; feePence: number; classroomDays: number; status: string; completedOn: string };
    const main = () => page.getByRole('main');
    const fieldError = (form: ReturnType<Page['getByRole']>, label: string) =>
      form.locator('.field', { has: page.getByLabel(label, { exact: true }) }).locator('.field-error');
    await page.goto(`${web.baseUrl}/centre?year=4`);
    const apply = page.getByRole('form', { name: 'Record an application' });
    await apply.getByLabel('Council name').fill('Dorset');
    await apply.getByLabel('Ofsted rating').selectOption('inadequate');
    await apply.getByLabel('Leadership stability').fill('Third interim director in two years');
    await apply.getByLabel('Applied on').fill(TODAY);
    await apply.getByRole('button', { name: 'Record the application' }).click();
    await expect(fieldError(apply, 'Ofsted rating').textContent()).resolves.toBe(
      'Councils rated Inadequate by Ofsted are not eligible for the Centre.',
    );
    await apply.getByLabel('Ofsted rating').selectOption('good');
    await apply.getByLabel('Applied on').fill('2019-02-01');
    await apply.getByRole('button', { name: 'Record the application' }).click();
    await expect(fieldError(apply, 'Applied on').textContent()).resolves.toBe(
      'Selection for this intake closed on 31 January 2019.',
    );
    await apply.getByLabel('Leadership stability').fill('Director in post since 2014, stable heads of service');
    await apply.getByLabel('Applied on').fill(TODAY);
    await apply.getByRole('button', { name: 'Record the application' }).click();
    await apply.getByText('Dorset’s application is recorded, awaiting a decision.').waitFor();
    const applied = await web.api<{ items: { id: string; name: string; status: string }[] }>(
      admin,
      'GET',
      '/api/centre/intakes/4/councils',
    );
    expect(applied.items.map(({ name, status }) => ({ name, status }))).toEqual([
      { name: 'Dorset', status: 'applied' },
    ]);
    const councilId = applied.items[0].id;
    await expect(cell(`council-${councilId}`, 'decision')).resolves.toBe('Awaiting a decision');

    await main().getByRole('link', { name: 'Dorset' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dorset' }).waitFor();
    const decide = page.getByRole('form', { name: 'Decide on the application' });
    await decide.getByLabel('Decision').selectOption('selected');
    await decide.getByLabel('Decided on').fill(TODAY);
    await decide.getByLabel('Reason').fill('Stable leadership, committed to the model');
    await decide.getByRole('button', { name: 'Record the decision' }).click();
    await page
      .getByTestId('decision')
      .getByText(/^Selected on 15 Oct 2018/)
      .waitFor();

    const register = page.getByRole('form', { name: 'Register a participant' });
    await register.getByLabel('Name').fill('Eve Participant');
    await register.getByLabel('Group').selectOption('practitioner');
    await register.getByLabel('Registered on').fill(TODAY);
    await register.getByRole('button', { name: 'Register the participant' }).click();
    const practitioners = page.getByTestId('group-practitioner');
    await practitioners.getByRole('rowheader', { name: 'Eve Participant' }).waitFor();
    await practitioners.getByTestId('places-left').getByText('19', { exact: true }).waitFor();
    const onSite = page.getByRole('form', { name: 'Record on-site support' });
    await onSite.getByLabel('Triborough clinician').selectOption({ label: 'Cleo Onsite (RBKC)' });
    await onSite.getByLabel('On', { exact: true }).fill('2019-04-02');
    await onSite.getByRole('button', { name: 'Record the support' }).click();
    await page.getByTestId('on-site-days').getByRole('link', { name: 'Cleo Onsite' }).waitFor();
    // The council's figures come in their own request: wait for them rather than read them once.
    await page.getByTestId('on-site-total').getByText('1 day, 7.5 h', { exact: true }).waitFor();
    const listed = (
      await web.api<{ items: Participant[] }>(
        admin,
        'GET',
        `/api/centre/participants?intakeYear=4&councilId=${councilId}`,
      )
    ).items;
    expect(listed).toHaveLength(1);
    const [eve] = listed;
    const intakes = await web.api<{ items: { year: number; feePencePerParticipant: number }[] }>(
      admin,
      'GET',
      '/api/centre/intakes',
    );
    expect(eve.feePence).toBe(intakes.items.find((i) => i.year === 4)!.feePencePerParticipant);

    await main().getByRole('link', { name: 'Intakes and councils' }).click();
    await main().getByRole('link', { name: 'Record a day’s attendance for the Year 4 intake' }).click();
    const register4 = page.getByRole('form', { name: 'Record a day’s register' });
    await register4.getByLabel('Day', { exact: true }).fill('2019-04-01');
    await register4.getByLabel('Kind of day').selectOption('classroom');
    await register4.getByRole('checkbox', { name: /^Eve Participant/ }).check();
    await register4.getByRole('button', { name: 'Record the register' }).click();
    await register4.getByText('Recorded the day for 1 participant.').waitFor();
    await register4.getByRole('checkbox', { name: /^Eve Participant .*so far 1 classroom/ }).waitFor();
    const attended = await web.api<Participant>(admin, 'GET', `/api/centre/participants/${eve.id}`);
    expect(attended.classroomDays).toBe(1);

    await main().getByRole('link', { name: 'Intakes and councils' }).click();
    await main().getByRole('link', { name: 'Dorset' }).click();
    const row = page.getByTestId(`participant-${eve.id}`);
    await expect(row.getByTestId('classroom').textContent()).resolves.toBe('1 of 15');
    const complete = page.getByRole('form', { name: 'Completion of Eve Participant' });
    await complete.getByLabel('Completed on').fill('2019-04-01');
    await complete.getByRole('button', { name: 'Record completion' }).click();
    await row.getByTestId('completed').getByText('On 1 Apr 2019').waitFor();
    const completed = await web.api<Participant>(admin, 'GET', `/api/centre/participants/${eve.id}`);
    expect({ status: completed.status, completedOn: completed.completedOn }).toEqual({
      status: 'completed',
      completedOn: '2019-04-01',
    });
    await screenshot(page, 'centre-council');

    await nav().getByRole('link', { name: 'Invoices and finances' }).click();
    await page.getByTestId(`invoice-${councilId}`).waitFor();
    await expect(cell(`invoice-${councilId}`, 'amount')).resolves.toBe(pounds(eve.feePence));
    const money = await web.api<{ years: { year: number; invoicedIncomePence: number }[] }>(
      admin,
      'GET',
      '/api/centre/finances',
    );
    expect(money.years.find((y) => y.year === 4)!.invoicedIncomePence).toBe(eve.feePence);
    await expect(cell('finance-year-4', 'invoiced')).resolves.toBe(pounds(eve.feePence));
    const invoices = await web.api<{ totalPence: number }>(admin, 'GET', '/api/centre/invoices');
    await expect(page.getByTestId('invoices-total').textContent()).resolves.toBe(pounds(invoices.totalPence));
  });
});
