import { useMutation, useQuery } from '@apollo/client/react';
import { NO_FORM_ERRORS, toFormErrors, type FormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, Spinner } from '@actionconnect/ui';
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import type { ServiceLevelSettingsQuery, TicketPriority } from '../../gql/graphql';
import { holidaysText, hoursToMinutes, minutesToHours, parseHolidays, WEEKDAYS } from './service-levels-form.util';
import './settings.css';

const serviceLevelSettingsQuery = graphql(`
  query ServiceLevelSettings {
    serviceLevelSettings {
      businessHours {
        timeZone
        configured
        hours {
          weekday
          opens
          closes
        }
        holidays {
          date
          yearly
          name
        }
      }
      policies {
        id
        priority
        formId
        firstResponseMinutes
        nextResponseMinutes
        resolutionMinutes
        businessHours
      }
    }
  }
`);

const updateBusinessHoursMutation = graphql(`
  mutation UpdateBusinessHours($input: BusinessHoursInput!) {
    updateBusinessHours(input: $input) {
      businessHours {
        timeZone
        configured
      }
    }
  }
`);

const updatePoliciesMutation = graphql(`
  mutation UpdateServiceLevelPolicies($policies: [ServiceLevelPolicyInput!]!) {
    updateServiceLevelPolicies(policies: $policies) {
      policies {
        id
      }
    }
  }
`);

type Settings = ServiceLevelSettingsQuery['serviceLevelSettings'];
const PRIORITIES: { value: TicketPriority; label: string }[] = [
  { value: 'URGENT' as TicketPriority, label: 'Urgent' },
  { value: 'HIGH' as TicketPriority, label: 'High' },
  { value: 'NORMAL' as TicketPriority, label: 'Normal' },
  { value: 'LOW' as TicketPriority, label: 'Low' },
];
const TARGETS = [
  { key: 'firstResponseMinutes', label: 'First reply' },
  { key: 'nextResponseMinutes', label: 'Next reply' },
  { key: 'resolutionMinutes', label: 'Resolution' },
] as const;
type TargetKey = (typeof TARGETS)[number]['key'];

/** /settings/service-levels: business hours, holidays and the reply and resolution targets per priority. */
export function ServiceLevelSettingsPage() {
  usePageTitle('Service levels');
  const { data, loading, error, refetch } = useQuery(serviceLevelSettingsQuery);
  const settings = data?.serviceLevelSettings;
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Service levels</h1>
        <p className="page-intro">
          When your team works, and how soon it answers and solves requests. The queue shows what is due; the portal tells customers when to
          expect a reply.
        </p>
      </header>
      {!settings ? (
        loading ? (
          <Spinner label="Loading service levels…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'Service levels could not be loaded.'} />
        )
      ) : (
        <ServiceLevelForm settings={settings} onSaved={() => void refetch()} />
      )}
    </div>
  );
}

