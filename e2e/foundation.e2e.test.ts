import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, startProduct, type RunningProduct } from './product';

const run = browserAvailable() ? describe : describe.skip;

run('the product in a real browser', () => {
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

  it("acme.localhost shows Acme's branding and globex.localhost shows Globex's", async () => {
    const page = await browser.newPage();
    await page.goto(product.url('acme.localhost'));
    await page.getByTestId('portal-hero-title').waitFor();
    expect(await page.getByTestId('portal-brand-name').textContent()).toBe('Acme');
    expect(await page.getByTestId('portal-hero-title').textContent()).toBe('Acme Support');
    const acmeColor = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim());
    expect(acmeColor.toLowerCase()).toBe('#c2410c');
    expect(await page.title()).toContain('Acme');

    await page.goto(product.url('globex.localhost'));
    await page.getByTestId('portal-hero-title').waitFor();
    expect(await page.getByTestId('portal-brand-name').textContent()).toBe('Globex');
    expect(await page.getByTestId('portal-hero-title').textContent()).toBe('Globex Help Center');
    const globexColor = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim());
    expect(globexColor.toLowerCase()).toBe('#047857');
    await page.close();
  });

  it('an unknown portal host gets the 404 page', async () => {
    const page = await browser.newPage();
    const res = await page.goto(product.url('nobody.localhost'));
    expect(res?.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('There is no help center here');
    await page.close();
  });

  it('the agent app loads', async () => {
    const page = await browser.newPage();
    await page.goto(product.url('localhost', '/agent/'));
    await page.getByTestId('agent-signin').waitFor();
    expect(await page.getByLabel('Workspace').isVisible()).toBe(true);
    await page.close();
  });

  it('Apollo Sandbox is served at /graphql in development', async () => {
    const page = await browser.newPage();
    const res = await page.goto(product.url('localhost', '/graphql'));
    expect(res?.status()).toBe(200);
    // The landing page is ours; the Sandbox UI itself loads from Apollo's CDN, which this
    // machine cannot reach, so we check the page that embeds it rather than the embedded UI.
    const html = await page.content();
    expect(html).toContain('https://embeddable-sandbox.cdn.apollographql.com');
    expect(await page.title()).toBe('Apollo Server');
    await page.close();
  });
});
