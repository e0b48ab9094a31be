import { toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, TextField } from '@actionconnect/ui';
import { useState, type FormEvent } from 'react';
import type { SharingMode } from '../../gql/graphql';

/** Each sharing mode as an admin picks it. */
export const SHARING_MODE_LABELS: Record<SharingMode, string> = {
  PRIVATE: 'Private: each contact sees only their own requests',
  MANAGERS: "Managers: the company's managers see all its requests",
  EVERYONE_VIEW: 'Everyone sees: all contacts of the company see its requests',
  EVERYONE_COMMENT: 'Everyone sees and replies: all contacts see and may reply',
};

const SHARING_MODES = Object.keys(SHARING_MODE_LABELS) as SharingMode[];

/** What the form edits. */
export interface CompanyFormValue {
  name: string;
  sharingMode: SharingMode;
  domains: string[];
}

/** The domains an admin typed, separated by commas, spaces or lines (the server normalizes and checks each). */
export function parseDomains(text: string): string[] {
  return text.split(/[\s,;]+/).filter((entry) => entry !== '');
}

/** Name, sharing mode and domains of a company, for creating one or changing it. */
export function CompanyForm({
  initial,
  submitLabel,
  onSubmit,
}: {
  initial: CompanyFormValue;
  submitLabel: string;
  onSubmit(value: CompanyFormValue): Promise<unknown>;
}) {
  const [name, setName] = useState(initial.name);
  const [sharingMode, setSharingMode] = useState(initial.sharingMode);
  const [domains, setDomains] = useState(initial.domains.join(', '));
  const [errors, setErrors] = useState<{ name?: string; domains?: string; form: string | null }>({ form: null });
  const [saving, setSaving] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setErrors({ form: null });
    try {
      await onSubmit({ name, sharingMode, domains: parseDomains(domains) });
      if (!initial.name) {
        setName('');
        setDomains('');
      }
    } catch (error) {
      const found = toFormErrors(apiErrorsOf(error), ['name', 'domains', 'sharingMode']);
      setErrors({ name: found.fields.name, domains: found.fields.domains, form: found.fields.sharingMode ?? found.form });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="company-form" onSubmit={(event) => void handleSubmit(event)} noValidate>
      <TextField label="Name" name="company-name" value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
      <label className="field-label" htmlFor="company-sharing">
        Sharing
      </label>
      <select id="company-sharing" className="input" value={sharingMode} onChange={(e) => setSharingMode(e.target.value as SharingMode)}>
        {SHARING_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {SHARING_MODE_LABELS[mode]}
          </option>
        ))}
      </select>
      <TextField
        label="Email domains"
        name="company-domains"
        hint="New contacts with an address at these domains join the company, e.g. coyote.test"
        value={domains}
        error={errors.domains}
        onChange={(e) => setDomains(e.target.value)}
      />
      <FormAlert message={errors.form} />
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
