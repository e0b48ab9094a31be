import { useMutation, useQuery } from '@apollo/client/react';
import { BRANDING_TEXT_LIMITS, formatContrastRatio, NO_FORM_ERRORS, toFormErrors, type FormErrors } from '@actionconnect/shared';
import { useRef, useState, type FormEvent } from 'react';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import type { BrandingSettingsFieldsFragment } from '../../gql/graphql';
import { apiErrorsOf, FormAlert, Spinner, TextField } from '@actionconnect/ui';
import {
  BRANDING_FIELDS,
  draftChanged,
  draftContrast,
  draftFromStored,
  draftProblems,
  draftToInput,
  previewLogo,
  previewName,
  previewPalette,
  type BrandingDraft,
  type BrandingField,
} from './branding-form.util';
import { BrandingPreview } from './BrandingPreview';
import { ColorField } from './ColorField';
import { LogoField } from './LogoField';
import { TextAreaField } from './TextAreaField';
import './settings.css';

graphql(`
  fragment BrandingSettingsFields on BrandingSettings {
    organizationName
    displayName
    primaryColor
    primaryTextColor
    accentColor
    welcomeHeadline
    welcomeIntro
    signInText
    footerText
    logoDataUrl
    logoUpdatedAt
    portalUrl
  }
`);

const brandingSettingsQuery = graphql(`
  query BrandingSettings {
    brandingSettings {
      ...BrandingSettingsFields
    }
  }
`);

const updateBrandingMutation = graphql(`
  mutation UpdateBranding($input: UpdateBrandingInput!) {
    updateBranding(input: $input) {
      ...BrandingSettingsFields
    }
  }
`);

/** /settings/branding: the portal's and emails' look, with a live preview and contrast check before saving. */
export function BrandingSettingsPage() {
  usePageTitle('Branding');
  const { data, error, loading } = useQuery(brandingSettingsQuery);
  return (
    <div className="page page--wide">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Branding</h1>
        <p className="page-intro">How your customer portal and its emails look. Changes show on the portal's next page load.</p>
      </header>
      {data?.brandingSettings ? (
        <BrandingForm stored={data.brandingSettings} />
      ) : loading ? (
        <Spinner label="Loading branding…" />
      ) : (
        <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'Branding could not be loaded.'} />
      )}
    </div>
  );
}

