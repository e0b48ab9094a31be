import type { Browser, Page } from 'playwright-core';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct } from './product';

// The email at the end (issue 16.4): a visitor fills Acme's branching form first, is asked for
// their email only on sending it, confirms it in place, and the request goes with every answer.
// Globex asks for sign-in before the form.

const run = browserAvailable() ? describe : describe.skip;

/** Fills Acme's form down its technical-problem branch. */
async function fillForm(page: Page, subject: string): Promise<void> {
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('A technical problem').check();
  await page.getByLabel('Rocket Skates').check();
  await page.getByLabel('I saw an error message').check();
  await page.getByLabel('The error message').fill('ERR_FUSE_7');
  await page.getByLabel('Describe your request').fill('They spin backwards when it rains.');
}

/** Every answer is still on screen as it was typed. */
async function expectAnswersKept(page: Page, subject: string): Promise<void> {
  expect(await page.getByLabel('Subject').inputValue()).toBe(subject);
  expect(await page.getByLabel('A technical problem').isChecked()).toBe(true);
  expect(await page.getByLabel('Rocket Skates').isChecked()).toBe(true);
  expect(await page.getByLabel('The error message').inputValue()).toBe('ERR_FUSE_7');
  expect(await page.getByLabel('Describe your request').inputValue()).toBe('They spin backwards when it rains.');
}

run('the request form asks for the email at the end', () => {
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

  it('a visitor fills the form, confirms a new email with the code in place, and the request is sent with every answer', async () => {
    const page = await (await browser.newContext()).newPage();
    const subject = `Skates spin backwards ${Date.now()}`;
    const email = `visitor-${Date.now()}@example.test`;
    await page.goto(product.url('acme.localhost', '/requests/new'));
    await fillForm(page, subject);
    await page.getByTestId('submit-request').click();

    const panel = page.getByTestId('confirm-email');
    await panel.getByRole('heading', { name: 'Confirm your email to send your request' }).waitFor();
    await expectAnswersKept(page, subject);
    expect(page.url()).toBe(product.url('acme.localhost', '/requests/new'));

    await panel.getByLabel('Email address').fill(email);
    await panel.getByRole('button', { name: 'Email me a code' }).click();
    await panel.getByLabel('Sign-in code').waitFor();
    await expectAnswersKept(page, subject);
    const { code } = await latestMail(product, email);
    await panel.getByLabel('Sign-in code').fill(code);
    await panel.getByRole('button', { name: 'Sign in' }).click();

    // Sent the moment the email is confirmed: no second click.
    const numberText = (await page.getByTestId('submitted-ticket-number').textContent()) ?? '';
    const number = Number(numberText.replace('#', ''));
    expect(number).toBeGreaterThan(0);
    await page.getByTestId('submitted-ticket-link').click();
    await page.waitForURL(product.url('acme.localhost', `/requests/${number}`));
    await page.getByRole('heading', { name: subject }).waitFor();
    await page.getByTestId('request-answers').getByText('ERR_FUSE_7').waitFor();
    await page.getByTestId('request-answers').getByText('Rocket Skates').waitFor();
    await page.context().close();
  });

  it('a visitor who wants to attach a file confirms first, keeps the answers, and then attaches', async () => {
    const page = await (await browser.newContext()).newPage();
    const subject = `Skates need a photo ${Date.now()}`;
    const email = `attacher-${Date.now()}@example.test`;
    await page.goto(product.url('acme.localhost', '/requests/new'));
    await fillForm(page, subject);
    await page.getByRole('button', { name: 'Confirm your email to attach files' }).first().click();
    const panel = page.getByTestId('confirm-email');
    await panel.getByRole('heading', { name: 'Confirm your email to attach files' }).waitFor();
    await panel.getByLabel('Email address').fill(email);
    await panel.getByRole('button', { name: 'Email me a code' }).click();
    const { code } = await latestMail(product, email);
    await panel.getByLabel('Sign-in code').fill(code);
    await panel.getByRole('button', { name: 'Sign in' }).click();

    // Signed in on the same page: the pickers open, nothing was sent yet, every answer is there.
    await page.getByTestId('request-attachments').waitFor();
    await panel.waitFor({ state: 'detached' });
    expect(await page.getByTestId('submitted-ticket-number').count()).toBe(0);
    await expectAnswersKept(page, subject);
    await page.getByTestId('submit-request').click();
    await page.getByTestId('submitted-ticket-number').waitFor();
    await page.context().close();
  });

  it('Globex asks for sign-in before its form', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(product.url('globex.localhost', '/requests/new'));
    await page.waitForURL(/\/signin\?returnTo=%2Frequests%2Fnew$/);
    await page.context().close();
  });
});
