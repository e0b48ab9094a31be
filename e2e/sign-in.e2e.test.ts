import type { Browser, Page } from 'playwright-core';
import { totpCode, totpStep } from '../server/src/modules/auth/totp';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct } from './product';

const run = browserAvailable() ? describe : describe.skip;

run('signing in, in a real browser', () => {
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

  it('a contact signs in with the link from the email, confirms, and lands where they started; the session does not open the agent app', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(product.url('acme.localhost', '/requests'));
    await page.waitForURL(/\/signin\?returnTo=/);
    await page.getByLabel('Email address').fill('wile@coyote.test');
    await page.getByRole('button', { name: /sign-in link/i }).click();
    await page.getByLabel('Sign-in code').waitFor();
    const mail = await latestMail(product, 'wile@coyote.test');
    expect(new URL(mail.link).host).toBe(`acme.localhost:${product.port}`);
    await page.goto(mail.link);
    expect(new URL(page.url()).search).toBe('');
    await page.getByTestId('confirm-sign-in').click();
    await page.waitForURL(product.url('acme.localhost', '/requests'));
    await page.getByText('wile@coyote.test').first().waitFor();
    await page.getByRole('button', { name: /sign out/i }).waitFor();

    await page.goto(product.url('localhost', '/agent/'));
    await page.getByTestId('agent-signin').waitFor();
    await context.close();
  });

  it('another contact signs in with the typed code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(product.url('globex.localhost', '/signin'));
    await page.getByLabel('Email address').fill('homer@springfield.test');
    await page.getByRole('button', { name: /sign-in link/i }).click();
    await page.getByLabel('Sign-in code').waitFor();
    const mail = await latestMail(product, 'homer@springfield.test');
    await page.getByLabel('Sign-in code').fill(mail.code);
    await page.getByRole('button', { name: /^sign in$/i }).click();
    await page.getByRole('button', { name: /sign out/i }).waitFor();
    expect(await page.getByText('homer@springfield.test').first().isVisible()).toBe(true);
    await context.close();
  });

  it('an agent signs in to the agent app', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(product.url('localhost', '/agent/'));
    await page.getByLabel('Workspace').fill('acme');
    await page.getByLabel('Work email').fill('admin@acme.test');
    await page.getByTestId('agent-signin').getByRole('button').click();
    await page.getByLabel('Sign-in code').waitFor();
    const mail = await latestMail(product, 'admin@acme.test');
    await page.goto(mail.link);
    await page.getByTestId('confirm-sign-in').click();
    await page.getByTestId('agent-app-frame').waitFor();
    expect(await page.getByTestId('agent-organization-name').textContent()).toContain('Acme');
    await context.close();
  });

  it('an agent turns on two-step verification, and signing in with the email code then asks for the authenticator code', async () => {
    const signInByCode = async (page: Page) => {
      await page.goto(product.url('localhost', '/agent/'));
      await page.getByLabel('Workspace').fill('acme');
      await page.getByLabel('Work email').fill('agent@acme.test');
      await page.getByTestId('agent-signin').getByRole('button').click();
      await page.getByLabel('Sign-in code').waitFor();
      await page.getByLabel('Sign-in code').fill((await latestMail(product, 'agent@acme.test')).code);
      await page.getByRole('button', { name: /^sign in$/i }).click();
    };
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInByCode(page);
    await page.getByTestId('agent-app-frame').waitFor();
    await page.getByRole('link', { name: 'Two-step verification' }).click();
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const shown = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(shown).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const secret = shown.replace(/\s+/g, '');
    expect(await page.getByTestId('totp-uri').inputValue()).toContain(`secret=${secret}`);
    await page.getByLabel('Authenticator code').fill(totpCode(secret, totpStep(new Date())));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByRole('button', { name: 'Turn off two-step verification' }).waitFor();
    await context.close();

    const again = await browser.newContext();
    const second = await again.newPage();
    await signInByCode(second);
    await second.getByLabel('Authenticator code').waitFor();
    // The step used to turn it on is spent; the next one is still inside the ±1 window.
    await second.getByLabel('Authenticator code').fill(totpCode(secret, totpStep(new Date()) + 1));
    await second.getByRole('button', { name: /^sign in$/i }).click();
    await second.getByTestId('agent-app-frame').waitFor();
    await again.close();
  });
});
