import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct } from './product';

const run = browserAvailable() ? describe : describe.skip;

/** Signs a seeded contact in on their portal with the typed code, in a fresh browser context. */
async function contactPage(
  browser: Browser,
  product: RunningProduct,
  host: string,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(product.url(host, '/signin'));
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: /sign-in link/i }).click();
  await page.getByLabel('Sign-in code').waitFor();
  const mail = await latestMail(product, email);
  await page.getByLabel('Sign-in code').fill(mail.code);
  await page.getByRole('button', { name: /^sign in$/i }).click();
  await page.getByRole('button', { name: /sign out/i }).waitFor();
  return { context, page };
}

run('the knowledge base in a real browser', () => {
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

  it('a contact searches, opens an article and votes; the vote is remembered', async () => {
    const { context, page } = await contactPage(browser, product, 'acme.localhost', 'wile@coyote.test');
    await page.goto(product.url('acme.localhost', '/'));
    await page.getByRole('searchbox', { name: 'Search the knowledge base' }).fill('refund');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/knowledge-base\?q=refund$/);
    const results = page.getByTestId('kb-search-results');
    const result = results.getByRole('link', { name: 'Requesting a refund' });
    await result.waitFor();
    expect(await results.locator('mark').first().textContent()).toMatch(/refund/i);
    expect(await page.title()).toBe('Search: refund · Acme Support');

    await result.click();
    await page.waitForURL(product.url('acme.localhost', '/knowledge-base/billing/requesting-a-refund'));
    await page.getByRole('heading', { level: 1, name: 'Requesting a refund' }).waitFor();
    expect(await page.title()).toBe('Requesting a refund · Acme Support');
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await breadcrumb.getByRole('link').allTextContents()).toEqual(['Knowledge base', 'Billing and invoices']);
    expect(await page.getByTestId('kb-article-body').locator('h2').first().textContent()).toBe('Steps');
    await page.getByRole('heading', { name: 'Related articles' }).waitFor();

    const vote = page.getByTestId('kb-vote');
    await vote.getByRole('button', { name: 'Yes' }).click();
    await vote.getByText('Thanks! Glad it helped.').waitFor();
    expect(await vote.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await page.getByTestId('kb-vote').getByRole('button', { name: 'Yes', pressed: true }).waitFor();
    await context.close();
  });

  it('a visitor gets results while typing, finds an article despite a typo, and votes once with an HttpOnly cookie', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(product.url('acme.localhost', '/knowledge-base'));
    await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
    const box = page.getByRole('searchbox', { name: 'Search the knowledge base' });
    await box.pressSequentially('rocket ska', { delay: 30 });
    await page.getByTestId('kb-search-results').getByRole('link', { name: 'Rocket Skates will not start' }).waitFor();
    expect(page.url()).toContain('/knowledge-base?q=rocket+ska');

    await box.fill('pasword');
    await page.getByText(/Did you mean one of these\?/).waitFor();
    await page.getByTestId('kb-search-results').getByRole('link', { name: 'Resetting your password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resetting your password' }).waitFor();

    await page.getByTestId('kb-vote').getByRole('button', { name: 'No' }).click();
    await page.getByTestId('kb-vote').getByRole('button', { name: 'No', pressed: true }).waitFor();
    const cookies = await context.cookies(product.url('acme.localhost'));
    const visitorCookie = cookies.find((c) => c.name === 'ac_visitor');
    expect(visitorCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('ac_visitor');
    await context.close();
  });

  it('a reader without JavaScript reads the article the server sent; with it, the app renders on top', async () => {
    const articleUrl = product.url('acme.localhost', '/knowledge-base/billing/requesting-a-refund');
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    const answer = await plain.goto(articleUrl);
    expect(answer?.status()).toBe(200);
    await plain.getByRole('heading', { level: 1, name: 'Requesting a refund' }).waitFor();
    expect(await plain.locator('article h2').first().textContent()).toBe('Steps');
    expect(await plain.title()).toBe('Requesting a refund · Acme Support');
    expect(await plain.locator('link[rel=canonical]').getAttribute('href')).toBe(articleUrl);
    expect((await plain.goto(product.url('acme.localhost', '/no-such-page')))?.status()).toBe(404);
    await noScript.close();

    const page = await browser.newPage();
    await page.goto(articleUrl);
    await page.getByRole('heading', { name: 'Related articles' }).waitFor();
    // The server's copy is gone once the app has rendered: one title, one body.
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByTestId('kb-article-body').count()).toBe(1);
    await page.close();
  });

  it('an old or wrong category segment lands on the article’s own address', async () => {
    const page = await browser.newPage();
    await page.goto(product.url('acme.localhost', '/knowledge-base/anything/requesting-a-refund'));
    await page.waitForURL(product.url('acme.localhost', '/knowledge-base/billing/requesting-a-refund'));
    await page.goto(product.url('acme.localhost', '/knowledge-base/troubleshooting/anvil-delivery-delays-draft'));
    await page.getByText("We couldn't find that page").waitFor();
    await page.close();
  });

  it('an agent writes an article with a live preview, publishes it, and readers find it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(product.url('localhost', '/agent/'));
    await page.getByLabel('Workspace').fill('acme');
    await page.getByLabel('Work email').fill('agent@acme.test');
    await page.getByTestId('agent-signin').getByRole('button').click();
    await page.getByLabel('Sign-in code').waitFor();
    await page.getByLabel('Sign-in code').fill((await latestMail(product, 'agent@acme.test')).code);
    await page.getByRole('button', { name: /^sign in$/i }).click();
    await page.getByTestId('agent-app-frame').waitFor();

    await page.goto(product.url('localhost', '/agent/knowledge-base'));
    const table = page.getByTestId('kb-articles-table');
    await table.getByRole('link', { name: 'Requesting a refund' }).waitFor();
    await table.getByRole('link', { name: 'Anvil delivery delays (draft)' }).waitFor();

    await page.getByRole('link', { name: 'New article' }).click();
    await page.getByLabel('Title').fill('Cleaning your Giant Magnet');
    await page.getByLabel('Category').selectOption({ label: 'Troubleshooting' });
    await page.getByLabel('Markdown').fill('## Before you start\n\nSwitch it **off**.\n\n<img src=x onerror=alert(1)>');
    const preview = page.getByTestId('kb-preview');
    await preview.locator('strong', { hasText: 'off' }).waitFor();
    expect(await preview.innerHTML()).not.toContain('onerror');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/agent\/knowledge-base\/articles\/[0-9a-f-]{36}$/);
    await page.getByTestId('kb-publish').click();
    await page.getByText('Published: readers see it now.').waitFor();
    await context.close();

    const reader = await browser.newPage();
    await reader.goto(product.url('acme.localhost', '/knowledge-base?q=magnet+clean'));
    await reader.getByTestId('kb-search-results').getByRole('link', { name: 'Cleaning your Giant Magnet' }).click();
    await reader.waitForURL(product.url('acme.localhost', '/knowledge-base/troubleshooting/cleaning-your-giant-magnet'));
    await reader.getByTestId('kb-article-body').locator('strong', { hasText: 'off' }).waitFor();
    await reader.close();
  });

  it('a contact starts a request, sees a suggestion and opens it; the form keeps their answer', async () => {
    const { context, page } = await contactPage(browser, product, 'acme.localhost', 'road@runner.test');
    await page.goto(product.url('acme.localhost', '/requests/new'));
    await page.getByLabel('Subject').fill('My rocket skates will not start');
    const suggestions = page.getByTestId('article-suggestions');
    const suggestion = suggestions.getByRole('button', { name: /Rocket Skates will not start/ });
    await suggestion.waitFor();
    // Right under the subject, in view while it is typed (not a screen below, under the description).
    const subjectBox = await page.getByLabel('Subject').boundingBox();
    const suggestionsBox = await suggestions.boundingBox();
    expect(suggestionsBox!.y - (subjectBox!.y + subjectBox!.height)).toBeLessThan(120);
    await suggestion.click();
    const dialog = page.getByTestId('suggested-article');
    await dialog.getByRole('heading', { name: 'Rocket Skates will not start' }).waitFor();
    await dialog.getByText('Most start failures come from an empty battery').waitFor();
    await dialog.getByRole('button', { name: 'Back to my request' }).click();
    expect(await page.getByLabel('Subject').inputValue()).toBe('My rocket skates will not start');
    await context.close();
  });
});
