import { MAX_TARGET_MINUTES, businessScheduleProblem, isUuid, type BusinessSchedule } from '@actionconnect/shared';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput } from '../../errors';
import { IntakeForm } from '../forms/intake-form.entity';
import { BusinessHours } from './business-hours.entity';
import type { DueTimeRecompute } from './due-time-recompute';
import { ServiceLevelPolicy } from './service-level-policy.entity';
import type { BusinessHoursInput, ServiceLevelPolicyInput, ServiceLevelSettings } from './service-level.types';
import type { TicketPriorityEnum } from '../tickets/ticket.types';

/** Most policies an organization keeps (four priorities, each for all forms and for a few dozen forms). */
export const MAX_POLICIES = 200;

const TARGETS = ['firstResponseMinutes', 'nextResponseMinutes', 'resolutionMinutes'] as const;
const HOLIDAY_NAME_MAX = 80;

/** Business hours and service-level policies (issue 15.1–2): read and saved by admins; saving recomputes open tickets' due times in the background. */
export class ServiceLevelService {
  constructor(
    private readonly tenant: TenantData,
    private readonly recompute: DueTimeRecompute,
    /** Called after a save: the portal's cached reply promise is stale. */
    private readonly onChanged: (organizationId: string) => void = () => {},
  ) {}

  /** The settings page's data. */
  settings(organizationId: string): Promise<ServiceLevelSettings> {
    return this.tenant.run(organizationId, (tx) => readSettings(tx));
  }

  /** Replaces the business hours; refuses an unknown zone, reversed or overlapping hours and too many holidays, naming the field. */
  async updateBusinessHours(organizationId: string, input: BusinessHoursInput): Promise<ServiceLevelSettings> {
    const schedule: BusinessSchedule = {
      timeZone: input.timeZone.trim(),
      hours: input.hours.map((h) => ({ weekday: h.weekday, opens: h.opens.trim(), closes: h.closes.trim() })),
      holidays: input.holidays.map((h) => ({ date: h.date.trim(), yearly: h.yearly, ...(h.name?.trim() ? { name: h.name.trim() } : {}) })),
    };
    const problem = businessScheduleProblem(schedule);
    if (problem) throw badInput(problem.message, problem.field);
    const longName = schedule.holidays.findIndex((h) => (h.name?.length ?? 0) > HOLIDAY_NAME_MAX);
    if (longName >= 0) throw badInput(`Holiday names can be at most ${HOLIDAY_NAME_MAX} characters.`, `holidays.${longName}.name`);
    schedule.hours.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
    schedule.holidays.sort((a, b) => a.date.localeCompare(b.date));
    const settings = await this.tenant.run(organizationId, async (tx) => {
      await tx.sql(
        `INSERT INTO business_hours (organization_id, time_zone, hours, holidays) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, hours = EXCLUDED.hours,
                                                     holidays = EXCLUDED.holidays, updated_at = now()`,
        [organizationId, schedule.timeZone, JSON.stringify(schedule.hours), JSON.stringify(schedule.holidays)],
      );
      return readSettings(tx);
    });
    this.recompute.schedule(organizationId);
    this.onChanged(organizationId);
    return settings;
  }

  /** Replaces every policy; a target must be 1 minute to a year, one policy per priority and form. */
  async updatePolicies(organizationId: string, inputs: ServiceLevelPolicyInput[]): Promise<ServiceLevelSettings> {
    if (inputs.length > MAX_POLICIES) throw badInput(`At most ${MAX_POLICIES} policies.`, 'policies');
    const seen = new Set<string>();
    for (const [index, input] of inputs.entries()) {
      for (const target of TARGETS) {
        const minutes = input[target];
        if (minutes === null || minutes === undefined) continue;
        if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TARGET_MINUTES) {
          throw badInput('A target is at least one minute and at most a year.', `policies.${index}.${target}`);
        }
      }
      if (input.formId && !isUuid(input.formId)) throw badInput('Not a valid id.', `policies.${index}.formId`);
      const key = `${input.priority}/${input.formId ?? ''}`;
      if (seen.has(key)) throw badInput('There is already a policy for this priority and form.', `policies.${index}.priority`);
      seen.add(key);
    }
    const settings = await this.tenant.run(organizationId, async (tx) => {
      const formIds = [...new Set(inputs.flatMap((i) => (i.formId ? [i.formId] : [])))];
      if (formIds.length) {
        const found = new Set((await tx.select(IntakeForm, 'f').andWhere('f.id IN (:...formIds)', { formIds }).getMany()).map((f) => f.id));
        const missing = inputs.findIndex((i) => i.formId && !found.has(i.formId));
        if (missing >= 0) throw badInput('No such form.', `policies.${missing}.formId`);
      }
      await tx.delete(ServiceLevelPolicy, {});
      for (const input of inputs) {
        await tx.insert(ServiceLevelPolicy, {
          priority: input.priority,
          formId: input.formId ?? null,
          firstResponseMinutes: input.firstResponseMinutes ?? null,
          nextResponseMinutes: input.nextResponseMinutes ?? null,
          resolutionMinutes: input.resolutionMinutes ?? null,
          businessHours: input.businessHours,
        });
      }
      return readSettings(tx);
    });
    this.recompute.schedule(organizationId);
    this.onChanged(organizationId);
    return settings;
  }
}

/** Business hours (a default Monday–Friday 9–17 UTC shape until saved) and policies, by priority. */
async function readSettings(tx: TenantTx): Promise<ServiceLevelSettings> {
  const hours = await tx.findOneBy(BusinessHours, {});
  const policies = await tx.find(ServiceLevelPolicy, { order: { priority: 'ASC', createdAt: 'ASC' } });
  const rank = { urgent: 0, high: 1, normal: 2, low: 3 };
  return {
    businessHours: hours
      ? {
          timeZone: hours.timeZone,
          hours: hours.hours,
          holidays: hours.holidays.map((h) => ({ ...h, name: h.name ?? null })),
          configured: true,
        }
      : { timeZone: 'UTC', hours: [], holidays: [], configured: false },
    policies: policies
      .sort((a, b) => rank[a.priority] - rank[b.priority] || (a.formId ?? '').localeCompare(b.formId ?? ''))
      .map((p) => ({ ...p, priority: p.priority as TicketPriorityEnum })),
  };
}
