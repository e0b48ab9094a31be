import { print } from 'graphql';
import { buildAgent, buildOrganization, buildTicket } from '../../../test/factories';
import { testDatabaseUrl } from '../../../test/database';
import type { Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { explainAsApp, planProblems } from '../../../test/plans';
import { signInAs } from '../../../test/sign-in';
import { statementRecorder } from '../../../test/statements';
import { NotificationBellDocument } from '../../../../client-agent/src/gql/graphql';

// The bell's own query at volume (issue 17.8): the list and the unread count read the
// notifications indexes, never a scan or sort of the organization's notifications.
const onPostgres = testDatabaseUrl() ? describe : describe.skip;

onPostgres('notification query plans at volume', () => {
  let app: TestApp;
  let organizationId: string;
  let agent: Caller;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    const db = app.dataSource;
    organizationId = (await buildOrganization(db)).id;
    const me = await buildAgent(db, { organizationId });
    for (let i = 0; i < 9; i++) await buildAgent(db, { organizationId });
    const ticket = await buildTicket(db, { organizationId });
    await db.query(
      `WITH staff AS (SELECT array_agg(id ORDER BY email) AS ids FROM agents WHERE organization_id = $1)
       INSERT INTO notifications (organization_id, agent_id, ticket_id, kind, read_at, created_at)
       SELECT $1, staff.ids[1 + n % 10], $2, (ARRAY['assigned','reply','mention'])[1 + n % 3],
              CASE WHEN n % 7 = 0 THEN NULL ELSE now() END, now() - (n || ' seconds')::interval
       FROM generate_series(1, 50000) n, staff`,
      [organizationId, ticket.id],
    );
    await db.query('ANALYZE');
    agent = await signInAs(app, me);
  }, 120_000);
  afterAll(() => app?.close());

  it('answers the bell from the indexes', async () => {
    const recorder = statementRecorder(app.dataSource);
    let result;
    try {
      result = await agent.gql<{ notifications: unknown[]; unreadNotificationCount: number }>(print(NotificationBellDocument));
    } finally {
      recorder.stop();
    }
    expect(result.errors).toEqual([]);
    expect(result.data?.notifications).toHaveLength(20);
    expect(result.data?.unreadNotificationCount).toBeGreaterThan(0);
    const reads = recorder.statements.filter((s) => /^\s*SELECT/i.test(s.sql) && /\bnotifications\b/.test(s.sql));
    expect(reads).toHaveLength(2);
    const problems: string[] = [];
    for (const read of reads) {
      const plan = await explainAsApp(app.dataSource, organizationId, read.sql, read.params);
      for (const problem of planProblems(plan, ['notifications'])) problems.push(`${problem} in: ${read.sql}`);
    }
    expect(problems).toEqual([]);
  });
});
