import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, startProduct, type RunningProduct, signInToAgentApp, signInToPortal } from './product';

const run = browserAvailable() ? describe : describe.skip;

const MANAGER = 'wile@coyote.test';
const ADMIN = 'admin@acme.test';
const NEW_COLLEAGUE = 'pat@coyote.test';
// Sam's request in the demo data (server/src/db/seed/demo-companies.ts).
const SAMS_REQUEST = 'Giant Magnet pulls in the wrong direction';

run('companies and CCs, in real browsers', () => {
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

  it("an admin lets Coyote's contacts reply to each other; the manager sees a colleague's request, copies a colleague, who signs in and sees it", async () => {
    // The admin opens Coyote Inc. in the agent app and lets everyone in it see and reply.
    const app = await (await browser.newContext()).newPage();
    await signInToAgentApp(app, product, ADMIN, '/agent/companies');
    await app.waitForURL(/\/agent\//);
    await app.goto(product.url('localhost', '/agent/companies'));
    await app
      .getByTestId('company-list')
      .getByRole('link', { name: /Coyote Inc\./ })
      .click();
    await app.getByTestId('company-name').getByText('Coyote Inc.').waitFor();
    await app.getByTestId('company-tickets').getByText(SAMS_REQUEST).waitFor();
    await app.getByLabel('Sharing').selectOption('EVERYONE_COMMENT');
    await app.getByRole('button', { name: 'Save' }).click();
    await app
      .getByText(/Everyone sees and replies/)
      .first()
      .waitFor();

    // Wile, the manager, finds Sam's request under "Requests from my company", raised by Sam.
    const wile = await (await browser.newContext()).newPage();
    await signInToPortal(wile, product, MANAGER, '/requests/company');
    await wile.waitForURL(product.url('acme.localhost', '/requests/company'));
    const list = wile.getByTestId('request-list');
    await list.getByText(SAMS_REQUEST).waitFor();
    await list
      .getByText(/raised by Sam Coyote/)
      .first()
      .waitFor();
    await list.getByRole('link', { name: new RegExp(SAMS_REQUEST) }).click();
    await wile.getByTestId('request-raised-by').getByText('Sam Coyote').waitFor();

    // Wile copies a colleague by email; an outside address is refused with the reason.
    const ccs = wile.getByTestId('cc-editor');
    await ccs.getByLabel('Add someone by email').fill('someone@elsewhere.test');
    await ccs.getByRole('button', { name: 'Add' }).click();
    await ccs.getByText('You can only add people from your own company.').waitFor();
    await ccs.getByLabel('Add someone by email').fill(NEW_COLLEAGUE);
    await ccs.getByRole('button', { name: 'Add' }).click();
    await wile.getByTestId('cc-list').getByText(NEW_COLLEAGUE).waitFor();
    const number = /\/requests\/(\d+)$/.exec(wile.url())?.[1];
    expect(number).toBeTruthy();

    // Pat signs in for the first time and finds the request among their own, and opens it.
    const pat = await (await browser.newContext()).newPage();
    await signInToPortal(pat, product, NEW_COLLEAGUE, '/requests');
    await pat.waitForURL(product.url('acme.localhost', '/requests'));
    await pat
      .getByTestId('request-list')
      .getByRole('link', { name: new RegExp(SAMS_REQUEST) })
      .click();
    await pat.waitForURL(product.url('acme.localhost', `/requests/${number}`));
    await pat.getByTestId('request-subject').getByText(SAMS_REQUEST).waitFor();
    await pat.getByTestId('request-raised-by').getByText('Sam Coyote').waitFor();
  }, 180_000);
});
