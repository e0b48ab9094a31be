import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, startProduct, type RunningProduct, signInToAgentApp } from './product';

// Issue 17.9, tried as a new user would: at a laptop's 1366×768, every agent page has no serious or
// critical axe violation (colour contrast above all) and never scrolls sideways, also on a ticket
// whose requester has a very long address and no name.

const run = browserAvailable() ? describe : describe.skip;

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const LONG_EMAIL = 'procurement.department.rocket.propulsion.division@acme-supplies-international.test';

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe's serious and critical violations on the page as it is now, with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: AxeViolation) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

/** How far the page scrolls sideways (0 when it fits). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

run('agent pages at 1366×768 (issue 17.9)', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    // The product's CSP (script-src 'self') would refuse the injected axe script; the page itself is unchanged.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    page = await context.newPage();
    await signInToAgentApp(page, product, 'admin@acme.test', '/agent/tickets/all');
    await page.getByTestId('ticket-queue').waitFor();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  /** Opens an agent page and waits until `ready` shows and the network is quiet. */
  async function open(path: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
    await page.goto(product.url('localhost', `/agent${path}`));
    await ready(page);
    await page.waitForLoadState('networkidle');
  }

  async function expectClean(): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  }

  const heading = (name: RegExp | string) => (p: Page) => p.getByRole('heading', { name, level: 1 }).first().waitFor();

  it('the queue', async () => {
    await open('/tickets/all', (p) => p.getByTestId('ticket-queue').getByRole('link').first().waitFor());
    await expectClean();
  }, 60_000);

  it('a ticket whose requester has a long address and no name: the address shows, nothing scrolls sideways', async () => {
    await open('/tickets/all', (p) => p.getByTestId('ticket-queue').getByRole('link').first().waitFor());
    await page.getByTestId('ticket-queue').getByRole('link', { name: 'Bulk order of 400 rocket-powered roller skates' }).click();
    await page.getByTestId('ticket-subject').waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByText(LONG_EMAIL).first().waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const placeholder of ['Unknown', 'Someone']) expect(text).not.toContain(placeholder);
    await expectClean();
    // The requester's contact page, reached from the ticket page.
    await page.getByTestId('requester-contact-link').click();
    await page.getByTestId('contact-page').waitFor();
    await page.waitForLoadState('networkidle');
    await expectClean();
  }, 60_000);

  it('the form builder', async () => {
    await open('/forms', (p) => p.locator('main a[href*="/forms/"]').first().waitFor());
    await expectClean();
    await page.locator('main a[href*="/forms/"]').first().click();
    await page.waitForLoadState('networkidle');
    await expectClean();
  }, 60_000);

  it('the knowledge base and its editor', async () => {
    await open('/knowledge-base', (p) => p.locator('main a[href*="/knowledge-base/articles/"]').first().waitFor());
    await expectClean();
    await page.locator('main a[href*="/knowledge-base/articles/"]').first().click();
    await page.waitForLoadState('networkidle');
    await expectClean();
    await open('/knowledge-base/categories', heading(/categor/i));
    await expectClean();
  }, 60_000);

  it('companies and a company', async () => {
    await open('/companies', (p) => p.locator('main a[href*="/companies/"]').first().waitFor());
    await expectClean();
    await page.locator('main a[href*="/companies/"]').first().click();
    await page.waitForLoadState('networkidle');
    await expectClean();
  }, 60_000);

  it.each(['branding', 'domains', 'email', 'files', 'fields', 'tags', 'macros', 'security'])(
    'the %s settings',
    async (name) => {
      await open(`/settings/${name}`, (p) => p.locator('main h1').first().waitFor());
      await expectClean();
    },
    60_000,
  );
});
