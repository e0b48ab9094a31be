import { jpegHeader, solidPng } from '../../../test/images';
import { startTestApp, type TestApp } from '../../../test/http';
import { latestSignInMail, nonAdminCallers, REQUEST_PORTAL, signInAgent } from '../../../test/sign-in';
import { codes, type Caller, type GqlResult } from '../../../test/graphql';

const SETTINGS = `{ brandingSettings { organizationName displayName primaryColor primaryTextColor accentColor welcomeHeadline welcomeIntro signInText footerText logoDataUrl logoUpdatedAt portalUrl } }`;
const UPDATE = `mutation ($input: UpdateBrandingInput!) { updateBranding(input: $input) { displayName primaryColor primaryTextColor logoDataUrl logoUpdatedAt } }`;
const PORTAL = `{ portal { name branding { displayName logoUrl primaryColor primaryTextColor accentColor welcomeHeadline welcomeIntro signInText footerText } } }`;

interface Portal {
  portal: { name: string; branding: Record<string, string | null> };
}
type Settings = Record<string, string | null>;

/** Every value the settings form sends, as Acme's demo branding; overrides win. */
function brandingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    displayName: 'Acme',
    primaryColor: '#c2410c',
    primaryTextColor: null,
    accentColor: '#1c1917',
    welcomeHeadline: 'Acme Support',
    welcomeIntro: 'Search our guides or send us a request.',
    signInText: 'Sign in with your email.',
    footerText: '© Acme Corporation',
    ...overrides,
  };
}

const logo = (bytes: Buffer, contentType: string) => ({ contentType, dataBase64: bytes.toString('base64') });

