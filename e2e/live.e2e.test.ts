import type { Browser, Page } from 'playwright-core';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct } from './product';

const run = browserAvailable() ? describe : describe.skip;

const CONTACT = 'wile@coyote.test';
const AGENT = 'admin@acme.test';

async function confirmSignIn(page: Page, product: RunningProduct, email: string): Promise<void> {
  await page.getByLabel('Sign-in code').waitFor();
  const mail = await latestMail(product, email);
  await page.goto(mail.link);
  await page.getByTestId('confirm-sign-in').click();
}

run('live updates in real browsers (issue 13)', () => {
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

  it('the request page and the ticket page, open side by side, show each other’s replies without a reload, and never the note', async () => {
    const portal = await (await browser.newContext()).newPage();
    await portal.goto(product.url('acme.localhost', '/requests'));
    await portal.getByLabel('Email address').fill(CONTACT);
    await portal.getByRole('button', { name: /sign-in link/i }).click();
    await confirmSignIn(portal, product, CONTACT);
    await portal.waitForURL(/\/requests$/);
    // One of Wile's requests that is still open to replies.
    const number = await portal.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ myTickets(status: [NEW, OPEN, PENDING], first: 1) { nodes { number } } }' }),
      });
      const body = (await res.json()) as { data: { myTickets: { nodes: { number: number }[] } } };
      return body.data.myTickets.nodes[0].number;
    });
    await portal.goto(product.url('acme.localhost', `/requests/${number}`));
    await portal.getByTestId('request-timeline').waitFor();

    const app = await (await browser.newContext()).newPage();
    await app.goto(product.url('localhost', `/agent/tickets/t/${number}`));
    await app.getByLabel('Workspace').fill('acme');
    await app.getByLabel('Work email').fill(AGENT);
    await app.getByTestId('agent-signin').getByRole('button').click();
    await confirmSignIn(app, product, AGENT);
    await app.waitForURL(/\/agent\/(?!signin)/);
    await app.goto(product.url('localhost', `/agent/tickets/t/${number}`));
    await app.getByTestId('ticket-timeline').waitFor();

    const note = `Internal: check the batch ${Date.now()}`;
    const reply = `A replacement is on its way ${Date.now()}`;
    await app.getByRole('radio', { name: 'Internal note' }).click();
    await app.getByTestId('ticket-composer').getByRole('textbox').fill(note);
    await app.getByRole('button', { name: 'Add note' }).click();
    await app.getByTestId('timeline-note').getByText(note).waitFor();
    await app.getByRole('radio', { name: 'Public reply' }).click();
    await app.getByTestId('ticket-composer').getByRole('textbox').fill(reply);
    await app.getByRole('button', { name: 'Send reply' }).click();

    // No reload: the reply arrives over the socket.
    await portal.getByTestId('request-timeline').getByText(reply).waitFor({ timeout: 5000 });
    expect(await portal.locator('body').textContent()).not.toContain(note);

    // And the other way round: the contact answers, the agent's page shows it.
    const answer = `Thanks, it arrived ${Date.now()}`;
    await portal.getByTestId('reply-box').getByRole('textbox').fill(answer);
    await portal.getByTestId('reply-box').getByRole('button', { name: /send/i }).click();
    await app.getByTestId('ticket-timeline').getByText(answer).waitFor({ timeout: 5000 });
    expect(await app.getByTestId('live-reconnecting').count()).toBe(0);

    // A second agent opens the same ticket: each sees the other, and who is typing a note.
    const colleague = await (await browser.newContext()).newPage();
    await colleague.goto(product.url('localhost', `/agent/tickets/t/${number}`));
    await colleague.getByLabel('Workspace').fill('acme');
    await colleague.getByLabel('Work email').fill('agent@acme.test');
    await colleague.getByTestId('agent-signin').getByRole('button').click();
    await confirmSignIn(colleague, product, 'agent@acme.test');
    await colleague.waitForURL(/\/agent\/(?!signin)/);
    await colleague.goto(product.url('localhost', `/agent/tickets/t/${number}`));
    await colleague.getByTestId('ticket-timeline').waitFor();
    await app.getByTestId('ticket-presence').getByText('Arthur Agent is viewing').waitFor({ timeout: 3000 });
    await colleague.getByTestId('ticket-presence').getByText('Ada Admin is viewing').waitFor({ timeout: 3000 });
    await colleague.getByRole('radio', { name: 'Internal note' }).click();
    await colleague.getByTestId('ticket-composer').getByRole('textbox').pressSequentially('Looking into it');
    await app.getByTestId('ticket-presence').getByText('Arthur Agent is writing a note…').waitFor({ timeout: 3000 });
    // They leave: the chip goes.
    await colleague.close();
    await app.getByTestId('ticket-presence').waitFor({ state: 'detached', timeout: 5000 });
  }, 180_000);

  it('the "Check your email" step moves on by itself when the link is confirmed in another tab', async () => {
    const context = await browser.newContext();
    const waiting = await context.newPage();
    await waiting.goto(product.url('acme.localhost', '/requests'));
    await waiting.getByLabel('Email address').fill(CONTACT);
    await waiting.getByRole('button', { name: /sign-in link/i }).click();
    await waiting.getByLabel('Sign-in code').waitFor();
    const mail = await latestMail(product, CONTACT);
    // The link opens in another tab of the same browser, and is confirmed there (the POST is still needed).
    const other = await context.newPage();
    await other.goto(mail.link);
    await other.getByTestId('confirm-sign-in').click();
    await other.waitForURL(/\/requests$/);
    // The first tab was not touched: it notices the session and goes on to the page it was for.
    await waiting.getByTestId('request-list').waitFor({ timeout: 8000 });
    expect(waiting.url()).toMatch(/\/requests$/);
  }, 60_000);

  it('the queue shows a colleague’s change to a ticket, and the sidebar counts follow, without a reload', async () => {
    const signIn = async (email: string, path: string) => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(product.url('localhost', path));
      await page.getByLabel('Workspace').fill('acme');
      await page.getByLabel('Work email').fill(email);
      await page.getByTestId('agent-signin').getByRole('button').click();
      await confirmSignIn(page, product, email);
      await page.waitForURL(/\/agent\/(?!signin)/);
      return page;
    };
    const watching = await signIn(AGENT, '/agent/tickets/all');
    await watching.goto(product.url('localhost', '/agent/tickets/all'));
    const queue = watching.getByTestId('ticket-queue');
    await queue.waitFor();
    const colleague = await signIn('agent@acme.test', '/agent/tickets/all');
    // The colleague picks an open ticket and makes it urgent, then solves it, over the API.
    const ticket = await colleague.evaluate(async () => {
      const post = async (query: string, variables: Record<string, unknown> = {}) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        return ((await res.json()) as { data: Record<string, unknown> }).data;
      };
      const data = (await post('{ ticketQueue(view: OPEN, first: 1) { nodes { number subject } } }')) as {
        ticketQueue: { nodes: { number: number; subject: string }[] };
      };
      const first = data.ticketQueue.nodes[0];
      await post('mutation ($n: Int!) { updateTicket(number: $n, input: { priority: URGENT }) { id } }', { n: first.number });
      return first;
    });
    const row = queue.getByRole('row').filter({ hasText: ticket.subject });
    await row.getByText('Urgent').waitFor({ timeout: 5000 });
    const solvedBefore = Number((await watching.getByTestId('queue-count-solved').textContent())?.replace(/\D/g, '') ?? '0');
    await colleague.evaluate(async (n) => {
      await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($n: Int!) { updateTicket(number: $n, input: { status: SOLVED }) { id } }',
          variables: { n },
        }),
      });
    }, ticket.number);
    await watching.waitForFunction(
      (before) =>
        Number(document.querySelector('[data-testid="queue-count-solved"]')?.textContent?.replace(/\D/g, '') ?? '0') === before + 1,
      solvedBefore,
      { timeout: 5000 },
    );
  }, 90_000);
});
