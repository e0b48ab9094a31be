import { startFakeDns, type FakeDns } from '../../../test/fake-dns';
import { startTestApp, type TestApp } from '../../../test/http';
import { followLink, latestSignInMail, nonAdminCallers, REQUEST_PORTAL, signInAgent, signInContact, VIEWER } from '../../../test/sign-in';
import { Organization } from './organization.entity';
import { codes, type Caller } from '../../../test/graphql';

const DOMAIN_FIELDS = `id hostname verified verifiedAt isPrimary portalUrl dnsRecords { type name value purpose }`;
const SETTINGS = `{ customDomainSettings { defaultPortalUrl primaryPortalUrl cnameTarget domains { ${DOMAIN_FIELDS} } } }`;
const ADD = `mutation ($hostname: String!) { addCustomDomain(hostname: $hostname) { ${DOMAIN_FIELDS} } }`;
const VERIFY = `mutation ($id: ID!) { verifyCustomDomain(id: $id) { verified message domain { ${DOMAIN_FIELDS} } } }`;
const SET_PRIMARY = `mutation ($id: ID) { setPrimaryCustomDomain(id: $id) { primaryPortalUrl domains { hostname isPrimary } } }`;
const REMOVE = `mutation ($id: ID!) { removeCustomDomain(id: $id) { domains { hostname } } }`;
const PORTAL = `{ portal { slug branding { displayName } } }`;

interface Domain {
  id: string;
  hostname: string;
  verified: boolean;
  isPrimary: boolean;
  portalUrl: string;
  dnsRecords: { type: string; name: string; value: string; purpose: string }[];
}

const CNAME_TARGET = 'portals.actionconnect.test';

