import { startTestApp, type TestApp } from '../../test/http';
import { testDatabaseUrl } from '../../test/database';

// The README's two-role setup: the application connects as a login role that is only a member of
// actionconnect_app (so it cannot bypass row-level security even outside a transaction); the owner
// runs the migrations and the named cross-tenant functions.

const onPostgres = testDatabaseUrl() ? describe : describe.skip;

onPostgres('the application connecting as a separate role', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ appRole: true });
  });
  afterAll(() => app?.close());

  it('connects as a role that owns nothing and sees no tenant row outside a tenant transaction', async () => {
    const appDs = app.database.appDataSource;
    expect(appDs).not.toBe(app.dataSource);
    const [who]: { user: string; owns: string }[] = await appDs.query(
      `SELECT current_user AS user, (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user)::text AS owns`,
    );
    expect(who.user).toMatch(/^ac_web_/);
    expect(who.owns).toBe('0');
    const [rows]: { n: string }[] = await appDs.query(`SELECT count(*)::text AS n FROM tickets`);
    expect(rows.n).toBe('0');
    const [all]: { n: string }[] = await app.dataSource.query(`SELECT count(*)::text AS n FROM tickets`);
    expect(Number(all.n)).toBeGreaterThan(0);
  });

  it('serves the portal: host lookup (owner), knowledge-base reads and sign-in mail (application role)', async () => {
    const portal = await app.graphql<{ portal: { slug: string } }>('{ portal { slug } }');
    expect(portal.body.data?.portal.slug).toBe('acme');
    const search = await app.graphql<{ searchArticles: unknown[] }>('{ searchArticles(query: "refund") { article { slug } } }');
    expect(search.body.errors).toBeUndefined();
    expect(search.body.data?.searchArticles.length).toBeGreaterThan(0);
    const signIn = await app.graphql('mutation { requestPortalSignIn(input: { email: "wile@coyote.test" }) { message } }', undefined, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(signIn.body.errors).toBeUndefined();
    const [mail]: { n: string }[] = await app.dataSource.query(
      `SELECT count(*)::text AS n FROM outgoing_emails WHERE to_address = 'wile@coyote.test'`,
    );
    expect(Number(mail.n)).toBeGreaterThan(0);
  });
});
