import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useAgentSession, usePageTitle } from '../../app/agent-session';
import { isAdminRole } from '../../app/navigation';
import { graphql } from '../../gql';
import { apiErrorsOf, FormAlert, Spinner } from '@actionconnect/ui';
import { toFormErrors } from '@actionconnect/shared';
import { PlaceholderPage } from '../../ui/PlaceholderPage';
import { FormEditor } from './FormEditor';
import './form-builder.css';

graphql(`
  fragment AdminIntakeFormFields on AdminIntakeForm {
    id
    slug
    name
    description
    isActive
    publishedVersion
    hasUnpublishedChanges
    draftFieldCount
    ticketCount
    updatedAt
    draftDefinition
    draftMappings
    versions {
      id
      version
      publishedAt
      publishedBy
      ticketCount
      definition
      mappings
    }
  }
`);

const adminIntakeFormQuery = graphql(`
  query AdminIntakeForm($id: ID!) {
    adminIntakeForm(id: $id) {
      ...AdminIntakeFormFields
    }
    adminCustomFields {
      id
      key
      label
      type
      options {
        value
        label
      }
      archivedAt
    }
  }
`);

/** /forms/:formId: the form builder for one form. */
export function FormEditorPage() {
  usePageTitle('Edit form');
  const { agent } = useAgentSession();
  const { formId = '' } = useParams();
  const { data, loading, error } = useQuery(adminIntakeFormQuery, { variables: { id: formId }, skip: !isAdminRole(agent.role) });

  if (!isAdminRole(agent.role)) {
    return (
      <PlaceholderPage eyebrow="Content" title="Forms" icon="form" comingTitle="Admins build the forms">
        <p>Only workspace admins can change intake forms.</p>
      </PlaceholderPage>
    );
  }
  if (data?.adminIntakeForm) {
    const customFields = data.adminCustomFields.filter((f) => !f.archivedAt);
    return <FormEditor key={data.adminIntakeForm.id} form={data.adminIntakeForm} customFields={customFields} />;
  }
  return (
    <div className="page fb-page">
      <Link className="fb-back" to="/forms">
        ← Forms
      </Link>
      {loading ? (
        <Spinner label="Loading the form…" />
      ) : (
        <FormAlert message={toFormErrors(error ? apiErrorsOf(error) : [], []).form ?? 'This form could not be loaded.'} />
      )}
    </div>
  );
}
