import type { Browser, Page } from 'playwright-core';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct, signInToAgentApp } from './product';

// Service levels in real browsers (issue 15.3–4), on the demo data: Acme keeps Monday–Friday 9–17
// in Los Angeles and a policy per priority; its demo tickets carry due times.
const run = browserAvailable() ? describe : describe.skip;

async function confirmSignIn(page: Page, product: RunningProduct, email: string): Promise<void> {
  await page.getByLabel('Sign-in code').waitFor();
  const mail = await latestMail(product, email);
  await page.goto(mail.link);
  await page.getByTestId('confirm-sign-in').click();
}

run('service levels, in real browsers', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('the portal says when answers usually come and when a waiting request can expect one, in the reader’s time zone', async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
    const portal = await context.newPage();
    await portal.goto(product.url('acme.localhost', '/'));
    const promise = (await portal.getByTestId('reply-promise').textContent()) ?? '';
    expect(promise).toMatch(/We usually reply within \d+ business (hour|minute)s?\./);

    await portal.goto(product.url('acme.localhost', '/requests/1'));
    await portal.getByLabel('Email address').fill('wile@coyote.test');
    await portal.getByRole('button', { name: /sign-in link/i }).click();
    await confirmSignIn(portal, product, 'wile@coyote.test');
    await portal.waitForURL(product.url('acme.localhost', '/requests/1'));
    const expected = (await portal.getByTestId('request-expected-reply').textContent()) ?? '';
    expect(expected).toMatch(/^Expected reply by (Monday|Tuesday|Wednesday|Thursday|Friday) \d{2}:\d{2} \(your time\)$/);
    // Acme's business day ends at 17:00 in Los Angeles: 02:00 in Berlin (an hour earlier in the weeks the two switch daylight saving apart).
    const [, hh] = /(\d{2}):\d{2}/.exec(expected) ?? [];
    const hour = Number(hh);
    expect(hour >= 17 || hour <= 2).toBe(true);
    await context.close();
  });

  it('the agent queue shows a due column, and the Overdue view lists overdue tickets in red', async () => {
    const context = await browser.newContext();
    const app = await context.newPage();
    await signInToAgentApp(app, product, 'admin@acme.test', '/agent/tickets/open');
    const queue = app.getByTestId('ticket-queue');
    await queue.getByRole('columnheader', { name: /Due/ }).waitFor();
    await queue.getByTestId('due-cell').first().waitFor();
    const cells = await queue.getByTestId('due-cell').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const text of cells) expect(text).toMatch(/^(due in|overdue) \d+ (min|h|days)$/);

    await app.goto(product.url('localhost', '/agent/tickets/overdue'));
    await queue.getByTestId('due-cell').first().waitFor();
    const overdue = queue.getByTestId('due-cell');
    for (const text of await overdue.allTextContents()) expect(text).toMatch(/^overdue /);
    expect(await overdue.first().evaluate((cell) => cell.classList.contains('due--overdue'))).toBe(true);

    // The admin's settings page shows Acme's hours and refuses an unknown time zone by name.
    await app.goto(product.url('localhost', '/agent/settings/service-levels'));
    const zone = app.getByLabel('Time zone');
    await zone.waitFor();
    expect(await zone.inputValue()).toBe('America/Los_Angeles');
    expect(await app.getByLabel('Monday opens').inputValue()).toBe('09:00');
    await zone.fill('Mars/Olympus');
    await app.getByTestId('service-level-form').getByRole('button', { name: 'Save' }).click();
    await app.getByText('"Mars/Olympus" is not a known time zone.').waitFor();

    // The report lists the demo's weeks and priorities with the share that met each target.
    await app.goto(product.url('localhost', '/agent/settings/service-level-report'));
    const report = app.getByTestId('service-level-report');
    await report.waitFor();
    expect(await report.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await report.locator('tbody').textContent()).toMatch(/\d+ %/);
    await context.close();
  });
});
