import { useQuery } from '@apollo/client/react';
import { toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, Spinner } from '@actionconnect/ui';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import { priorityLabel } from '../tickets';
import './settings.css';

const serviceLevelReportQuery = graphql(`
  query ServiceLevelReport($weeks: Int!) {
    serviceLevelReport(weeks: $weeks) {
      week
      priority
      tickets
      firstResponseMet
      nextResponseMet
      resolutionMet
    }
  }
`);

const percent = (share: number | null | undefined) => (share === null || share === undefined ? '—' : `${Math.round(share * 100)} %`);

/** /settings/service-level-report: per week and priority, the share of tickets that met each target. */
export function ServiceLevelReportPage() {
  usePageTitle('Service level report');
  const { data, loading, error } = useQuery(serviceLevelReportQuery, { variables: { weeks: 8 } });
  const rows = data?.serviceLevelReport;
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Reports</p>
        <h1 className="page-title">Service levels</h1>
        <p className="page-intro">
          For the last eight weeks, by the week a ticket came in: the share that met each target of its priority.
        </p>
      </header>
      {!rows ? (
        loading ? (
          <Spinner label="Loading the report…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'The report could not be loaded.'} />
        )
      ) : rows.length === 0 ? (
        <p>No tickets in the last eight weeks.</p>
      ) : (
        <table className="panel report-table" data-testid="service-level-report">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Priority</th>
              <th scope="col">Tickets</th>
              <th scope="col">First reply met</th>
              <th scope="col">Next reply met</th>
              <th scope="col">Resolution met</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.week}-${row.priority}`}>
                <td>{row.week}</td>
                <td>{priorityLabel(row.priority)}</td>
                <td>{row.tickets}</td>
                <td>{percent(row.firstResponseMet)}</td>
                <td>{percent(row.nextResponseMet)}</td>
                <td>{percent(row.resolutionMet)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
