import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct } from './product';

const run = browserAvailable() ? describe : describe.skip;

const CONTACT = 'wile@coyote.test';
const AGENT = 'admin@acme.test';

/** The newest outbox email to an address with this tag, waiting for the outbox worker if needed. */
async function latestTaggedMail(product: RunningProduct, to: string, tag: string): Promise<{ subject: string; text: string }> {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(product.url('localhost', '/dev/mail.json'));
    const mails = (await res.json()) as { to: string; tag: string; subject: string; text: string }[];
    const mail = mails.find((m) => m.to === to && m.tag === tag);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${tag} email to ${to} in the outbox`);
}

async function confirmSignIn(page: Page, product: RunningProduct, email: string): Promise<void> {
  await page.getByLabel('Sign-in code').waitFor();
  const mail = await latestMail(product, email);
  await page.goto(mail.link);
  await page.getByTestId('confirm-sign-in').click();
}

run('a request, end to end, in real browsers', () => {
  let product: RunningProduct;
  let browser: Browser;
  let contact: BrowserContext;
  let agent: BrowserContext;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    contact = await browser.newContext();
    agent = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('a contact submits the branching form, an agent replies and notes, the contact sees only the reply, which is emailed with a working link', async () => {
    const subject = `Rocket skates explode on start ${Date.now()}`;
    const note = 'Internal: same firmware batch as the March recall.';
    const reply = 'Thanks Wile, we are sending you a replacement pair today.';

    // The contact signs in on the way to the form, and comes back to it.
    const portal = await contact.newPage();
    await portal.goto(product.url('acme.localhost', '/signin?returnTo=%2Frequests%2Fnew'));
    await portal.getByLabel('Email address').fill(CONTACT);
    await portal.getByRole('button', { name: /sign-in link/i }).click();
    await confirmSignIn(portal, product, CONTACT);
    await portal.waitForURL(product.url('acme.localhost', '/requests/new'));

    // A draft survives a reload (the same store brings it back after a sign-in).
    await portal.getByLabel('Subject').fill(subject);
    await portal.reload();
    expect(await portal.getByLabel('Subject').inputValue()).toBe(subject);
    await portal.getByText('We kept the answers you started earlier.').waitFor();

    // Down the branch: a technical problem reveals "About the problem", the checkbox reveals the error message.
    expect(await portal.getByRole('heading', { name: 'About the problem' }).count()).toBe(0);
    await portal.getByLabel('A technical problem').check();
    await portal.getByRole('heading', { name: 'About the problem' }).waitFor();
    await portal.getByLabel('Rocket Skates').check();
    expect(await portal.getByLabel('The error message').count()).toBe(0);
    await portal.getByLabel('I saw an error message').check();
    await portal.getByLabel('The error message').fill('ERR_IGNITION_42');
    await portal.getByLabel('Describe your request').fill('Both skates ignite the moment I strap them on.');
    await portal.getByTestId('submit-request').click();

    const numberText = (await portal.getByTestId('submitted-ticket-number').textContent()) ?? '';
    const number = Number(numberText.replace('#', ''));
    expect(number).toBeGreaterThan(0);
    await portal.getByTestId('submitted-ticket-link').click();
    await portal.waitForURL(product.url('acme.localhost', `/requests/${number}`));
    await portal.getByTestId('request-answers').getByText('ERR_IGNITION_42').waitFor();

    // The agent finds it in the unassigned queue and opens it.
    const app = await agent.newPage();
    await app.goto(product.url('localhost', '/agent/tickets/unassigned'));
    await app.getByLabel('Workspace').fill('acme');
    await app.getByLabel('Work email').fill(AGENT);
    await app.getByTestId('agent-signin').getByRole('button').click();
    await confirmSignIn(app, product, AGENT);
    const queue = app.getByTestId('ticket-queue');
    await queue.getByRole('link', { name: subject }).click();
    await app.getByTestId('ticket-subject').getByText(subject).waitFor();
    await app.getByText('ERR_IGNITION_42').first().waitFor();

    // An internal note, then a public reply.
    await app.getByRole('radio', { name: 'Internal note' }).click();
    await app.getByTestId('ticket-composer').getByRole('textbox').fill(note);
    await app.getByRole('button', { name: 'Add note' }).click();
    await app.getByTestId('timeline-note').getByText(note).waitFor();
    await app.getByRole('radio', { name: 'Public reply' }).click();
    await app.getByTestId('ticket-composer').getByRole('textbox').fill(reply);
    await app.getByRole('button', { name: 'Send reply' }).click();
    await app.getByTestId('ticket-timeline').getByText(reply).waitFor();

    // The contact reloads: the reply is there, the note is not, and the request is now open.
    await portal.reload();
    await portal.getByTestId('request-timeline').getByText(reply).waitFor();
    expect(await portal.getByText(note).count()).toBe(0);
    expect(await portal.locator('body').textContent()).not.toContain('firmware batch');
    expect(await portal.getByTestId('request-status').first().textContent()).toBe('Open');

    // The reply was emailed, with a link to the request on the portal's own host that works.
    const mail = await latestTaggedMail(product, CONTACT, 'agent-reply');
    expect(mail.subject).toContain(`#${number}`);
    expect(mail.text).toContain(reply);
    expect(mail.text).not.toContain('firmware batch');
    const link = /(https?:\/\/\S+\/requests\/\d+)/.exec(mail.text)?.[1] ?? '';
    expect(new URL(link).host).toBe(`acme.localhost:${product.port}`);
    expect(new URL(link).pathname).toBe(`/requests/${number}`);
    const fromMail = await contact.newPage();
    await fromMail.goto(link);
    await fromMail.getByTestId('request-subject').getByText(subject).waitFor();
    await fromMail.getByTestId('request-timeline').getByText(reply).waitFor();
  }, 180_000);
});
