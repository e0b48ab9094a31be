import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert } from '@actionconnect/ui';
import { graphql } from '../../gql';

const settingsQuery = graphql(`
  query IntakeFormSettings {
    intakeFormSettings {
      requestSignIn
    }
  }
`);

const setRequestSignInMutation = graphql(`
  mutation SetRequestSignIn($mode: RequestSignInMode!) {
    setRequestSignIn(mode: $mode) {
      requestSignIn
    }
  }
`);

/** Admins choose when the portal's request form asks a visitor for their email (issue 16.4). */
export function RequestSignInSetting() {
  const { data } = useQuery(settingsQuery);
  const [save, { loading, error }] = useMutation(setRequestSignInMutation, {
    update(cache, { data: saved }) {
      if (saved) cache.writeQuery({ query: settingsQuery, data: { intakeFormSettings: saved.setRequestSignIn } });
    },
  });
  const mode = data?.intakeFormSettings.requestSignIn;
  if (!mode) return null;
  const atSubmit = mode === 'AT_SUBMIT';
  return (
    <div className="fb-sign-in-setting" data-testid="request-sign-in-setting">
      <p>
        <strong>{atSubmit ? 'Email at the end:' : 'Sign in first:'}</strong>{' '}
        {atSubmit
          ? 'visitors fill the form first and confirm their email with a code when they send it.'
          : 'visitors sign in before they see the form.'}
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={loading}
        onClick={() => void save({ variables: { mode: atSubmit ? 'FIRST' : 'AT_SUBMIT' } }).catch(() => undefined)}
      >
        {atSubmit ? 'Ask visitors to sign in first' : 'Ask for the email at the end'}
      </button>
      {error && <FormAlert message={toFormErrors(apiErrorsOf(error), []).form} />}
    </div>
  );
}
