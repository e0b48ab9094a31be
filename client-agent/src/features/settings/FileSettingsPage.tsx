import { useMutation, useQuery } from '@apollo/client/react';
import { formatByteSize, NO_FORM_ERRORS, toFormErrors, type FormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, Spinner } from '@actionconnect/ui';
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import type { FileSettingsQuery } from '../../gql/graphql';
import './settings.css';

const fileSettingsQuery = graphql(`
  query FileSettings {
    fileSettings {
      blockedExtensions
      usesDefault
      defaultBlockedExtensions
      maxFileBytes
      maxFilesPerMessage
    }
  }
`);

const updateBlockedFileTypesMutation = graphql(`
  mutation UpdateBlockedFileTypes($extensions: [String!]) {
    updateBlockedFileTypes(extensions: $extensions) {
      blockedExtensions
      usesDefault
      defaultBlockedExtensions
      maxFileBytes
      maxFilesPerMessage
    }
  }
`);

/** The extensions an admin typed: separated by commas, spaces or lines; the server normalizes and checks each. */
export function parseExtensionList(text: string): string[] {
  return text.split(/[\s,;]+/).filter((entry) => entry !== '');
}

/** /settings/files: which file types nobody may upload, and the limits every upload has. */
export function FileSettingsPage() {
  usePageTitle('Files');
  const { data, loading, error } = useQuery(fileSettingsQuery);
  const settings = data?.fileSettings;
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Files</h1>
        <p className="page-intro">
          Customers and agents attach files to requests, replies and notes. Choose the file types nobody may send.
        </p>
      </header>
      {!settings ? (
        loading ? (
          <Spinner label="Loading file settings…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'File settings could not be loaded.'} />
        )
      ) : (
        <BlockListForm key={settings.blockedExtensions.join(',')} settings={settings} />
      )}
    </div>
  );
}

type Settings = FileSettingsQuery['fileSettings'];

function BlockListForm({ settings }: { settings: Settings }) {
  const [text, setText] = useState(settings.blockedExtensions.join(', '));
  const [errors, setErrors] = useState<FormErrors<'extensions'>>(NO_FORM_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);
  const [update, { loading: saving }] = useMutation(updateBlockedFileTypesMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: fileSettingsQuery, data: { fileSettings: data.updateBlockedFileTypes } });
    },
  });

  async function save(extensions: string[] | null) {
    setErrors(NO_FORM_ERRORS);
    setNotice(null);
    try {
      await update({ variables: { extensions } });
      setNotice(extensions === null ? 'Saved: back to the default list.' : 'Saved. New uploads are checked against this list.');
    } catch (caught) {
      setErrors(toFormErrors(apiErrorsOf(caught), ['extensions']));
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(parseExtensionList(text));
  }

  return (
    <form className="settings-column" noValidate onSubmit={handleSubmit} data-testid="file-settings-form">
      <FormAlert message={errors.form} />
      <section className="panel settings-section" aria-labelledby="files-blocked">
        <h2 id="files-blocked" className="settings-section-title">
          Blocked file types
        </h2>
        <div className={errors.fields.extensions ? 'field field--invalid' : 'field'}>
          <label className="field-label" htmlFor="blocked-extensions">
            File name extensions that cannot be uploaded
          </label>
          <p className="field-hint" id="blocked-extensions-hint">
            Separate them with commas, for example <code>exe, zip, docm</code>. Programs and scripts are refused by their contents whatever
            this list says. {settings.usesDefault ? 'This is the default list.' : 'You changed the default list.'}
          </p>
          <textarea
            id="blocked-extensions"
            name="extensions"
            className="input"
            rows={3}
            value={text}
            aria-describedby="blocked-extensions-hint"
            aria-invalid={errors.fields.extensions ? true : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setNotice(null);
            }}
          />
          {errors.fields.extensions && <p className="field-error">{errors.fields.extensions}</p>}
        </div>
        <div className="settings-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          {!settings.usesDefault && (
            <button type="button" className="button button--secondary" disabled={saving} onClick={() => void save(null)}>
              Restore the default list
            </button>
          )}
        </div>
        <p role="status" className="field-hint">
          {notice}
        </p>
      </section>
      <section className="panel settings-section" aria-labelledby="files-limits">
        <h2 id="files-limits" className="settings-section-title">
          Limits
        </h2>
        <p>
          Each file may be up to {formatByteSize(settings.maxFileBytes)}, and a message carries at most {settings.maxFilesPerMessage} files.
          Uploads are limited to 100 an hour per person. Files uploaded but never sent are removed after a day.
        </p>
      </section>
    </form>
  );
}
