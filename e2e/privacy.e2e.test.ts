import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, startProduct, type RunningProduct, signInToAgentApp, signInToPortal } from './product';

const run = browserAvailable() ? describe : describe.skip;

// Demo contacts and admin of Acme (server/src/db/seed/demo-content.ts).
const CONTACT = 'road@runner.test';
const ADMIN = 'admin@acme.test';

run("a contact's own data, in real browsers", () => {
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

  it('a contact downloads their data and asks for deletion; an admin sees the request and anonymizes them', async () => {
    const road = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await signInToPortal(road, product, CONTACT, '/requests');
    await road.waitForURL(product.url('acme.localhost', '/requests'));
    await road.getByTestId('your-data-link').click();
    await road.waitForURL(product.url('acme.localhost', '/my-data'));

    const [download] = await Promise.all([road.waitForEvent('download'), road.getByTestId('download-my-data').click()]);
    expect(download.suggestedFilename()).toMatch(/^acme-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      profile: { email: string; name: string };
      requests: { subject: string; yourRole: string }[];
    };
    expect(exported.profile).toMatchObject({ email: CONTACT, name: 'Road Runner' });
    expect(exported.requests.length).toBeGreaterThan(0);
    expect(exported.requests.every((r) => r.yourRole === 'requester' || r.yourRole === 'cc')).toBe(true);

    await road.getByTestId('request-deletion').click();
    await road.getByTestId('confirm-deletion').click();
    await road
      .getByTestId('deletion-requested')
      .getByText(/We received your request/)
      .waitFor();

    const app = await (await browser.newContext()).newPage();
    await signInToAgentApp(app, product, ADMIN, '/agent/settings/data-requests');
    await app.waitForURL(/\/agent\//);
    await app.goto(product.url('localhost', '/agent/settings/data-requests'));
    // Sam's request from the demo data waits too; the admin anonymizes Road.
    const open = app.getByTestId('open-deletion-requests');
    await open.getByText('sam@coyote.test').waitFor();
    const row = open.getByRole('listitem').filter({ hasText: CONTACT });
    await row.getByTestId('anonymize-contact').click();
    await row.getByTestId('confirm-anonymize').click();
    await app
      .getByTestId('done-deletion-requests')
      .getByText(/former-contact-[0-9a-f]{12}@anonymized\.invalid/)
      .waitFor();
    expect(await open.getByText(CONTACT).count()).toBe(0);
    await open.getByText('sam@coyote.test').waitFor();

    // Road is signed out everywhere: the page asks them to sign in again.
    await road.goto(product.url('acme.localhost', '/requests'));
    await road.getByLabel('Email address').waitFor();
  });
});
