import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startFakeDns, type FakeDns } from '../server/test/fake-dns';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct } from './product';

const run = browserAvailable() ? describe : describe.skip;

const DOMAIN = 'support.acme.test';

/** A CSS custom property of the page's root element, as the portal shell set it. */
const rootVariable = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim().toLowerCase(), name);

run("an organization's portal on its own domain, in a real browser", () => {
  let dns: FakeDns;
  let product: RunningProduct;
  let browser: Browser;
  let adminContext: BrowserContext;
  let admin: Page;

  beforeAll(async () => {
    // The product resolves TXT records through this loopback server; Chromium maps the domain to loopback.
    dns = await startFakeDns();
    product = await startProduct({ env: { DNS_RESOLVER: dns.address } });
    browser = await launchBrowser([`--host-resolver-rules=MAP ${DOMAIN} 127.0.0.1`]);
    adminContext = await browser.newContext();
    admin = await adminContext.newPage();
    await admin.goto(product.url('localhost', '/agent/'));
    await admin.getByLabel('Workspace').fill('acme');
    await admin.getByLabel('Work email').fill('admin@acme.test');
    await admin.getByTestId('agent-signin').getByRole('button').click();
    await admin.getByLabel('Sign-in code').waitFor();
    const mail = await latestMail(product, 'admin@acme.test');
    await admin.goto(mail.link);
    await admin.getByTestId('confirm-sign-in').click();
    await admin.getByTestId('agent-app-frame').waitFor();
  });
  afterAll(async () => {
    await adminContext?.close();
    await browser?.close();
    await product?.stop();
    await dns?.close();
  });

  it(`${DOMAIN} shows the 404 page until an admin verifies it in the agent app, then Acme's branding`, async () => {
    const portal = await browser.newPage();
    const before = await portal.goto(product.url(DOMAIN));
    expect(before?.status()).toBe(404);
    expect(await portal.textContent('h1')).toContain('There is no help center here');

    await admin.goto(product.url('localhost', '/agent/settings/domains'));
    await admin.getByLabel('Domain', { exact: true }).fill(DOMAIN);
    await admin.getByRole('button', { name: 'Add domain' }).click();
    const card = admin.locator(`[data-testid="domain-card"][data-hostname="${DOMAIN}"]`);
    await card.waitFor();
    expect(await card.getByTestId('domain-status').textContent()).toBe('Waiting for DNS');

    // Verifying before the record exists explains what is missing.
    await card.getByRole('button', { name: 'Verify' }).click();
    await card.getByTestId('verify-result').filter({ hasText: 'No TXT record was found' }).waitFor();

    const token = (await card.getByTestId('dns-txt-value').textContent()) ?? '';
    expect(token).toMatch(/^ac-verify-/);
    dns.setTxt(`_actionconnect-challenge.${DOMAIN}`, [token]);
    await card.getByRole('button', { name: 'Verify' }).click();
    await card.getByTestId('domain-status').filter({ hasText: 'Verified' }).waitFor();

    await card.getByRole('button', { name: 'Make primary' }).click();
    await admin
      .getByTestId('primary-portal-url')
      .filter({ hasText: `http://${DOMAIN}:${product.port}/` })
      .waitFor();

    const after = await portal.goto(product.url(DOMAIN));
    expect(after?.status()).toBe(200);
    await portal.getByTestId('portal-hero-title').waitFor();
    expect(await portal.getByTestId('portal-brand-name').textContent()).toBe('Acme');
    expect(await portal.getByTestId('portal-hero-title').textContent()).toBe('Acme Support');
    expect(await rootVariable(portal, '--brand-primary')).toBe('#c2410c');
    expect(await portal.title()).toContain('Acme');
    await portal.close();
  });

  it('the branding page checks contrast live, and refuses a low-contrast pair', async () => {
    await admin.goto(product.url('localhost', '/agent/settings/branding'));
    await admin.getByTestId('branding-form').waitFor();
    await admin.getByLabel('A color of my choice').check();
    await admin.getByLabel('Primary color', { exact: true }).fill('#777777');
    await admin.getByLabel('Text color on the primary color', { exact: true }).fill('#ffffff');
    await admin.getByTestId('contrast-check').filter({ hasText: 'below WCAG AA' }).waitFor();
    await admin.getByRole('button', { name: 'Save branding' }).click();
    await admin.getByText('Text on the primary color would have a contrast of 4.47:1').first().waitFor();
    await admin.getByRole('button', { name: 'Discard changes' }).click();
  });

  it('after an admin changes the primary color (previewed before saving), the portal shows the new color on its next load', async () => {
    const portal = await browser.newPage();
    await portal.goto(product.url(DOMAIN));
    await portal.getByTestId('portal-hero-title').waitFor();
    expect(await rootVariable(portal, '--brand-primary')).toBe('#c2410c');

    await admin.goto(product.url('localhost', '/agent/settings/branding'));
    await admin.getByTestId('branding-form').waitFor();
    await admin.getByLabel('Primary color', { exact: true }).fill('#1d4ed8');
    await admin.getByLabel('Display name').fill('Acme Rockets');
    const preview = admin.getByTestId('branding-preview');
    expect(await preview.evaluate((el) => getComputedStyle(el).getPropertyValue('--preview-primary').trim())).toBe('#1d4ed8');
    expect(await admin.getByTestId('preview-name').textContent()).toContain('Acme Rockets');
    await admin.getByTestId('contrast-check').filter({ hasText: 'meets WCAG AA' }).waitFor();
    await admin.getByRole('button', { name: 'Save branding' }).click();
    await admin.getByTestId('branding-status').filter({ hasText: 'Saved' }).waitFor();

    // Not saved yet when previewing: the portal only changes once saved, and then on its next load.
    await portal.reload();
    await portal.getByTestId('portal-hero-title').waitFor();
    expect(await rootVariable(portal, '--brand-primary')).toBe('#1d4ed8');
    expect(await portal.getByTestId('portal-brand-name').textContent()).toBe('Acme Rockets');
    const signIn = portal.locator('.site-header .button--primary');
    expect(await signIn.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 78, 216)');
    expect(await portal.title()).toContain('Acme Rockets');
    await portal.close();
  });
});
