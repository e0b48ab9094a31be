import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodePng } from '../server/src/db/seed/png';
import { browserAvailable, latestMail, launchBrowser, startProduct, type RunningProduct } from './product';

// Issue 12: files on a request, on replies and on internal notes, in both apps; an answer by email.

const run = browserAvailable() ? describe : describe.skip;

const CONTACT = 'wile@coyote.test';
const AGENT = 'admin@acme.test';

/** A real PNG screenshot stand-in: width × height, an orange frame around a blue field. */
function png(width: number, height: number): Buffer {
  const frame = (x: number, y: number) => x < 4 || y < 4 || x >= width - 4 || y >= height - 4;
  return encodePng(width, height, (x, y) => (frame(x, y) ? [249, 115, 22] : [37, 99, 235]));
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * GET `pathname` on `host` with the cookies `context` holds for it. Node cannot resolve
 * `*.localhost` as Chromium does, so this connects to loopback and names the host in the header.
 */
async function getWithCookies(
  product: RunningProduct,
  context: BrowserContext,
  host: string,
  pathname: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const cookies = await context.cookies(product.url(host, pathname));
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port: product.port, path: pathname, headers: { host: `${host}:${product.port}`, cookie } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

async function confirmSignIn(page: Page, product: RunningProduct, email: string): Promise<void> {
  await page.getByLabel('Sign-in code').waitFor();
  const mail = await latestMail(product, email);
  await page.goto(mail.link);
  await page.getByTestId('confirm-sign-in').click();
}

/** Pastes a PNG into a text box the way a browser does after a screenshot: a paste event whose clipboard holds only the image. */
async function pasteImage(page: Page, selector: string, bytes: Buffer): Promise<void> {
  await page.locator(selector).focus();
  await page.evaluate(
    ({ selector, data }) => {
      const target = document.querySelector(selector);
      if (!target) throw new Error(`no ${selector}`);
      const transfer = new DataTransfer();
      // Browsers call a pasted screenshot "image.png".
      transfer.items.add(new File([new Uint8Array(data)], 'image.png', { type: 'image/png' }));
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { selector, data: [...bytes] },
  );
}

/** Drops a file onto an element the way a browser does when one is dragged in from the desktop. */
async function dropFile(page: Page, selector: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.evaluate(
    ({ selector, name, type, data }) => {
      const target = document.querySelector(selector);
      if (!target) throw new Error(`no ${selector}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { selector, name: file.name, type: file.mimeType, data: [...file.buffer] },
  );
}

/** Whether an <img> finished loading a real picture. */
async function loaded(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate(async (img: HTMLImageElement) => {
      if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
      return img.naturalWidth > 0;
    });
}

run('files on requests, replies and notes, in real browsers', () => {
  let product: RunningProduct;
  let browser: Browser;
  let contact: BrowserContext;
  let agent: BrowserContext;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    contact = await browser.newContext({ acceptDownloads: true });
    agent = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('a pasted screenshot reaches the agent; the contact downloads the reply’s PDF and can never reach the note’s file, then answers by email', async () => {
    const subject = `The Acme Rocket console shows a blank screen ${Date.now()}`;
    const screenshot = png(64, 40);

    // The contact signs in on the way to the form.
    const portal = await contact.newPage();
    await portal.goto(product.url('acme.localhost', '/signin?returnTo=%2Frequests%2Fnew'));
    await portal.getByLabel('Email address').fill(CONTACT);
    await portal.getByRole('button', { name: /sign-in link/i }).click();
    await confirmSignIn(portal, product, CONTACT);
    await portal.waitForURL(product.url('acme.localhost', '/requests/new'));

    // A screenshot pasted into the description uploads at once, under a name of its own.
    await portal.getByLabel('Subject').fill(subject);
    await portal.getByLabel('Something else').check();
    await portal.getByLabel('Describe your request').fill('After the update the console only shows a blank screen.');
    await pasteImage(portal, '[data-field="description"] textarea', screenshot);
    const pasted = portal.getByTestId('request-attachments').getByTestId('upload-item');
    await pasted.and(portal.locator('[data-status="done"]')).waitFor();
    const pastedName = (await pasted.locator('.upload-name').textContent()) ?? '';
    expect(pastedName).toMatch(/^pasted-image-\d{4}-\d{2}-\d{2}-\d{4}\.png$/);
    await portal.getByTestId('submit-request').click();
    await portal.getByTestId('submitted-ticket-link').click();
    await portal.waitForURL(/\/requests\/\d+$/);
    const number = Number(new URL(portal.url()).pathname.split('/').pop());

    // The contact's own request shows the screenshot as a thumbnail.
    const myThumb = portal.getByTestId('request-timeline').locator('.attachment-thumb img');
    await myThumb.waitFor();
    expect(await loaded(portal, '[data-testid="request-timeline"] .attachment-thumb img')).toBe(true);

    // The agent sees the thumbnail on the ticket.
    const app = await agent.newPage();
    await app.goto(product.url('localhost', '/agent/tickets/unassigned'));
    await app.getByLabel('Workspace').fill('acme');
    await app.getByLabel('Work email').fill(AGENT);
    await app.getByTestId('agent-signin').getByRole('button').click();
    await confirmSignIn(app, product, AGENT);
    await app.getByTestId('ticket-queue').waitFor();
    await app.goto(product.url('localhost', `/agent/tickets/t/${number}`));
    await app.getByTestId('ticket-subject').getByText(subject).waitFor();
    const timeline = app.getByTestId('ticket-timeline');
    await timeline.locator('.attachment-thumb').getByText(pastedName).waitFor();
    expect(await loaded(app, '[data-testid="ticket-timeline"] .attachment-thumb img')).toBe(true);
    const thumbHref = (await timeline.locator('.attachment-thumb').first().getAttribute('href')) ?? '';
    const original = await app.request.get(product.url('localhost', thumbHref));
    expect(original.status()).toBe(200);
    expect(Buffer.from(await original.body()).equals(screenshot)).toBe(true);

    // An internal note with a file: dropped onto the composer.
    const composer = app.getByTestId('ticket-composer');
    await app.getByRole('radio', { name: 'Internal note' }).click();
    await composer.getByRole('textbox').fill('Internal: the console logs point at the firmware batch.');
    await dropFile(app, '[data-testid="ticket-composer"] textarea', {
      name: 'console-firmware-log.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('boot: firmware 7.3.1-batch-march\n'),
    });
    await composer.locator('[data-testid="upload-item"][data-status="done"]').waitFor();
    await app.getByRole('button', { name: 'Add note' }).click();
    const noteChip = app.getByTestId('timeline-note').getByTestId('attachment-chip');
    await noteChip.getByText('console-firmware-log.txt').waitFor();
    const noteHref = (await noteChip.getAttribute('href')) ?? '';
    expect(noteHref).toMatch(/^\/attachments\/[0-9a-f-]{36}$/);

    // A public reply with a PDF, chosen with the "Attach files" button; the sent composer is empty again.
    await app.getByRole('radio', { name: 'Public reply' }).click();
    await composer.getByRole('textbox').fill('Here is the replacement label: print it and stick it on the box.');
    await composer.locator('input[type="file"]').setInputFiles({ name: 'replacement-label.pdf', mimeType: 'application/pdf', buffer: PDF });
    await composer.locator('[data-testid="upload-item"][data-status="done"]').waitFor();
    await app.getByRole('button', { name: 'Send reply' }).click();
    const replyChip = timeline.getByTestId('timeline-message').getByTestId('attachment-chip').filter({ hasText: 'replacement-label.pdf' });
    await replyChip.waitFor();
    expect(await replyChip.textContent()).toContain('PDF');
    expect(await composer.getByTestId('upload-item').count()).toBe(0);

    // The contact sees the PDF and downloads it, as a download.
    await portal.reload();
    const chip = portal.getByTestId('request-timeline').getByTestId('attachment-chip').filter({ hasText: 'replacement-label.pdf' });
    await chip.waitFor();
    expect(await chip.textContent()).toContain('PDF');
    const [download] = await Promise.all([portal.waitForEvent('download'), chip.click()]);
    expect(download.suggestedFilename()).toBe('replacement-label.pdf');
    expect(readFileSync(await download.path()).equals(PDF)).toBe(true);
    const pdfHref = (await chip.getAttribute('href')) ?? '';
    const pdf = await getWithCookies(product, contact, 'acme.localhost', pdfHref);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-disposition']).toMatch(/^attachment;.*filename="replacement-label\.pdf"/);
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    expect(pdf.body.equals(PDF)).toBe(true);

    // The note, its file's name and its file stay out of the contact's reach.
    expect(await portal.getByText('console-firmware-log.txt').count()).toBe(0);
    expect(await portal.locator('body').textContent()).not.toContain('firmware batch');
    const noteFile = await getWithCookies(product, contact, 'acme.localhost', noteHref);
    expect(noteFile.status).toBe(404);
    expect(noteFile.body.toString()).not.toContain('firmware');
    // The same request answers the reply's file, so the 404 is the note's, not a missing session.
    expect((await getWithCookies(product, contact, 'acme.localhost', pdfHref)).status).toBe(200);

    // The contact answers the agent's email by email: the development outbox's reply button posts
    // Postmark's inbound JSON to the real webhook, threaded by the email's Reply-To address.
    const answer = `By email: the new label worked, thank you (${Date.now()}).`;
    const outbox = await browser.newPage();
    await outbox.goto(product.url('localhost', '/dev/mail'));
    const replyEmail = outbox
      .locator('article')
      .filter({ hasText: `Re: ${subject}` })
      .first();
    await replyEmail.getByLabel('Your reply').fill(answer);
    await replyEmail.getByRole('button', { name: 'Reply to this email' }).click();
    await outbox.waitForURL(/\/dev\/mail\?sent=/);
    await outbox.close();

    // The answer is the contact's message in both apps, marked as having come by email for the agent.
    await portal.reload();
    await portal.getByTestId('request-timeline').getByText(answer).waitFor();
    await app.reload();
    const byEmail = timeline.getByTestId('timeline-message').filter({ hasText: answer });
    await byEmail.waitFor();
    expect(await byEmail.textContent()).toContain('Requester · by email');
  }, 180_000);

  it('a file question of the form answers with its files, at most its maxFiles, and they arrive on the request', async () => {
    // An admin adds "Screenshots" (required, at most 2 files) to the form and publishes it.
    const admin = await browser.newContext();
    const app = await admin.newPage();
    await app.goto(product.url('localhost', '/agent/tickets/unassigned'));
    await app.getByLabel('Workspace').fill('acme');
    await app.getByLabel('Work email').fill(AGENT);
    await app.getByTestId('agent-signin').getByRole('button').click();
    await confirmSignIn(app, product, AGENT);
    await app.getByTestId('ticket-queue').waitFor();
    /** The agent app's own GraphQL endpoint, as the app calls it (same origin, session cookie, preflight header). */
    const api = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const answer = await app.evaluate(
        async (body) => {
          const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
          const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
          return (await res.json()) as { data?: unknown; errors?: unknown };
        },
        { query, variables },
      );
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data as T;
    };
    type DraftForm = { name: string; description: string; draftDefinition: { sections: { fields: unknown[] }[] }; draftMappings: unknown };
    const { adminIntakeForms } = await api<{ adminIntakeForms: { id: string }[] }>('{ adminIntakeForms { id } }');
    const id = adminIntakeForms[0].id;
    const { adminIntakeForm: form } = await api<{ adminIntakeForm: DraftForm }>(
      'query($id: ID!) { adminIntakeForm(id: $id) { name description draftDefinition draftMappings } }',
      { id },
    );
    const definition = form.draftDefinition;
    definition.sections[definition.sections.length - 1].fields.push({
      key: 'screens',
      type: 'file',
      label: 'Screenshots',
      required: true,
      maxFiles: 2,
    });
    const input = { name: form.name, description: form.description, definition, mappings: form.draftMappings };
    await api('mutation($id: ID!, $input: UpdateIntakeFormDraftInput!) { updateIntakeFormDraft(formId: $id, input: $input) { id } }', {
      id,
      input,
    });
    await api('mutation($id: ID!) { publishIntakeForm(formId: $id) { version } }', { id });
    await admin.close();

    // The contact must answer it; a third file is left out, and says so.
    const portal = await (await browser.newContext()).newPage();
    await portal.goto(product.url('acme.localhost', '/signin?returnTo=%2Frequests%2Fnew'));
    await portal.getByLabel('Email address').fill(CONTACT);
    await portal.getByRole('button', { name: /sign-in link/i }).click();
    await confirmSignIn(portal, product, CONTACT);
    await portal.waitForURL(product.url('acme.localhost', '/requests/new'));
    await portal.getByLabel('Subject').fill(`Scratches on the Acme Anvil ${Date.now()}`);
    await portal.getByLabel('Something else').check();
    await portal.getByLabel('Describe your request').fill('The anvil arrived with deep scratches on top.');
    await portal.getByTestId('submit-request').click();
    await portal.locator('.error-summary').getByText('Screenshots').waitFor();
    const question = portal.getByTestId('file-field-screens');
    await question.locator('input[type="file"]').setInputFiles([
      { name: 'top.png', mimeType: 'image/png', buffer: png(30, 20) },
      { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: PDF },
      { name: 'extra.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await question.locator('.attachment-picker-notice').getByText('You can attach 2 files at most: 1 file was not added.').waitFor();
    await question.locator('[data-testid="upload-item"][data-status="done"]').nth(1).waitFor();
    expect(await question.getByTestId('upload-item').count()).toBe(2);
    await portal.getByTestId('submit-request').click();
    await portal.getByTestId('submitted-ticket-link').click();
    await portal.waitForURL(/\/requests\/\d+$/);

    // Both files are on the request's first message, and the answer names them.
    const first = portal.getByTestId('request-timeline').getByTestId('timeline-message').first();
    await first.locator('.attachment-thumb').getByText('top.png').waitFor();
    await first.getByTestId('attachment-chip').getByText('invoice.pdf').waitFor();
    expect(await portal.getByTestId('request-answers').textContent()).toMatch(
      /Screenshots.*(top\.png, invoice\.pdf|invoice\.pdf, top\.png)/,
    );
    expect(await portal.getByText('extra.pdf').count()).toBe(0);
  }, 180_000);
});
