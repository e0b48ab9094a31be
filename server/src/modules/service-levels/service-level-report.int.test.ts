import { buildAdmin, buildAgent, buildOrganization, buildTicket } from '../../../test/factories';
import { codes, ok } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';

// The service-level report (issue 15.5): per week and priority, the share of tickets that met each target.
const REPORT = `{ serviceLevelReport(weeks: 4) { week priority tickets firstResponseMet nextResponseMet resolutionMet } }`;
const POLICIES = `mutation ($p: [ServiceLevelPolicyInput!]!) { updateServiceLevelPolicies(policies: $p) { policies { id } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app?.close());

it('counts a target met unless its breach was recorded, per week and priority, for admins of the organization only', async () => {
  const organization = await buildOrganization(app.dataSource);
  const admin = await signInAs(app, await buildAdmin(app.dataSource, { organizationId: organization.id }));
  ok(await admin.gql(POLICIES, { p: [{ priority: 'HIGH', firstResponseMinutes: 60, resolutionMinutes: 600 }] }));
  const createdAt = new Date();
  for (const breachesRecorded of [{}, {}, {}, { first_response: createdAt.toISOString() }]) {
    await buildTicket(app.dataSource, { organizationId: organization.id, priority: 'high', createdAt, breachesRecorded });
  }
  await buildTicket(app.dataSource, { organizationId: organization.id, priority: 'low', createdAt });
  const other = await buildOrganization(app.dataSource);
  await buildTicket(app.dataSource, { organizationId: other.id, priority: 'high', createdAt, breachesRecorded: { resolution: 'x' } });

  const rows = ok(await admin.gql<{ serviceLevelReport: Record<string, unknown>[] }>(REPORT)).serviceLevelReport;
  const monday = new Date(createdAt);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const week = monday.toISOString().slice(0, 10);
  expect(rows).toEqual([
    { week, priority: 'HIGH', tickets: 4, firstResponseMet: 0.75, nextResponseMet: null, resolutionMet: 1 },
    { week, priority: 'LOW', tickets: 1, firstResponseMet: null, nextResponseMet: null, resolutionMet: null },
  ]);

  const agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id }));
  expect(codes(await agent.gql(REPORT))).toEqual(['FORBIDDEN']);
  expect(codes(await admin.gql(`{ serviceLevelReport(weeks: 0) { week } }`))).toEqual(['BAD_USER_INPUT']);
});