function ServiceLevelForm({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const hours = settings.businessHours;
  const [timeZone, setTimeZone] = useState(hours.configured ? hours.timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [days, setDays] = useState(() =>
    WEEKDAYS.map((_, index) => {
      const interval = hours.hours.find((h) => h.weekday === index + 1);
      return {
        open: Boolean(interval) || (!hours.configured && index < 5),
        opens: interval?.opens ?? '09:00',
        closes: interval?.closes ?? '17:00',
      };
    }),
  );
  const [holidays, setHolidays] = useState(holidaysText(hours.holidays));
  const general = (priority: string) => settings.policies.find((p) => p.priority === priority && !p.formId);
  const [targets, setTargets] = useState(() =>
    PRIORITIES.map(({ value }) => {
      const policy = general(value);
      return {
        priority: value,
        firstResponseMinutes: minutesToHours(policy?.firstResponseMinutes),
        nextResponseMinutes: minutesToHours(policy?.nextResponseMinutes),
        resolutionMinutes: minutesToHours(policy?.resolutionMinutes),
        businessHours: policy?.businessHours ?? true,
      };
    }),
  );
  const [errors, setErrors] = useState<FormErrors<'timeZone' | 'holidays'>>(NO_FORM_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);
  const [saveHours, { loading: savingHours }] = useMutation(updateBusinessHoursMutation);
  const [savePolicies, { loading: savingPolicies }] = useMutation(updatePoliciesMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_FORM_ERRORS);
    setNotice(null);
    try {
      const weekly = days.flatMap((d, index) => (d.open ? [{ weekday: index + 1, opens: d.opens, closes: d.closes }] : []));
      // Intervals the page does not edit (a second one on a day) are kept as they were.
      const extra = hours.hours.filter((h) => hours.hours.find((first) => first.weekday === h.weekday) !== h && days[h.weekday - 1]?.open);
      await saveHours({ variables: { input: { timeZone, hours: [...weekly, ...extra], holidays: parseHolidays(holidays) } } });
      const formPolicies = settings.policies.filter((p) => p.formId);
      await savePolicies({
        variables: {
          policies: [
            ...targets
              .filter((t) => TARGETS.some(({ key }) => t[key].trim() !== ''))
              .map((t) => ({
                priority: t.priority,
                firstResponseMinutes: hoursToMinutes(t.firstResponseMinutes),
                nextResponseMinutes: hoursToMinutes(t.nextResponseMinutes),
                resolutionMinutes: hoursToMinutes(t.resolutionMinutes),
                businessHours: t.businessHours,
              })),
            ...formPolicies.map(({ priority, formId, firstResponseMinutes, nextResponseMinutes, resolutionMinutes, businessHours }) => ({
              priority,
              formId,
              firstResponseMinutes,
              nextResponseMinutes,
              resolutionMinutes,
              businessHours,
            })),
          ],
        },
      });
      setNotice('Saved. Open tickets get their new due times in a moment.');
      onSaved();
    } catch (caught) {
      setErrors(toFormErrors(apiErrorsOf(caught), ['timeZone', 'holidays']));
    }
  }

  const setTarget = (index: number, key: TargetKey | 'businessHours', value: string | boolean) =>
    setTargets((all) => all.map((t, i) => (i === index ? { ...t, [key]: value } : t)));
  return (
    <form className="settings-column" noValidate onSubmit={(event) => void handleSubmit(event)} data-testid="service-level-form">
      <FormAlert message={errors.form} />
      <section className="panel settings-section" aria-labelledby="sla-hours">
        <h2 id="sla-hours" className="settings-section-title">
          Business hours
        </h2>
        <div className={errors.fields.timeZone ? 'field field--invalid' : 'field'}>
          <label className="field-label" htmlFor="sla-time-zone">
            Time zone
          </label>
          <input id="sla-time-zone" className="input" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} />
          {errors.fields.timeZone && <p className="field-error">{errors.fields.timeZone}</p>}
        </div>
        {days.map((day, index) => (
          <div key={WEEKDAYS[index]} className="field field--inline">
            <label>
              <input
                type="checkbox"
                checked={day.open}
                onChange={(event) => setDays((all) => all.map((d, i) => (i === index ? { ...d, open: event.target.checked } : d)))}
              />{' '}
              {WEEKDAYS[index]}
            </label>{' '}
            <input
              type="time"
              aria-label={`${WEEKDAYS[index]} opens`}
              value={day.opens}
              disabled={!day.open}
              onChange={(event) => setDays((all) => all.map((d, i) => (i === index ? { ...d, opens: event.target.value } : d)))}
            />{' '}
            to{' '}
            <input
              type="time"
              aria-label={`${WEEKDAYS[index]} closes`}
              value={day.closes}
              disabled={!day.open}
              onChange={(event) => setDays((all) => all.map((d, i) => (i === index ? { ...d, closes: event.target.value } : d)))}
            />
          </div>
        ))}
        <div className={errors.fields.holidays ? 'field field--invalid' : 'field'}>
          <label className="field-label" htmlFor="sla-holidays">
            Holidays
          </label>
          <p className="field-hint">One a line: a date, then “yearly” if it repeats, then a name, e.g. 2026-12-25 yearly Christmas Day.</p>
          <textarea id="sla-holidays" className="input" rows={4} value={holidays} onChange={(event) => setHolidays(event.target.value)} />
          {errors.fields.holidays && <p className="field-error">{errors.fields.holidays}</p>}
        </div>
      </section>
      <section className="panel settings-section" aria-labelledby="sla-targets">
        <h2 id="sla-targets" className="settings-section-title">
          Targets, in hours
        </h2>
        <p className="field-hint">Leave a priority empty for no targets. Time waiting on the customer (pending) does not count.</p>
        {targets.map((target, index) => (
          <fieldset key={target.priority} className="field">
            <legend className="field-label">{PRIORITIES[index].label}</legend>
            {TARGETS.map(({ key, label }) => (
              <label key={key}>
                {label}{' '}
                <input
                  className="input input--short"
                  inputMode="decimal"
                  value={target[key]}
                  onChange={(event) => setTarget(index, key, event.target.value)}
                />{' '}
              </label>
            ))}
            <label>
              <input
                type="checkbox"
                checked={target.businessHours}
                onChange={(event) => setTarget(index, 'businessHours', event.target.checked)}
              />{' '}
              Business hours only
            </label>
          </fieldset>
        ))}
        <div className="settings-actions">
          <button type="submit" className="button button--primary" disabled={savingHours || savingPolicies}>
            {savingHours || savingPolicies ? 'Saving…' : 'Save'}
          </button>
        </div>
        <p role="status" className="field-hint">
          {notice}
        </p>
      </section>
    </form>
  );
}
