import { validateFormDefinition } from '@actionconnect/shared';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/portal-context';
import { graphql } from '../../gql';
import { EmptyState, Icon, Spinner } from '@actionconnect/ui';
import { PageHeader } from '../../ui/PageHeader';
import { RequestForm, type IntakeFormData } from './RequestForm';
import { ReplyPromiseNote } from '../home';
import './requests.css';

const intakeFormsQuery = graphql(`
  query PortalIntakeForms {
    intakeForms {
      id
      slug
      name
      description
      version
      versionId
      definition
    }
  }
`);

/**
 * /requests/new and /requests/new/:formSlug: for signed-in contacts, and for visitors where the
 * portal asks for the email at the end (elsewhere visitors are sent through sign-in on opening and
 * come straight back here). With one form it opens at once; with several, the contact picks one first.
 */
export function SubmitRequestPage() {
  const { formSlug } = useParams();
  const { data, error, refetch } = useQuery(intakeFormsQuery, { fetchPolicy: 'cache-and-network' });
  const forms = data?.intakeForms;
  const form = forms ? (formSlug ? forms.find((f) => f.slug === formSlug) : forms.length === 1 ? forms[0] : undefined) : undefined;
  usePageTitle(form ? form.name : 'Submit a request');

  let body;
  if (!forms) {
    body = error ? (
      <EmptyState
        icon="alert"
        title="We couldn't load the request form"
        action={
          <button type="button" className="button button--primary" onClick={() => void refetch()}>
            Try again
          </button>
        }
      >
        <p>Check your connection, then try again.</p>
      </EmptyState>
    ) : (
      <div className="page-loading">
        <Spinner label="Loading the form…" />
      </div>
    );
  } else if (forms.length === 0) {
    body = (
      <EmptyState icon="send" title="Requests are not open yet">
        <p>
          This help center doesn't take requests online at the moment. The <Link to="/knowledge-base">knowledge base</Link> may already have
          your answer.
        </p>
      </EmptyState>
    );
  } else if (form) {
    body = <FilledForm form={form} />;
  } else if (formSlug) {
    body = (
      <EmptyState
        icon="compass"
        title="This form isn't available"
        action={
          <Link to="/requests/new" className="button button--primary">
            See the available forms
          </Link>
        }
      >
        <p>It may have been renamed or turned off.</p>
      </EmptyState>
    );
  } else {
    body = <FormChooser forms={forms} />;
  }

  const several = (forms?.length ?? 0) > 1;
  return (
    <>
      <PageHeader
        title={form ? form.name : 'Submit a request'}
        description={form?.description || "Tell us what you need and we'll reply by email."}
        actions={
          several && form ? (
            <Link to="/requests/new" className="button button--ghost button--small">
              <Icon name="arrowLeft" width={16} height={16} /> Choose another form
            </Link>
          ) : undefined
        }
      />
      <div className="container section request-page">
        <ReplyPromiseNote />
        {body}
      </div>
    </>
  );
}

function FilledForm({ form }: { form: IntakeFormData }) {
  const checked = useMemo(() => validateFormDefinition(form.definition), [form.definition]);
  if (!checked.ok) {
    return (
      <EmptyState icon="alert" title="This form can't be shown">
        <p>Something is wrong with it on our side. Please try again later.</p>
      </EmptyState>
    );
  }
  // A new version starts a new form: state and draft belong to the version it was opened with.
  return <RequestForm key={form.versionId} form={form} definition={checked.form} />;
}

function FormChooser({ forms }: { forms: IntakeFormData[] }) {
  return (
    <div className="form-chooser">
      <h2 className="form-chooser-title">What do you need help with?</h2>
      <ul className="form-chooser-list">
        {forms.map((form) => (
          <li key={form.id}>
            <Link to={`/requests/new/${encodeURIComponent(form.slug)}`} className="form-choice">
              <span className="form-choice-icon">
                <Icon name="fileText" width={22} height={22} />
              </span>
              <span className="form-choice-text">
                <span className="form-choice-name">{form.name}</span>
                {form.description && <span className="form-choice-description">{form.description}</span>}
              </span>
              <Icon name="chevronRight" className="icon form-choice-arrow" />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
