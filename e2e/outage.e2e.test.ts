import type { Browser, Page, Request } from 'playwright-core';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../server/src/graphql/error-response.plugin';
import { UNAVAILABLE_MESSAGE } from '../server/src/graphql/errors';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct } from './product';

// Issue 10.13: both apps ride out a database outage. The product runs on PGlite inside its own
// process, with no way to take the database away from outside, so the browser answers the GraphQL
// requests itself, exactly as the server does when its database is down (the host lookup fails
// first: app.ts's 503 with Retry-After, hardening.int.test.ts), then lets them through to the real
// server.

const run = browserAvailable() ? describe : describe.skip;

const NOTICE = /having trouble reaching the server\. Retrying/;

const operationOf = (request: Request): string =>
  (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? '';

/**
 * Answers the first `count` GraphQL requests for which `refuse` holds with the server's outage
 * answer and lets every other request through; returns the operation name of every request made.
 */
async function outage(page: Page, count: number, refuse: (operation: string) => boolean = () => true): Promise<string[]> {
  const operations: string[] = [];
  let refused = 0;
  await page.route('**/graphql', async (route) => {
    const operation = operationOf(route.request());
    operations.push(operation);
    if (refused >= count || !refuse(operation)) return route.continue();
    refused += 1;
    await route.fulfill({
      status: 503,
      headers: { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) },
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({
        errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', requestId: `e2e-outage-${refused}` } }],
      }),
    });
  });
  return operations;
}

run('a database outage, in real browsers (issue 10.13)', () => {
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

  it('the portal says it is retrying instead of showing an error page, then shows the help center and the notice goes away', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const operations = await outage(page, 3);
    await page.goto(product.url('acme.localhost', '/'));

    const notice = page.getByRole('status').filter({ hasText: NOTICE });
    await notice.waitFor();
    await page.getByText('Loading the help center…').waitFor();
    await page.getByTestId('portal-hero-title').waitFor();
    await notice.waitFor({ state: 'hidden' });

    expect(await page.getByText("We couldn't load this help center").count()).toBe(0);
    // The shell's query was refused three times and asked again each time.
    expect(operations.filter((o) => o === 'PortalShell').length).toBeGreaterThanOrEqual(4);
    await context.close();
  }, 90_000);

  it('a portal mutation meets the outage once: it is not retried, and the form says so', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(product.url('acme.localhost', '/signin'));
    const operations = await outage(page, Infinity, (o) => o === 'RequestPortalSignIn');
    await page.getByLabel('Email address').fill('wile@coyote.test');
    await page.getByRole('button', { name: /sign-in link/i }).click();

    // A retrying link would hold the error back until its last try, minutes later.
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/try again/i);
    expect(operations.filter((o) => o === 'RequestPortalSignIn')).toHaveLength(1);
    expect(await page.getByRole('status').filter({ hasText: NOTICE }).count()).toBe(0);
    await context.close();
  }, 90_000);

  it('the agent app keeps a signed-in agent on a "retrying" splash, not the sign-in screen, then opens the queue', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(product.url('localhost', '/agent/tickets/unassigned'));
    await page.getByLabel('Workspace').fill('acme');
    await page.getByLabel('Work email').fill('admin@acme.test');
    await page.getByTestId('agent-signin').getByRole('button').click();
    await page.getByLabel('Sign-in code').waitFor();
    await page.goto((await latestMail(product, 'admin@acme.test')).link);
    await page.getByTestId('confirm-sign-in').click();
    await page.getByTestId('ticket-queue').waitFor();

    const operations = await outage(page, 3);
    await page.goto(product.url('localhost', '/agent/tickets/unassigned'));
    const notice = page.getByRole('status').filter({ hasText: NOTICE });
    await notice.waitFor();
    await page.getByText('Opening ActionConnect…').waitFor();
    await page.getByTestId('ticket-queue').waitFor();
    await notice.waitFor({ state: 'hidden' });

    // Had the viewer query failed, the gate would have taken the agent for a stranger.
    expect(await page.getByTestId('agent-signin').count()).toBe(0);
    expect(await page.getByText("Couldn't load the tickets").count()).toBe(0);
    expect(operations.filter((o) => o === 'AgentViewer').length).toBeGreaterThanOrEqual(4);
    await context.close();
  }, 120_000);

  it('an agent-app mutation meets the outage once: it is not retried, and the form says so', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(product.url('localhost', '/agent/'));
    const operations = await outage(page, Infinity, (o) => o === 'RequestAgentSignIn');
    await page.getByLabel('Workspace').fill('acme');
    await page.getByLabel('Work email').fill('agent@acme.test');
    await page.getByTestId('agent-signin').getByRole('button').click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/try again/i);
    expect(operations.filter((o) => o === 'RequestAgentSignIn')).toHaveLength(1);
    expect(await page.getByRole('status').filter({ hasText: NOTICE }).count()).toBe(0);
    await context.close();
  }, 90_000);
});
