import type { Browser } from 'playwright-core';
import { totpCode, totpStep } from '../server/src/modules/auth/totp';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct } from './product';

const run = browserAvailable() ? describe : describe.skip;

// Issue 13.2: the "Check your email" step moves on by itself when the link is approved on another
// device by picking the number it shows; the approving device stays signed out.
run('signing in with the link on another device (number matching)', () => {
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

  it('a contact: the waiting page shows a number, the phone picks it, and only the waiting page is signed in', async () => {
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    const waiting = await laptop.newPage();
    await waiting.goto(product.url('acme.localhost', '/requests'));
    await waiting.waitForURL(/\/signin\?returnTo=/);
    await waiting.getByLabel('Email address').fill('wile@coyote.test');
    await waiting.getByRole('button', { name: /sign-in link/i }).click();
    const number = (await waiting.getByTestId('match-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^\d{2}$/);

    const mail = await latestMail(product, 'wile@coyote.test');
    const other = await phone.newPage();
    await other.goto(mail.link);
    await other.getByText('Approve sign-in', { exact: false }).first().waitFor();
    expect(await other.getByRole('button', { name: /^\d{2}$/ }).count()).toBe(3);
    await other.getByTestId(`match-${number}`).click();
    await other.getByTestId('approval-answer').waitFor();
    expect(await other.getByTestId('approval-answer').textContent()).toContain('Sign-in approved');

    // The first device moves on by itself, to where it started, signed in.
    await waiting.waitForURL(product.url('acme.localhost', '/requests'), { timeout: 15_000 });
    await waiting.getByRole('button', { name: /sign out/i }).waitFor();
    expect((await laptop.cookies()).some((c) => c.name === 'ac_session')).toBe(true);

    // The phone is not signed in.
    expect((await phone.cookies()).some((c) => c.name === 'ac_session')).toBe(false);
    await other.goto(product.url('acme.localhost', '/requests'));
    await other.waitForURL(/\/signin\?returnTo=/);
    await laptop.close();
    await phone.close();
  });

  it('an agent: approved on another device, the waiting agent app opens by itself', async () => {
    const desk = await browser.newContext();
    const phone = await browser.newContext();
    const waiting = await desk.newPage();
    await waiting.goto(product.url('localhost', '/agent/'));
    await waiting.getByLabel('Workspace').fill('acme');
    await waiting.getByLabel('Work email').fill('admin@acme.test');
    await waiting.getByTestId('agent-signin').getByRole('button').click();
    const number = (await waiting.getByTestId('match-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^\d{2}$/);

    const other = await phone.newPage();
    await other.goto((await latestMail(product, 'admin@acme.test')).link);
    await other.getByTestId(`match-${number}`).click();
    await other.getByTestId('approval-answer').waitFor();

    await waiting.getByTestId('agent-app-frame').waitFor({ timeout: 15_000 });
    expect((await phone.cookies()).some((c) => c.name === 'ac_session')).toBe(false);
    await desk.close();
    await phone.close();
  });

  it('an agent with two-step verification gives the authenticator code on the waiting device after approval', async () => {
    // Two-step verification on for agent@globex.test, set up in the app as an agent would.
    const setup = await browser.newContext();
    const settings = await setup.newPage();
    await settings.goto(product.url('localhost', '/agent/'));
    await settings.getByLabel('Workspace').fill('globex');
    await settings.getByLabel('Work email').fill('agent@globex.test');
    await settings.getByTestId('agent-signin').getByRole('button').click();
    await settings.getByLabel('Sign-in code').fill((await latestMail(product, 'agent@globex.test')).code);
    await settings.getByRole('button', { name: /^sign in$/i }).click();
    await settings.getByTestId('agent-app-frame').waitFor();
    await settings.getByRole('link', { name: 'Two-step verification' }).click();
    await settings.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const secret = ((await settings.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
    await settings.getByLabel('Authenticator code').fill(totpCode(secret, totpStep(new Date())));
    await settings.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await settings.getByRole('button', { name: 'Turn off two-step verification' }).waitFor();
    await setup.close();

    const desk = await browser.newContext();
    const phone = await browser.newContext();
    const waiting = await desk.newPage();
    await waiting.goto(product.url('localhost', '/agent/'));
    await waiting.getByLabel('Workspace').fill('globex');
    await waiting.getByLabel('Work email').fill('agent@globex.test');
    await waiting.getByTestId('agent-signin').getByRole('button').click();
    const number = (await waiting.getByTestId('match-number').textContent())?.trim() ?? '';
    const other = await phone.newPage();
    await other.goto((await latestMail(product, 'agent@globex.test')).link);
    await other.getByTestId(`match-${number}`).click();
    await other.getByTestId('approval-answer').waitFor();

    // Approved there; the second factor is asked here before any session exists.
    await waiting.getByTestId('approved-elsewhere').waitFor({ timeout: 15_000 });
    expect((await desk.cookies()).some((c) => c.name === 'ac_session')).toBe(false);
    // The step used to turn it on is spent; the next one is still inside the ±1 window.
    await waiting.getByLabel('Authenticator code').fill(totpCode(secret, totpStep(new Date()) + 1));
    await waiting.getByRole('button', { name: /^sign in$/i }).click();
    await waiting.getByTestId('agent-app-frame').waitFor();
    expect((await phone.cookies()).some((c) => c.name === 'ac_session')).toBe(false);
    await desk.close();
    await phone.close();
  });

  it('a wrong number on the other device tells the waiting page that only the code works now', async () => {
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    const waiting = await laptop.newPage();
    await waiting.goto(product.url('globex.localhost', '/signin'));
    await waiting.getByLabel('Email address').fill('homer@springfield.test');
    await waiting.getByRole('button', { name: /sign-in link/i }).click();
    const number = (await waiting.getByTestId('match-number').textContent())?.trim() ?? '';

    const other = await phone.newPage();
    const mail = await latestMail(product, 'homer@springfield.test');
    await other.goto(mail.link);
    const wrong = other.locator('[data-testid^="match-"]').filter({ hasNotText: number }).first();
    await wrong.click();
    await other.getByTestId('approval-answer').waitFor();

    await waiting.getByTestId('match-refused').waitFor({ timeout: 15_000 });
    await waiting.getByLabel('Sign-in code').fill(mail.code);
    await waiting.getByRole('button', { name: /^sign in$/i }).click();
    await waiting.getByRole('button', { name: /sign out/i }).waitFor();
    await laptop.close();
    await phone.close();
  });
});
