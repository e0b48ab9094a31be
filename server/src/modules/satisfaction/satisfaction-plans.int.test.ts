import { print, type DocumentNode } from 'graphql';
import { buildAdmin, buildContact, buildIntakeForm, buildOrganization } from '../../../test/factories';
import { testDatabaseUrl } from '../../../test/database';
import type { Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { explainAsApp, planNodes, planProblems } from '../../../test/plans';
import { signInAs } from '../../../test/sign-in';
import { statementRecorder } from '../../../test/statements';
import { AgentTicketDocument, SatisfactionReportDocument } from '../../../../client-agent/src/gql/graphql';

// Plan shapes (issue 14.4, as issue 11): with two organizations of tens of thousands of surveys over
// three years and fresh statistics, the report and the ticket page read satisfaction_surveys through
// its indexes, never by a sequential scan, and every statement is scoped to the organization.

const SURVEYS = 30_000;
const onPostgres = testDatabaseUrl() ? describe : describe.skip;

onPostgres('satisfaction query plans at volume', () => {
  let app: TestApp;
  let organizationId: string;
  let admin: Caller;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    const db = app.dataSource;
    for (const heavy of [true, false]) {
      const org = await buildOrganization(db);
      const boss = await buildAdmin(db, { organizationId: org.id });
      const requester = await buildContact(db, { organizationId: org.id });
      const form = await buildIntakeForm(db, { organizationId: org.id });
      await db.query(
        `INSERT INTO tickets (organization_id, number, subject, status, priority, requester_id, assignee_id, solved_at)
         SELECT $1, n, 'Question ' || n, 'solved', 'normal', $2, $3, now() - (n || ' hours')::interval FROM generate_series(1, $4) n`,
        [org.id, requester.id, boss.id, SURVEYS],
      );
      // A fifth unanswered; answers spread over three years.
      await db.query(
        `INSERT INTO satisfaction_surveys (organization_id, ticket_id, requester_id, agent_id, form_id, solved_at, rating, comment, rated_at)
         SELECT organization_id, id, requester_id, assignee_id, CASE WHEN number % 3 = 0 THEN NULL ELSE $2::uuid END, solved_at,
                CASE WHEN number % 5 = 0 THEN NULL WHEN number % 4 = 0 THEN 'bad' ELSE 'good' END, NULL,
                CASE WHEN number % 5 = 0 THEN NULL ELSE now() - ((number * 7919) % 26280 || ' hours')::interval END
         FROM tickets WHERE organization_id = $1`,
        [org.id, form.id],
      );
      if (heavy) {
        organizationId = org.id;
        admin = await signInAs(app, boss);
      }
    }
    await db.query('ANALYZE');
  }, 120_000);

  afterAll(() => app?.close());

  /**
   * Runs the app's own query and explains each satisfaction statement it caused. A report is an
   * aggregate of every answer in its period, so it may sort up to those (`maxSortedRows`), never more.
   */
  async function plansOf(document: DocumentNode, variables: Record<string, unknown>, maxSortedRows = 1000) {
    const recorder = statementRecorder(app.dataSource);
    let result;
    try {
      result = await admin.gql(print(document), variables);
    } finally {
      recorder.stop();
    }
    expect(result.errors).toEqual([]);
    const reads = recorder.statements.filter((s) => /^\s*SELECT/i.test(s.sql) && /\bsatisfaction_surveys\b/.test(s.sql));
    expect(reads.length).toBeGreaterThan(0);
    const out: { sql: string; problems: string[]; indexes: string[] }[] = [];
    for (const read of reads) {
      // Scoped to the organization in the statement itself, not by row-level security alone.
      expect(read.sql).toMatch(/organization_id"? = \$1/);
      const plan = await explainAsApp(app.dataSource, organizationId, read.sql, read.params);
      const nodes = [...planNodes(plan)];
      out.push({
        sql: read.sql,
        problems: planProblems(plan, ['satisfaction_surveys', 'tickets'], maxSortedRows),
        // An index scan names its index; a bitmap heap scan's index is on its Bitmap Index Scan child.
        indexes: nodes.flatMap((n) => (n['Index Name']?.startsWith('satisfaction_surveys') ? [n['Index Name']] : [])),
      });
    }
    return out;
  }

  it('the report reads answered surveys by the (organization, rated_at) index, in three statements', async () => {
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM satisfaction_surveys WHERE organization_id = $1 AND rating IS NOT NULL AND rated_at > now() - interval '13 weeks'`,
      [organizationId],
    );
    // The period holds a small share of the organization's answers.
    expect(n).toBeLessThan(SURVEYS / 5);
    const reads = await plansOf(SatisfactionReportDocument, { weeks: 12 }, n);
    expect(reads).toHaveLength(3);
    for (const read of reads) {
      expect(read.problems).toEqual([]);
      expect(read.indexes).toEqual(['satisfaction_surveys_org_rated_idx']);
    }
  });

  it('the ticket page reads its latest survey by the (organization, ticket, solved_at) index', async () => {
    const reads = await plansOf(AgentTicketDocument, { number: 42 });
    expect(reads).toHaveLength(1);
    expect(reads[0].problems).toEqual([]);
    expect(reads[0].indexes).toEqual(['satisfaction_surveys_ticket_idx']);
  });
});
