import type { Browser, BrowserContext } from 'playwright-core';
import {
  browserAvailable,
  confirmSignIn,
  latestTaggedMail,
  launchBrowser,
  startProduct,
  type RunningProduct,
  signInToAgentApp,
} from './product';

// Issue 14.4: the requester rates a solved request from the email's link (the link opens a page
// with the choice preselected; only submitting it records), and the agent sees the rating.

const run = browserAvailable() ? describe : describe.skip;

const REQUESTER = 'wile@coyote.test';
const AGENT = 'admin@acme.test';

/** The rating links of the newest solved email to an address. */
async function ratingLinks(product: RunningProduct, to: string): Promise<{ good: string; bad: string }> {
  const mail = await latestTaggedMail(product, to, 'ticket-solved');
  const link = (rating: string) => new RegExp(`(https?://\\S+/satisfaction/\\S+\\?rating=${rating})`).exec(mail.text)?.[1];
  const [good, bad] = [link('good'), link('bad')];
  if (!good || !bad) throw new Error(`no rating links in: ${mail.text}`);
  return { good, bad };
}

run('satisfaction after solve, in real browsers', () => {
  let product: RunningProduct;
  let browser: Browser;
  let requester: BrowserContext;
  let agent: BrowserContext;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    requester = await browser.newContext();
    agent = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('the requester rates a solved request from the email link, with a comment, the agent sees it, and the requester changes it in the portal', async () => {
    // The agent solves Wile's invoice request (#2, open in the demo).
    const app = await agent.newPage();
    await signInToAgentApp(app, product, AGENT, '/agent/tickets/unassigned');
    await app.getByTestId('ticket-queue').waitFor();
    await app.goto(product.url('localhost', '/agent/tickets/t/2'));
    await app.getByTestId('ticket-subject').waitFor();
    await app.getByLabel(/^Status/).selectOption('SOLVED');
    await app.getByTestId('ticket-satisfaction').getByText('no answer yet').waitFor();

    // The requester opens the Bad link from the email (not signed in): the page preselects Bad.
    const links = await ratingLinks(product, REQUESTER);
    const page = await requester.newPage();
    await page.goto(links.bad);
    expect(await page.getByTestId('rating-bad').isChecked()).toBe(true);
    expect(await page.getByTestId('rating-good').isChecked()).toBe(false);
    // Opening it recorded nothing: the agent's card still waits for an answer.
    await app.reload();
    await app.getByTestId('ticket-satisfaction').getByText('no answer yet').waitFor();

    // They change their mind, add a comment and submit.
    await page.getByTestId('rating-good').check();
    await page.getByTestId('rating-comment').fill('Fixed before my coffee got cold.');
    await page.getByTestId('submit-rating').click();
    await page.getByTestId('rating-thanks').waitFor();

    // The agent sees the rating and comment on the ticket, and in its history.
    await app.reload();
    const card = app.getByTestId('ticket-satisfaction');
    await card.getByTestId('ticket-satisfaction-rating').getByText('Good').waitFor();
    expect(await card.getByTestId('ticket-satisfaction-comment').textContent()).toBe('Fixed before my coffee got cold.');
    await app.getByTestId('ticket-timeline').getByText('rated the request Good: “Fixed before my coffee got cold.”').waitFor();

    // Opening the link again shows the answer given.
    await page.goto(links.good);
    await page.getByTestId('current-rating').getByText('Good').waitFor();

    // Signed in, the request page shows the answer and lets them change it within the window.
    await page.goto(product.url('acme.localhost', '/signin'));
    await page.getByLabel('Email address').fill(REQUESTER);
    await page.getByRole('button', { name: /sign-in link/i }).click();
    await confirmSignIn(page, product, REQUESTER);
    await page.goto(product.url('acme.localhost', '/requests/2'));
    const rating = page.getByTestId('rating-card');
    await rating.getByTestId('rating-current').getByText('Good').waitFor();
    await rating.getByTestId('rating-change').click();
    await rating.getByTestId('rate-bad').click();
    await rating.getByTestId('rating-comment').fill('It broke again after lunch.');
    await rating.getByTestId('rating-submit').click();
    await rating.getByTestId('rating-current').getByText('Bad').waitFor();
    await app.reload();
    await app.getByTestId('ticket-satisfaction-rating').getByText('Bad').waitFor();
    expect(await app.getByTestId('ticket-satisfaction-comment').textContent()).toBe('It broke again after lunch.');
  });
});