describe('branding settings', () => {
  let app: TestApp;
  let admin: Caller;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAgent(app, 'acme', 'admin@acme.test');
  });
  afterAll(() => app?.close());

  async function portal(host = 'acme.localhost'): Promise<Portal['portal']['branding']> {
    const res = await app.graphql<Portal>(PORTAL, {}, { host });
    return res.body.data?.portal.branding ?? {};
  }

  async function save(overrides: Record<string, unknown>, as: Caller = admin): Promise<GqlResult<{ updateBranding: Settings }>> {
    return as.gql<{ updateBranding: Settings }>(UPDATE, { input: brandingInput(overrides) });
  }

  function refusal(result: GqlResult<unknown>): { code: unknown; field: unknown; message: string } {
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
  }

  it("shows an admin the organization's branding as stored, and the portal's address", async () => {
    const res = await admin.gql<{ brandingSettings: Settings }>(SETTINGS);
    expect(res.errors).toEqual([]);
    expect(res.data?.brandingSettings).toMatchObject({
      organizationName: 'Acme',
      displayName: 'Acme',
      primaryColor: '#c2410c',
      primaryTextColor: null,
      welcomeHeadline: 'Acme Support',
      portalUrl: `http://acme.localhost:${app.port}/`,
    });
    expect(res.data?.brandingSettings.logoDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('applies saved branding to the portal and its emails from the next request, without a restart', async () => {
    const res = await save({
      displayName: '  Acme Rockets ',
      primaryColor: '#1D4ED8',
      accentColor: '#FB0',
      welcomeHeadline: 'Rocket help',
      welcomeIntro: 'Line one\r\nLine two',
      signInText: 'Use your Acme email.',
      footerText: 'Acme Rockets Ltd',
    });
    expect(res.errors).toEqual([]);
    expect(res.data?.updateBranding).toMatchObject({ displayName: 'Acme Rockets', primaryColor: '#1d4ed8', primaryTextColor: null });
    expect(await portal()).toMatchObject({
      displayName: 'Acme Rockets',
      primaryColor: '#1d4ed8',
      primaryTextColor: '#ffffff',
      accentColor: '#ffbb00',
      welcomeHeadline: 'Rocket help',
      welcomeIntro: 'Line one\nLine two',
      signInText: 'Use your Acme email.',
      footerText: 'Acme Rockets Ltd',
    });

    await app.graphql(REQUEST_PORTAL, { email: 'wile@coyote.test' }, { host: 'acme.localhost' });
    const mail = await latestSignInMail(app, 'wile@coyote.test');
    expect(mail.html).toContain('#1d4ed8');
    expect(mail.text).toContain('Sign in to Acme Rockets');
    const [row] = await app.dataSource.query(
      `SELECT from_name FROM outgoing_emails WHERE to_address = 'wile@coyote.test' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(row.from_name).toBe('Acme Rockets');
  });

  it('an empty display name falls back to the organization name', async () => {
    expect((await save({ displayName: '' })).errors).toEqual([]);
    expect((await portal()).displayName).toBe('Acme');
  });

  it('refuses text on the primary color below WCAG AA 4.5:1, says why, and keeps the old branding', async () => {
    const before = await portal();
    const result = await save({ primaryColor: '#777777', primaryTextColor: '#ffffff' });
    expect(refusal(result)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'primaryTextColor',
      message: expect.stringContaining('contrast of 4.47:1; WCAG AA needs at least 4.5:1'),
    });
    expect(await portal()).toEqual(before);
    // The same colours pass with a chosen text color that reads well, or with automatic text.
    expect((await save({ primaryColor: '#777777', primaryTextColor: '#000000' })).errors).toEqual([]);
    expect((await portal()).primaryTextColor).toBe('#000000');
    expect((await save({ primaryColor: '#ffee00', primaryTextColor: null })).errors).toEqual([]);
    expect((await portal()).primaryTextColor).toBe('#000000');
  });

  it('refuses colors that are not hex, naming each field', async () => {
    expect(refusal(await save({ primaryColor: 'red' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'primaryColor' });
    expect(refusal(await save({ accentColor: '#12345g' }))).toMatchObject({ field: 'accentColor' });
    // A value that would escape a style attribute is refused, not stored.
    const injection = await save({ primaryColor: '#fff;background:url(//evil)' });
    expect(refusal(injection).field).toBe('primaryColor');
    const both = await save({ primaryColor: 'blue', accentColor: 'green' });
    expect(both.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((both.errors[0].extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['primaryColor', 'accentColor']);
  });

  it('limits the portal copy and keeps names on one line', async () => {
    expect(refusal(await save({ welcomeHeadline: 'x'.repeat(201) }))).toMatchObject({
      field: 'welcomeHeadline',
      message: 'Welcome headline is 201 characters long; the limit is 200.',
    });
    expect(refusal(await save({ welcomeHeadline: '   ' })).field).toBe('welcomeHeadline');
    expect(refusal(await save({ welcomeIntro: 'x'.repeat(1001) })).field).toBe('welcomeIntro');
    expect(refusal(await save({ signInText: 'x'.repeat(1001) })).field).toBe('signInText');
    expect(refusal(await save({ footerText: 'x'.repeat(501) })).field).toBe('footerText');
    expect(refusal(await save({ displayName: 'Acme\r\nBcc: everyone@example.test' })).field).toBe('displayName');
  });

  it('stores a PNG logo and serves it at a versioned URL, cached for good, with a sandboxing CSP', async () => {
    const png = solidPng(120, 40);
    const res = await save({ logo: logo(png, 'image/png') });
    expect(res.errors).toEqual([]);
    expect(res.data?.updateBranding.logoDataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
    const { logoUrl } = await portal();
    expect(logoUrl).toMatch(/^\/branding\/logo\?v=\d+$/);
    const served = await app.request(logoUrl as string, { host: 'acme.localhost' });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(served.headers['content-security-policy']).toContain('sandbox');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    // Any other URL of the logo (emails link it without a version) revalidates instead.
    const plain = await app.request('/branding/logo', { host: 'acme.localhost' });
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.headers.etag).toBeTruthy();

    // A new logo gets a new URL, so browsers never show the old one from cache.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await save({ logo: logo(solidPng(64, 64, [0, 0, 0]), 'image/png') })).errors).toEqual([]);
    const next = (await portal()).logoUrl;
    expect(next).not.toBe(logoUrl);
    expect((await app.request(logoUrl as string, { host: 'acme.localhost' })).headers['cache-control']).toBe('no-cache');

    // Saving other values keeps the logo; removeLogo drops it.
    expect((await save({ welcomeHeadline: 'Still here' })).errors).toEqual([]);
    expect((await portal()).logoUrl).toBe(next);
    expect((await save({ removeLogo: true })).errors).toEqual([]);
    expect((await portal()).logoUrl).toBeNull();
  });

  it('accepts JPEG and WebP logos by their bytes', async () => {
    expect((await save({ logo: logo(jpegHeader(300, 100), 'image/jpeg') })).errors).toEqual([]);
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8L', 8, 'latin1');
    webp.set([0x2f, 63, 0xc0, 0x07, 0], 20); // 64 × 32
    expect((await save({ logo: logo(webp, 'image/webp') })).errors).toEqual([]);
    const settings = await admin.gql<{ brandingSettings: Settings }>(SETTINGS);
    expect(settings.data?.brandingSettings.logoDataUrl).toMatch(/^data:image\/webp;base64,/);
  });

  it('refuses an oversized logo, naming the field and the 512 KB limit', async () => {
    const before = await portal();
    const big = solidPng(100, 100, [10, 20, 30], 600 * 1024);
    expect(refusal(await save({ logo: logo(big, 'image/png') }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'logo',
      message: 'The logo is 600 KB; the limit is 512 KB. Export it smaller and try again.',
    });
    expect(await portal()).toEqual(before);
  });

  it('refuses a disguised logo: content that does not match the declared type, markup, and SVG', async () => {
    expect(refusal(await save({ logo: logo(jpegHeader(300, 100), 'image/png') }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'logo',
      message:
        "The logo's content is a JPEG image, but it was sent as image/png. Its type and content must match: upload the file unchanged.",
    });
    const html = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    expect(refusal(await save({ logo: logo(html, 'image/png') }))).toMatchObject({
      field: 'logo',
      message: expect.stringContaining('SVG or HTML markup'),
    });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(refusal(await save({ logo: logo(svg, 'image/svg+xml') }))).toMatchObject({
      field: 'logo',
      message: expect.stringContaining("SVG logos aren't accepted"),
    });
    expect(refusal(await save({ logo: logo(Buffer.from('GIF89a\x01\x00\x01\x00'), 'image/gif') }))).toMatchObject({ field: 'logo' });
    expect(refusal(await save({ logo: { contentType: 'image/png', dataBase64: 'not base64!' } })).field).toBe('logo');
    expect(refusal(await save({ logo: logo(solidPng(5000, 10), 'image/png') })).message).toContain('limit is 4096 pixels');
  });

  it('is for admins only: other agents, contacts and anonymous visitors are refused and change nothing', async () => {
    const before = await portal();
    const cases = await nonAdminCallers(app, 'acme', { agent: 'agent@acme.test', contact: 'wile@coyote.test' });
    for (const [caller, code] of cases) {
      const read = await caller.gql(SETTINGS);
      expect(codes(read)).toEqual([code]);
      expect(read.data).toBeNull();
      expect(codes(await save({ primaryColor: '#000000' }, caller))).toEqual([code]);
    }
    expect(await portal()).toEqual(before);
  });

  it("an admin changes only their own organization's branding", async () => {
    const globexAdmin = await signInAgent(app, 'globex', 'admin@globex.test');
    const acmeBefore = await portal();
    expect((await save({ displayName: 'Globex Rebranded', primaryColor: '#000000' }, globexAdmin)).errors).toEqual([]);
    expect((await portal('globex.localhost')).displayName).toBe('Globex Rebranded');
    expect(await portal()).toEqual(acmeBefore);
  });
});
