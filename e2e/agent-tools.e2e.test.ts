import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, startProduct, type RunningProduct, signInToAgentApp } from './product';

// Issue 17.1–3 in a real browser: an agent finds a contact by part of their address with the
// header's search (`/`), opens their ticket from the contact page, tags it, and answers it with a
// canned reply that also solves it.

const run = browserAvailable() ? describe : describe.skip;
const EMAIL = 'procurement.department.rocket.propulsion.division@acme-supplies-international.test';
const SUBJECT = 'Bulk order of 400 rocket-powered roller skates';

run('the agent’s tools (issue 17)', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await signInToAgentApp(page, product, 'admin@acme.test', '/agent/tickets/all');
    await page.getByTestId('ticket-queue').waitFor();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('finds a contact by part of their email, tags their ticket and solves it with a canned reply', async () => {
    // `/` focuses the search from anywhere outside a text box.
    await page.locator('body').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('/');
    await page.keyboard.type('propulsion');
    const results = page.getByTestId('search-results');
    await results.getByRole('link', { name: EMAIL }).click();
    await page.getByTestId('contact-name').getByText(EMAIL).waitFor();

    await page
      .getByTestId('contact-tickets')
      .getByRole('link', { name: new RegExp(SUBJECT) })
      .click();
    await page.getByTestId('ticket-subject').getByText(SUBJECT).waitFor();

    // A tag, with the workspace's tags as suggestions.
    const tags = page.getByTestId('ticket-tags');
    await tags.getByLabel('Add a tag').fill('Quote Request');
    await tags.getByRole('button', { name: 'Add tag' }).click();
    await tags.getByRole('link', { name: 'quote request' }).waitFor();
    await page.getByTestId('ticket-timeline').getByText('tagged the ticket “quote request”').waitFor();

    // The canned reply fills the composer, filled in for this ticket; the agent edits it and sends.
    await page.getByRole('button', { name: 'Canned reply' }).click();
    await page.getByTestId('macro-picker').getByLabel('Find a canned reply').fill('solved');
    await page
      .getByTestId('macro-picker')
      .getByRole('button', { name: /Solved: thanks for your patience/ })
      .click();
    const box = page.getByTestId('ticket-composer').getByRole('textbox');
    const filled = await box.inputValue();
    expect(filled).toContain(`Hi ${EMAIL},`);
    expect(filled).toContain('marking #7 as solved');
    expect(filled).not.toContain('{{');
    await page.getByTestId('macro-applied').getByText('set the status to Solved').waitFor();
    await box.fill(filled.replace('This is fixed now', 'Your quote is attached and the order is booked'));
    await page.getByRole('button', { name: 'Send reply' }).click();

    await page.getByTestId('ticket-timeline').getByText('Your quote is attached and the order is booked').waitFor();
    await page.locator('.ticket-page-meta .status-pill').getByText('Solved').waitFor();
    await page
      .getByTestId('ticket-timeline')
      .getByText(/set the status to Solved|changed the status from \w+ to Solved/)
      .first()
      .waitFor();
  }, 120_000);
});
