import { demoLogoSvg } from '../../db/seed/demo-content';
import { buildContact, buildOrganization } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/http';
import { solidPng } from '../../../test/images';
import { inboundJson, postInbound } from '../../../test/postmark-inbound';
import { OutgoingEmail } from '../outbox/outgoing-email.entity';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Issue 12.8: the logo in emails is a PNG that loads in any mail client.
describe('the email logo', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  });
  afterAll(() => app?.close());

  const logoOf = (slug: string, query = '') => app.request(`/branding/logo.png${query}`, { host: `${slug}.localhost` });

  it('draws an SVG logo as a PNG, loadable from any origin', async () => {
    const org = await buildOrganization(app.dataSource, {
      branding: { logoContentType: 'image/svg+xml', logoData: Buffer.from(demoLogoSvg('Acme', '#c2410c')), logoUpdatedAt: new Date() },
    });
    const res = await logoOf(org.slug);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.raw.subarray(0, 8)).toEqual(PNG_MAGIC);
    // 80 pixels high, twice what emails show.
    expect(res.raw.readUInt32BE(20)).toBe(80);
    // The portal's own logo route keeps its same-origin policy.
    expect((await app.request('/branding/logo', { host: `${org.slug}.localhost` })).headers['cross-origin-resource-policy']).toBe(
      'same-origin',
    );
  });

  it('serves a PNG logo as it was uploaded, and the versioned URL for good', async () => {
    const png = solidPng(120, 40);
    const updatedAt = new Date();
    const org = await buildOrganization(app.dataSource, {
      branding: { logoContentType: 'image/png', logoData: png, logoUpdatedAt: updatedAt },
    });
    const res = await logoOf(org.slug, `?v=${updatedAt.getTime()}`);
    expect(res.raw).toEqual(png);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('is a 404 without a logo', async () => {
    const org = await buildOrganization(app.dataSource);
    expect((await logoOf(org.slug)).status).toBe(404);
  });

  it('ticket emails point at the PNG, on the portal host', async () => {
    const updatedAt = new Date();
    const org = await buildOrganization(app.dataSource, {
      branding: { logoContentType: 'image/svg+xml', logoData: Buffer.from(demoLogoSvg('Globex', '#15803d')), logoUpdatedAt: updatedAt },
    });
    const contact = await buildContact(app.dataSource, { organizationId: org.id });
    await postInbound(app, inboundJson(contact.email, app.services.inbound.replies.requestAddress(org) ?? ''));
    const email = await app.dataSource.getRepository(OutgoingEmail).findOneByOrFail({ organizationId: org.id, tag: 'ticket-created' });
    expect(email.htmlBody).toContain(`src="http://${org.slug}.localhost:${app.port}/branding/logo.png?v=${updatedAt.getTime()}"`);
  });
});
