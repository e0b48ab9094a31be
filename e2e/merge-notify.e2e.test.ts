import type { Browser, Page } from 'playwright-core';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct, signInToAgentApp } from './product';

const run = browserAvailable() ? describe : describe.skip;

// Issue 17.4, 17.7, 17.8 in real browsers: an agent merges a duplicate and the contact is sent on,
// a mention reaches a colleague's bell, and the keyboard shortcuts work (and keep out of typing).
// Demo data: Wile's #1 "Cannot sign in on my new laptop" (new) and #2 "Invoice shows the wrong address" (open).
const CONTACT = 'wile@coyote.test';
const ADMIN = 'admin@acme.test';
const AGENT = 'agent@acme.test';

async function confirmSignIn(page: Page, product: RunningProduct, email: string): Promise<void> {
  await page.getByLabel('Sign-in code').waitFor();
  const mail = await latestMail(product, email);
  await page.goto(mail.link);
  await page.getByTestId('confirm-sign-in').click();
}

async function agentSignIn(browser: Browser, product: RunningProduct, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInToAgentApp(page, product, email, `/agent${path}`);
  await page.getByTestId('agent-app-frame').waitFor();
  if (new URL(page.url()).pathname !== `/agent${path}`) await page.goto(product.url('localhost', `/agent${path}`));
  await page.getByTestId('agent-app-frame').waitFor();
  return page;
}

run('merge, notifications and shortcuts in real browsers', () => {
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

  it('an agent merges a duplicate; the contact opening the old request lands on the new one', async () => {
    const admin = await agentSignIn(browser, product, ADMIN, '/tickets/t/1');
    await admin.getByTestId('ticket-subject').getByText('Cannot sign in on my new laptop').waitFor();
    await admin.getByTestId('merge-open').click();
    await admin.getByTestId('merge-number').fill('1');
    await admin.getByTestId('merge-find').click();
    await admin.getByText('A ticket cannot be merged into itself.').waitFor();
    await admin.getByTestId('merge-number').fill('#2');
    await admin.getByTestId('merge-find').click();
    await admin.getByTestId('merge-target').getByText('Invoice shows the wrong address').waitFor();
    await admin.getByTestId('merge-confirm').click();
    await admin.waitForURL(product.url('localhost', '/agent/tickets/t/2'));
    await admin.getByText('merged #1 into this ticket').waitFor();

    const portal = await (await browser.newContext()).newPage();
    await portal.goto(product.url('acme.localhost', '/signin?returnTo=%2Frequests%2F1'));
    await portal.getByLabel('Email address').fill(CONTACT);
    await portal.getByRole('button', { name: /sign-in link/i }).click();
    await confirmSignIn(portal, product, CONTACT);
    await portal.waitForURL(product.url('acme.localhost', '/requests/2'));
    expect(await portal.getByTestId('request-number').textContent()).toBe('#2');
  });

  it('a mention in a note shows in the colleague’s bell, and links to the ticket', async () => {
    const admin = await agentSignIn(browser, product, ADMIN, '/tickets/t/3');
    await admin.getByRole('radio', { name: 'Internal note' }).click();
    await admin.getByTestId('ticket-composer').getByRole('textbox').fill('@Arthur can you check the serial?');
    await admin.getByRole('button', { name: 'Add note' }).click();
    await admin.getByTestId('timeline-note').getByText('@Arthur can you check the serial?').waitFor();

    const arthur = await agentSignIn(browser, product, AGENT, '/tickets/unassigned');
    await arthur.getByTestId('bell-count').waitFor();
    await arthur.getByTestId('bell').click();
    const mention = arthur.getByTestId('bell-item').filter({ hasText: 'Ada Admin mentioned you on #3' });
    await mention.waitFor();
    await mention.getByRole('link').click();
    await arthur.waitForURL(product.url('localhost', '/agent/tickets/t/3'));
  });

  it('? lists the shortcuts; j walks the queue, n opens a note, a assigns to me, never while typing', async () => {
    const page = await agentSignIn(browser, product, AGENT, '/tickets/open');
    const queue = page.getByTestId('ticket-queue');
    await queue.getByRole('link').first().waitFor();

    await page.keyboard.press('?');
    const sheet = page.getByTestId('shortcut-sheet');
    await sheet.getByText('Assign the ticket to me').waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    // j focuses the first ticket of the queue, then the second; Enter opens it.
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const second = queue.locator('a.queue-subject').nth(1);
    expect(await second.evaluate((a) => a === document.activeElement)).toBe(true);
    const href = (await second.getAttribute('href')) ?? '';
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    const opened = Number(href.split('/').pop());
    await page.getByTestId('ticket-composer').waitFor();

    // n: the composer switches to a note and takes the caret; j typed there is text, not a shortcut.
    await page.keyboard.press('n');
    const box = page.getByTestId('ticket-composer').getByRole('textbox');
    await page.getByRole('radio', { name: 'Internal note', checked: true }).waitFor();
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('jk');
    expect(await box.inputValue()).toBe('jk');
    expect(new URL(page.url()).pathname).toBe(href);
    await box.fill('');

    // a: assigned to me (the properties panel shows it), from unassigned.
    await page.locator('#ticket-assignee').selectOption('');
    await page.waitForFunction(() => {
      const select = document.querySelector<HTMLSelectElement>('#ticket-assignee');
      return select !== null && !select.disabled && select.value === '';
    });
    await page.locator('.ticket-page-header').click();
    await page.keyboard.press('a');
    await page.waitForFunction(() => {
      const select = document.querySelector<HTMLSelectElement>('#ticket-assignee');
      return select?.selectedOptions[0]?.textContent?.includes('Arthur Agent') ?? false;
    });

    // k from a ticket page goes to the previous ticket of the last queue (we opened its second).
    await page.keyboard.press('k');
    await page.waitForURL((url) => url.pathname !== href && url.pathname.includes('/tickets/t/'));
    expect(Number(page.url().split('/').pop())).not.toBe(opened);
  });
});
