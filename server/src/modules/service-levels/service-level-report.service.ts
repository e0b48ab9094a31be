import type { TenantData } from '../../db/tenant';
import { badInput } from '../../errors';
import { ServiceLevelPolicy } from './service-level-policy.entity';
import { scheduleOf } from './ticket-clock';

/** One week and priority of the report: how many tickets came in, and the share that met each target (null: no such target). */
export interface ServiceLevelReportRow {
  week: string;
  priority: string;
  tickets: number;
  firstResponseMet: number | null;
  nextResponseMet: number | null;
  resolutionMet: number | null;
}

/** Longest report: a year of weeks. */
export const MAX_REPORT_WEEKS = 53;

/**
 * Per week (starting Monday, in the organization's time zone) and priority, the share of tickets
 * created that week that met each target of their priority's general policy: those without a
 * recorded breach of it (the breach sweeper records each within a minute of the due time).
 */
export class ServiceLevelReportService {
  constructor(private readonly tenant: TenantData) {}

  async report(organizationId: string, weeks: number): Promise<ServiceLevelReportRow[]> {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_REPORT_WEEKS)
      throw badInput(`Ask for 1 to ${MAX_REPORT_WEEKS} weeks.`, 'weeks');
    return this.tenant.run(organizationId, async (tx) => {
      const zone = (await scheduleOf(tx))?.timeZone ?? 'UTC';
      const policies = await tx.find(ServiceLevelPolicy);
      const rows = await tx.sql<{ week: string; priority: string; tickets: string; first: string; next: string; resolution: string }>(
        `SELECT to_char(date_trunc('week', t.created_at AT TIME ZONE $3), 'YYYY-MM-DD') AS week, t.priority,
                count(*) AS tickets,
                count(*) FILTER (WHERE t.breaches_recorded ? 'first_response') AS first,
                count(*) FILTER (WHERE t.breaches_recorded ? 'next_response') AS next,
                count(*) FILTER (WHERE t.breaches_recorded ? 'resolution') AS resolution
           FROM tickets t
          WHERE t.organization_id = $1 AND t.created_at >= now() - make_interval(weeks => $2)
          GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
        [organizationId, weeks, zone],
      );
      return rows.map((r) => {
        const policy = policies.find((p) => p.priority === r.priority && !p.formId);
        const tickets = Number(r.tickets);
        const share = (target: number | null | undefined, missed: string) => (target ? (tickets - Number(missed)) / tickets : null);
        return {
          week: r.week,
          priority: r.priority,
          tickets,
          firstResponseMet: share(policy?.firstResponseMinutes, r.first),
          nextResponseMet: share(policy?.nextResponseMinutes, r.next),
          resolutionMet: share(policy?.resolutionMinutes, r.resolution),
        };
      });
    });
  }
}
