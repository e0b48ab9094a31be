import type { AdminScope } from '../../auth/viewer';
import type { TenantData } from '../../db/tenant';
import { badInput } from '../../errors';

/** Most weeks a report covers. */
export const MAX_REPORT_WEEKS = 52;

/** Good and bad answers of one group (an agent, a form, a week). */
export interface SatisfactionCounts {
  good: number;
  bad: number;
}

/** A named group of answers; id and name are null for "unassigned" or "no form". */
export interface SatisfactionGroup extends SatisfactionCounts {
  id: string | null;
  name: string | null;
}

/** Satisfaction over the last weeks, by agent at solve, by form and by week (UTC weeks from Monday). */
export interface SatisfactionReportData extends SatisfactionCounts {
  since: Date;
  byAgent: SatisfactionGroup[];
  byForm: SatisfactionGroup[];
  byWeek: (SatisfactionCounts & { weekStart: Date })[];
}

interface CountRow {
  id: string | null;
  name: string | null;
  good: number | string;
  bad: number | string;
}

const COUNTS = `count(*) FILTER (WHERE s.rating = 'good') AS good, count(*) FILTER (WHERE s.rating = 'bad') AS bad`;
// Answered surveys of the organization since a moment: the partial index satisfaction_surveys_org_rated_idx.
const ANSWERED = `s.organization_id = $1 AND s.rating IS NOT NULL AND s.rated_at >= $2`;

/** The satisfaction report for admins: a constant three statements, each over the answered-surveys index. */
export class SatisfactionReportService {
  constructor(private readonly tenant: TenantData) {}

  async report(scope: AdminScope, weeks: number): Promise<SatisfactionReportData> {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_REPORT_WEEKS) {
      throw badInput(`Choose between 1 and ${MAX_REPORT_WEEKS} weeks.`, 'weeks');
    }
    return this.tenant.run(scope.organizationId, async (tx) => {
      const [{ since }] = await tx.sql<{ since: Date }>(
        `SELECT (date_trunc('week', now() AT TIME ZONE 'UTC') - make_interval(weeks => $1)) AT TIME ZONE 'UTC' AS since`,
        [weeks - 1],
      );
      const params = [tx.organizationId, since];
      const byAgent = await tx.sql<CountRow>(
        `SELECT s.agent_id AS id, a.name AS name, ${COUNTS} FROM satisfaction_surveys s
           LEFT JOIN agents a ON a.id = s.agent_id AND a.organization_id = s.organization_id
          WHERE ${ANSWERED} GROUP BY s.agent_id, a.name ORDER BY count(*) DESC, a.name`,
        params,
      );
      const byForm = await tx.sql<CountRow>(
        `SELECT s.form_id AS id, f.name AS name, ${COUNTS} FROM satisfaction_surveys s
           LEFT JOIN intake_forms f ON f.id = s.form_id AND f.organization_id = s.organization_id
          WHERE ${ANSWERED} GROUP BY s.form_id, f.name ORDER BY count(*) DESC, f.name`,
        params,
      );
      const byWeek = await tx.sql<{ week: Date; good: number | string; bad: number | string }>(
        `SELECT date_trunc('week', s.rated_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS week, ${COUNTS}
           FROM satisfaction_surveys s WHERE ${ANSWERED} GROUP BY 1 ORDER BY 1`,
        params,
      );
      const groups = byAgent.map(group);
      return {
        since: new Date(since),
        good: groups.reduce((n, g) => n + g.good, 0),
        bad: groups.reduce((n, g) => n + g.bad, 0),
        byAgent: groups,
        byForm: byForm.map(group),
        byWeek: byWeek.map((w) => ({ weekStart: new Date(w.week), good: Number(w.good), bad: Number(w.bad) })),
      };
    });
  }
}

function group(row: CountRow): SatisfactionGroup {
  return { id: row.id, name: row.name, good: Number(row.good), bad: Number(row.bad) };
}