function BrandingForm({ stored }: { stored: BrandingSettingsFieldsFragment }) {
  const [draft, setDraft] = useState<BrandingDraft>(() => draftFromStored(stored));
  const [errors, setErrors] = useState<FormErrors<BrandingField>>(NO_FORM_ERRORS);
  const [savedNotice, setSavedNotice] = useState<string | null>(null);
  const [updateBranding, { loading: saving }] = useMutation(updateBrandingMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: brandingSettingsQuery, data: { brandingSettings: data.updateBranding } });
    },
  });
  const form = useRef<HTMLFormElement>(null);
  const contrast = draftContrast(draft);
  const changed = draftChanged(draft, stored);

  function set<K extends keyof BrandingDraft>(key: K, value: BrandingDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
    setSavedNotice(null);
    const field = (key === 'primaryTextMode' ? 'primaryTextColor' : key) as BrandingField;
    if (errors.fields[field]) setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
  }

  function show(next: FormErrors<BrandingField>) {
    setErrors(next);
    const first = BRANDING_FIELDS.find((field) => next.fields[field]);
    // Every input is named after its field, so the form finds the one to fix.
    const input = first && form.current?.elements.namedItem(first);
    if (input instanceof HTMLElement) input.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = draftProblems(draft);
    if (Object.keys(local).length > 0) return show({ fields: local, form: 'Some values need fixing before you can save.' });
    setErrors(NO_FORM_ERRORS);
    try {
      const { data } = await updateBranding({ variables: { input: draftToInput(draft) } });
      if (data) {
        setDraft(draftFromStored(data.updateBranding));
        setSavedNotice('Saved. Your portal shows the new branding on its next page load.');
      }
    } catch (caught) {
      show(toFormErrors(apiErrorsOf(caught), BRANDING_FIELDS));
    }
  }

  return (
    <form ref={form} className="branding-layout" noValidate onSubmit={(event) => void handleSubmit(event)} data-testid="branding-form">
      <div className="settings-column">
        <FormAlert message={errors.form} />
        <section className="panel settings-section" aria-labelledby="branding-identity">
          <h2 id="branding-identity" className="settings-section-title">
            Name and logo
          </h2>
          <TextField
            label="Display name"
            hint={`Shown in the portal header, in page titles, and as the sender of emails. Leave empty to use "${stored.organizationName}".`}
            name="displayName"
            value={draft.displayName}
            placeholder={stored.organizationName}
            onChange={(event) => set('displayName', event.target.value)}
            error={errors.fields.displayName}
          />
          <LogoField
            currentUrl={previewLogo(draft, stored)}
            change={draft.logo}
            hasStoredLogo={Boolean(stored.logoDataUrl)}
            onChange={(logo) => set('logo', logo)}
            error={errors.fields.logo}
          />
        </section>

        <section className="panel settings-section" aria-labelledby="branding-colors">
          <h2 id="branding-colors" className="settings-section-title">
            Colors
          </h2>
          <ColorField
            name="primaryColor"
            label="Primary color"
            hint="The header accent, buttons and links."
            value={draft.primaryColor}
            fallback={stored.primaryColor}
            onChange={(value) => set('primaryColor', value)}
            error={errors.fields.primaryColor}
          />
          <fieldset className="fieldset">
            <legend className="field-label">Text on the primary color</legend>
            <label className="choice">
              <input
                type="radio"
                name="primaryTextMode"
                checked={draft.primaryTextMode === 'auto'}
                onChange={() => set('primaryTextMode', 'auto')}
              />
              Automatic: black or white, whichever reads better
            </label>
            <label className="choice">
              <input
                type="radio"
                name="primaryTextMode"
                checked={draft.primaryTextMode === 'custom'}
                onChange={() => set('primaryTextMode', 'custom')}
              />
              A color of my choice
            </label>
          </fieldset>
          {draft.primaryTextMode === 'custom' && (
            <ColorField
              name="primaryTextColor"
              label="Text color on the primary color"
              value={draft.primaryTextColor}
              fallback="#ffffff"
              onChange={(value) => set('primaryTextColor', value)}
              error={errors.fields.primaryTextColor}
            />
          )}
          {draft.primaryTextMode === 'auto' && errors.fields.primaryTextColor && (
            <p className="field-error">{errors.fields.primaryTextColor}</p>
          )}
          <ContrastCheck contrast={contrast} primary={previewPalette(draft, stored).primary} />
          <ColorField
            name="accentColor"
            label="Accent color"
            hint="The search button and the highlight in the welcome banner. Links use it when the primary color is too light to read on white."
            value={draft.accentColor}
            fallback={stored.accentColor}
            onChange={(value) => set('accentColor', value)}
            error={errors.fields.accentColor}
          />
        </section>

        <section className="panel settings-section" aria-labelledby="branding-copy">
          <h2 id="branding-copy" className="settings-section-title">
            Portal text
          </h2>
          <TextField
            label="Welcome headline"
            hint="The big title on the portal's home page."
            name="welcomeHeadline"
            value={draft.welcomeHeadline}
            onChange={(event) => set('welcomeHeadline', event.target.value)}
            error={errors.fields.welcomeHeadline}
          />
          <TextAreaField
            label="Welcome text"
            hint="Under the headline."
            name="welcomeIntro"
            rows={3}
            maxChars={BRANDING_TEXT_LIMITS.welcomeIntro}
            value={draft.welcomeIntro}
            onChange={(event) => set('welcomeIntro', event.target.value)}
            error={errors.fields.welcomeIntro}
          />
          <TextAreaField
            label="Sign-in page text"
            name="signInText"
            rows={2}
            maxChars={BRANDING_TEXT_LIMITS.signInText}
            value={draft.signInText}
            onChange={(event) => set('signInText', event.target.value)}
            error={errors.fields.signInText}
          />
          <TextAreaField
            label="Footer"
            hint="Shown at the bottom of every portal page, e.g. your company name and support hours."
            name="footerText"
            rows={2}
            maxChars={BRANDING_TEXT_LIMITS.footerText}
            value={draft.footerText}
            onChange={(event) => set('footerText', event.target.value)}
            error={errors.fields.footerText}
          />
        </section>

        <div className="settings-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save branding'}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={!changed || saving}
            onClick={() => {
              setDraft(draftFromStored(stored));
              setErrors(NO_FORM_ERRORS);
            }}
          >
            Discard changes
          </button>
          <p className="settings-status" role="status" data-testid="branding-status">
            {savedNotice ?? (changed ? 'Unsaved changes: the preview shows them.' : '')}
          </p>
        </div>
      </div>

      <aside className="preview-column" aria-labelledby="branding-preview-title">
        <div className="preview-sticky">
          <h2 id="branding-preview-title" className="settings-section-title">
            Preview
          </h2>
          <BrandingPreview
            name={previewName(draft, stored)}
            logoUrl={previewLogo(draft, stored)}
            palette={previewPalette(draft, stored)}
            welcomeHeadline={draft.welcomeHeadline.trim()}
            welcomeIntro={draft.welcomeIntro.trim()}
            signInText={draft.signInText.trim()}
            footerText={draft.footerText.trim()}
          />
          <p className="field-hint">
            Live at{' '}
            <a href={stored.portalUrl} target="_blank" rel="noreferrer">
              {stored.portalUrl.replace(/\/$/, '')}
            </a>
          </p>
        </div>
      </aside>
    </form>
  );
}

/** The WCAG AA check of text on the primary colour, as the admin types. */
function ContrastCheck({ contrast, primary }: { contrast: ReturnType<typeof draftContrast>; primary: string }) {
  if (!contrast) return <p className="contrast contrast--unknown">Enter both colors to check their contrast.</p>;
  return (
    <p className={contrast.passes ? 'contrast contrast--pass' : 'contrast contrast--fail'} data-testid="contrast-check" aria-live="polite">
      <span className="contrast-sample" aria-hidden="true" style={{ background: primary, color: contrast.textColor }}>
        Aa
      </span>
      Contrast {formatContrastRatio(contrast.ratio)}:{' '}
      {contrast.passes ? 'meets WCAG AA (4.5:1).' : 'below WCAG AA (4.5:1), saving is refused.'}
    </p>
  );
}