describe('custom domains', () => {
  let dns: FakeDns;
  let app: TestApp;
  let admin: Caller;
  let globexAdmin: Caller;

  beforeAll(async () => {
    dns = await startFakeDns();
    app = await startTestApp({ env: { DNS_RESOLVER: dns.address, CUSTOM_DOMAIN_CNAME_TARGET: CNAME_TARGET } });
    admin = await signInAgent(app, 'acme', 'admin@acme.test');
    globexAdmin = await signInAgent(app, 'globex', 'admin@globex.test');
  });
  afterAll(async () => {
    await app?.close();
    await dns?.close();
  });
  beforeEach(() => app.dataSource.query('DELETE FROM rate_limit_hits'));

  async function add(hostname: string, as: Caller = admin): Promise<Domain> {
    const res = await as.gql<{ addCustomDomain: Domain }>(ADD, { hostname });
    expect(res.errors).toEqual([]);
    return res.data?.addCustomDomain as Domain;
  }

  async function verify(id: string, as: Caller = admin) {
    const res = await as.gql<{ verifyCustomDomain: { verified: boolean; message: string; domain: Domain } }>(VERIFY, { id });
    expect(res.errors).toEqual([]);
    return res.data?.verifyCustomDomain as { verified: boolean; message: string; domain: Domain };
  }

  const tlsAsk = (domain: string) => app.request(`/internal/tls/ask?domain=${encodeURIComponent(domain)}`, { host: '127.0.0.1' });
  const token = (domain: Domain) => domain.dnsRecords.find((r) => r.type === 'TXT')?.value as string;

  describe('adding', () => {
    it('normalizes what the admin types and shows the TXT and CNAME records to create', async () => {
      const domain = await add('  HTTPS://Support.Acme.TEST./  ');
      expect(domain).toMatchObject({
        hostname: 'support.acme.test',
        verified: false,
        isPrimary: false,
        portalUrl: `http://support.acme.test:${app.port}/`,
      });
      expect(domain.dnsRecords).toEqual([
        {
          type: 'TXT',
          name: '_actionconnect-challenge.support.acme.test',
          value: expect.stringMatching(/^ac-verify-[A-Za-z0-9_-]{32}$/),
          purpose: expect.any(String),
        },
        { type: 'CNAME', name: 'support.acme.test', value: CNAME_TARGET, purpose: expect.any(String) },
      ]);
      const settings = await admin.gql<{
        customDomainSettings: { defaultPortalUrl: string; primaryPortalUrl: string; cnameTarget: string; domains: Domain[] };
      }>(SETTINGS);
      expect(settings.data?.customDomainSettings).toMatchObject({
        defaultPortalUrl: `http://acme.localhost:${app.port}/`,
        primaryPortalUrl: `http://acme.localhost:${app.port}/`,
        cnameTarget: CNAME_TARGET,
        domains: [expect.objectContaining({ hostname: 'support.acme.test' })],
      });
      expect((await add('bücher.acme.test')).hostname).toBe('xn--bcher-kva.acme.test');
    });

    it("refuses our own hosts, .localhost names, names that aren't domains, and duplicates across workspaces", async () => {
      const refused = async (hostname: string, as: Caller = admin) => {
        const res = await as.gql(ADD, { hostname });
        expect(res.data).toBeNull();
        return { code: res.errors[0]?.extensions?.code, field: res.errors[0]?.extensions?.field, message: res.errors[0]?.message };
      };
      for (const hostname of [
        'localhost',
        'acme.localhost',
        'globex.localhost',
        'help.localhost',
        CNAME_TARGET,
        '',
        'not a domain',
        '1.2.3.4',
        '[::1]',
        '*.acme.test',
        'support.acme.test:8443',
        'acme',
        '-bad-.acme.test',
        `${'a'.repeat(64)}.acme.test`,
      ]) {
        expect(await refused(hostname)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hostname' });
      }
      expect((await refused('help.localhost')).message).toContain('.localhost');
      expect(await refused('support.acme.test', globexAdmin)).toMatchObject({
        code: 'CONFLICT',
        field: 'hostname',
        message: expect.stringContaining('another workspace'),
      });
      expect(await refused('SUPPORT.acme.test')).toMatchObject({ code: 'CONFLICT', message: 'support.acme.test is already in your list.' });
    });

    it("lets another workspace take a name whose owner never verified it within 7 days, so names can't be squatted", async () => {
      const squatted = await add('squat.acme.test', globexAdmin);
      expect(codes(await admin.gql(ADD, { hostname: 'squat.acme.test' }))).toEqual(['CONFLICT']);
      await app.dataSource.query(`UPDATE custom_domains SET created_at = now() - interval '8 days' WHERE id = $1`, [squatted.id]);
      expect((await add('squat.acme.test')).hostname).toBe('squat.acme.test');
      const [{ count }] = await app.dataSource.query(
        `SELECT count(*)::int AS count FROM custom_domains WHERE hostname = 'squat.acme.test'`,
      );
      expect(count).toBe(1);
    });
  });

  describe('verifying through DNS', () => {
    it('an unverified domain serves nothing: a forged Host gets the 404 page, and the TLS edge is told no', async () => {
      const page = await app.request('/', { host: 'support.acme.test' });
      expect(page.status).toBe(404);
      expect(page.text).toContain('There is no help center here');
      const api = await app.request('/graphql', { host: 'support.acme.test', body: { query: PORTAL } });
      expect(api.status).toBe(404);
      expect((await tlsAsk('support.acme.test')).status).toBe(404);
    });

    it('looks the TXT record up through DNS_RESOLVER and explains what it found until it matches', async () => {
      const domain = (await admin.gql<{ customDomainSettings: { domains: Domain[] } }>(SETTINGS)).data?.customDomainSettings.domains.find(
        (d) => d.hostname === 'support.acme.test',
      ) as Domain;
      const name = '_actionconnect-challenge.support.acme.test';

      const missing = await verify(domain.id);
      expect(missing).toMatchObject({ verified: false, message: expect.stringContaining(`No TXT record was found at ${name}`) });
      expect(dns.queries).toContain(name);

      dns.setTxt(name, ['v=spf1 -all', 'ac-verify-someone-elses-token']);
      expect(await verify(domain.id)).toMatchObject({
        verified: false,
        message: expect.stringContaining(`Set its value to exactly ${token(domain)}`),
      });

      dns.setTxt(name, [token(domain)]);
      dns.failAll(true);
      expect(await verify(domain.id)).toMatchObject({ verified: false, message: expect.stringContaining('DNS did not answer') });
      dns.failAll(false);
      expect((await app.request('/', { host: 'support.acme.test' })).status).toBe(404);

      dns.setTxt(name, ['v=spf1 -all', `"${token(domain)}"`]);
      const verified = await verify(domain.id);
      expect(verified).toMatchObject({ verified: true, domain: { verified: true, isPrimary: false } });
      expect(verified.message).toContain(CNAME_TARGET);
    });

    it('a verified domain serves the portal, and the TLS edge may get a certificate for it', async () => {
      const api = await app.graphql<{ portal: { slug: string } }>(PORTAL, {}, { host: 'support.acme.test' });
      expect(api.body.data?.portal.slug).toBe('acme');
      expect((await tlsAsk('support.acme.test')).status).toBe(200);
      expect((await tlsAsk('SUPPORT.acme.test.')).status).toBe(200);
      expect((await tlsAsk('acme.localhost')).status).toBe(200);
      expect((await tlsAsk('localhost')).status).toBe(200);
      for (const other of ['help.acme.test', 'nobody.localhost', 'evil.example', '', 'a b', '127.0.0.1'])
        expect((await tlsAsk(other)).status).toBe(404);
      expect((await app.request('/internal/tls/ask', { host: '127.0.0.1' })).status).toBe(404);
      // Still the portal of Acme only: another unverified domain of Acme does not serve.
      await add('help.acme.test');
      expect((await app.request('/', { host: 'help.acme.test' })).status).toBe(404);
    });
  });

  describe('the primary domain', () => {
    it('only a verified domain can be primary', async () => {
      const { domains } = (await admin.gql<{ customDomainSettings: { domains: Domain[] } }>(SETTINGS)).data?.customDomainSettings ?? {
        domains: [],
      };
      const help = domains.find((d) => d.hostname === 'help.acme.test') as Domain;
      const res = await admin.gql(SET_PRIMARY, { id: help.id });
      expect(res.errors[0]).toMatchObject({
        message: 'Verify help.acme.test before making it the primary domain.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('sign-in started on the custom domain emails a link to the custom domain, and the session lives on that host only', async () => {
      const { domains } = (await admin.gql<{ customDomainSettings: { domains: Domain[] } }>(SETTINGS)).data?.customDomainSettings ?? {
        domains: [],
      };
      const support = domains.find((d) => d.hostname === 'support.acme.test') as Domain;
      const primary = await admin.gql<{ setPrimaryCustomDomain: { primaryPortalUrl: string; domains: Domain[] } }>(SET_PRIMARY, {
        id: support.id,
      });
      expect(primary.errors).toEqual([]);
      expect(primary.data?.setPrimaryCustomDomain.primaryPortalUrl).toBe(`http://support.acme.test:${app.port}/`);
      expect(primary.data?.setPrimaryCustomDomain.domains.filter((d) => d.isPrimary).map((d) => d.hostname)).toEqual(['support.acme.test']);

      const requested = await app.graphql(
        REQUEST_PORTAL,
        { email: 'road@runner.test', returnPath: '/requests' },
        { host: 'support.acme.test' },
      );
      expect(requested.body.errors).toBeUndefined();
      const mail = await latestSignInMail(app, 'road@runner.test');
      expect(mail.link.startsWith(`http://support.acme.test:${app.port}/auth/confirm?token=`)).toBe(true);

      const { confirm, session } = await followLink(app, 'support.acme.test', mail.token);
      expect(confirm.status).toBe(303);
      expect(confirm.headers.location).toBe('/requests');
      const cookie = `ac_session=${session}`;
      const here = await app.graphql<{ viewer: { kind: string; contact: { email: string } | null } }>(
        VIEWER,
        {},
        { host: 'support.acme.test', cookie },
      );
      expect(here.body.data?.viewer).toMatchObject({ kind: 'CONTACT', contact: { email: 'road@runner.test' } });
      for (const host of ['acme.localhost', 'localhost', 'globex.localhost']) {
        const elsewhere = await app.graphql<{ viewer: { kind: string } }>(VIEWER, {}, { host, cookie });
        expect(elsewhere.body.data?.viewer.kind).toBe('ANONYMOUS');
      }
      // The other way round: a session made on the slug host means nothing on the custom domain.
      const slugSession = await signInContact(app, 'acme', 'wile@coyote.test');
      expect((await slugSession.gql<{ viewer: { kind: string } }>(VIEWER)).data?.viewer.kind).toBe('CONTACT');
    });

    it('links take the primary domain from the database, whatever Host the sign-in came from', async () => {
      await app.graphql(
        REQUEST_PORTAL,
        { email: 'wile@coyote.test' },
        { host: 'acme.localhost', headers: { 'x-forwarded-host': 'evil.example' } },
      );
      const mail = await latestSignInMail(app, 'wile@coyote.test');
      expect(new URL(mail.link).host).toBe(`support.acme.test:${app.port}`);
      const acme = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' });
      // Ticket emails build their links from the same place.
      expect(await app.services.organizations.urls.portalOrigin(acme)).toBe(`http://support.acme.test:${app.port}`);
    });

    it('setting no primary goes back to the default address', async () => {
      const res = await admin.gql<{ setPrimaryCustomDomain: { primaryPortalUrl: string } }>(SET_PRIMARY, { id: null });
      expect(res.data?.setPrimaryCustomDomain.primaryPortalUrl).toBe(`http://acme.localhost:${app.port}/`);
      const { domains } = (await admin.gql<{ customDomainSettings: { domains: Domain[] } }>(SETTINGS)).data?.customDomainSettings ?? {
        domains: [],
      };
      const support = domains.find((d) => d.hostname === 'support.acme.test') as Domain;
      expect((await admin.gql(SET_PRIMARY, { id: support.id })).errors).toEqual([]);
    });
  });

  describe('isolation and authorization', () => {
    it("another workspace's admin cannot see, verify, promote or remove Acme's domains: NOT_FOUND, like a missing one", async () => {
      const acmeDomains =
        (await admin.gql<{ customDomainSettings: { domains: Domain[] } }>(SETTINGS)).data?.customDomainSettings.domains ?? [];
      const globexView = await globexAdmin.gql<{ customDomainSettings: { domains: Domain[] } }>(SETTINGS);
      expect(globexView.data?.customDomainSettings.domains.map((d) => d.hostname)).not.toContain('support.acme.test');
      const support = acmeDomains.find((d) => d.hostname === 'support.acme.test') as Domain;
      for (const [query, id] of [
        [VERIFY, support.id],
        [SET_PRIMARY, support.id],
        [REMOVE, support.id],
        [REMOVE, '00000000-0000-0000-0000-000000000000'],
        [VERIFY, 'not-a-uuid'],
      ]) {
        const res = await globexAdmin.gql(query, { id });
        expect(codes(res)).toEqual(['NOT_FOUND']);
        expect(res.errors[0].message).toBe('Custom domain not found');
      }
      expect((await app.graphql<{ portal: { slug: string } }>(PORTAL, {}, { host: 'support.acme.test' })).body.data?.portal.slug).toBe(
        'acme',
      );
    });

    it('is for admins only: other agents, contacts and anonymous visitors are refused', async () => {
      const id = '00000000-0000-0000-0000-000000000000';
      const cases = await nonAdminCallers(app, 'acme', { agent: 'agent@acme.test', contact: 'wile@coyote.test' });
      for (const [caller, code] of cases) {
        for (const [query, variables] of [
          [SETTINGS, {}],
          [ADD, { hostname: 'sneaky.acme.test' }],
          [VERIFY, { id }],
          [SET_PRIMARY, { id }],
          [REMOVE, { id }],
        ] as const) {
          const res = await caller.gql(query, variables);
          expect(codes(res)).toEqual([code]);
          expect(res.data).toBeNull();
        }
      }
      const [{ count }] = await app.dataSource.query(
        `SELECT count(*)::int AS count FROM custom_domains WHERE hostname = 'sneaky.acme.test'`,
      );
      expect(count).toBe(0);
    });
  });

  describe('removing', () => {
    it('a removed domain stops serving at once, and links fall back to the default address', async () => {
      const { domains } = (await admin.gql<{ customDomainSettings: { domains: Domain[] } }>(SETTINGS)).data?.customDomainSettings ?? {
        domains: [],
      };
      const support = domains.find((d) => d.hostname === 'support.acme.test') as Domain;
      const res = await admin.gql<{ removeCustomDomain: { domains: { hostname: string }[] } }>(REMOVE, { id: support.id });
      expect(res.data?.removeCustomDomain.domains.map((d) => d.hostname)).not.toContain('support.acme.test');
      expect((await app.request('/', { host: 'support.acme.test' })).status).toBe(404);
      expect((await tlsAsk('support.acme.test')).status).toBe(404);
      const acme = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' });
      expect(await app.services.organizations.urls.portalOrigin(acme)).toBe(`http://acme.localhost:${app.port}`);
      expect(codes(await admin.gql(REMOVE, { id: support.id }))).toEqual(['NOT_FOUND']);
    });
  });
});
