import { useQuery } from '@apollo/client/react';
import { formatDate, toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, DataTable, FormAlert, NUMERIC_CELL, Spinner } from '@actionconnect/ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import { scoreLabel, type Counts } from './satisfaction-report.util';
import './reports.css';

const satisfactionReportQuery = graphql(`
  query SatisfactionReport($weeks: Int!) {
    satisfactionReport(weeks: $weeks) {
      since
      good
      bad
      byAgent {
        id
        name
        good
        bad
      }
      byForm {
        id
        name
        good
        bad
      }
      byWeek {
        weekStart
        good
        bad
      }
    }
  }
`);

const PERIODS = [4, 12, 26, 52] as const;
const COLUMNS = (first: string) => [
  { key: 'name', header: first },
  { key: 'good', header: 'Good', numeric: true },
  { key: 'bad', header: 'Bad', numeric: true },
  { key: 'score', header: 'Satisfaction', numeric: true },
];

/** /reports/satisfaction: how requesters rated their solved requests, by agent, form and week. Admins only. */
export function SatisfactionReportPage() {
  usePageTitle('Satisfaction');
  const [weeks, setWeeks] = useState<number>(12);
  const { data, loading, error } = useQuery(satisfactionReportQuery, { variables: { weeks }, fetchPolicy: 'cache-and-network' });
  const report = data?.satisfactionReport;
  return (
    <div className="page" data-testid="satisfaction-report">
      <header className="page-header">
        <p className="page-eyebrow">Reports</p>
        <h1 className="page-title">Satisfaction</h1>
        <p className="page-intro">
          When a request is solved, its requester is asked “How did we do?”. Answers are counted in the week they were given, for the agent
          assigned at the solve. Choose whether a bad rating reopens the request in <Link to="/settings/satisfaction">settings</Link>.
        </p>
        <label className="report-period">
          Period{' '}
          <select className="input" value={weeks} onChange={(event) => setWeeks(Number(event.target.value))} data-testid="report-weeks">
            {PERIODS.map((n) => (
              <option key={n} value={n}>
                Last {n} weeks
              </option>
            ))}
          </select>
        </label>
      </header>
      {!report ? (
        loading ? (
          <Spinner label="Loading the report…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'The report could not be loaded.'} />
        )
      ) : (
        <div className="report-grid">
          <section className="panel report-summary" aria-label="Overall">
            <p className="report-score" data-testid="report-score">
              {scoreLabel(report)}
            </p>
            <p className="muted">
              {report.good} good, {report.bad} bad since {formatDate(report.since)}
            </p>
          </section>
          <GroupTable title="By agent" first="Agent" rows={report.byAgent} empty="Unassigned" testId="report-by-agent" />
          <GroupTable title="By form" first="Form" rows={report.byForm} empty="No form (email)" testId="report-by-form" />
          <GroupTable
            title="By week"
            first="Week of"
            rows={report.byWeek.map((w) => ({ id: String(w.weekStart), name: formatDate(w.weekStart), good: w.good, bad: w.bad }))}
            empty=""
            testId="report-by-week"
          />
        </div>
      )}
    </div>
  );
}

function GroupTable(props: {
  title: string;
  first: string;
  rows: readonly (Counts & { id?: string | null; name?: string | null })[];
  empty: string;
  testId: string;
}) {
  return (
    <section className="panel report-section" aria-label={props.title}>
      <h2 className="report-section-title">{props.title}</h2>
      {props.rows.length === 0 ? (
        <p className="muted">No answers in this period.</p>
      ) : (
        <DataTable columns={COLUMNS(props.first)} caption={props.title} density="compact" data-testid={props.testId}>
          {props.rows.map((row) => (
            <tr key={row.id ?? 'none'}>
              <td>{row.name ?? props.empty}</td>
              <td className={NUMERIC_CELL}>{row.good}</td>
              <td className={NUMERIC_CELL}>{row.bad}</td>
              <td className={NUMERIC_CELL}>{scoreLabel(row)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
