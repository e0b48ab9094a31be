import { describe, expect, it } from '@jest/globals';
import {
  base64OfDataUrl,
  draftChanged,
  draftContrast,
  draftFromStored,
  draftProblems,
  draftToInput,
  previewLogo,
  previewName,
  previewPalette,
  type StoredBranding,
} from './branding-form.util';

const STORED: StoredBranding = {
  organizationName: 'Acme',
  displayName: null,
  primaryColor: '#c2410c',
  primaryTextColor: null,
  accentColor: '#1c1917',
  welcomeHeadline: 'Acme Support',
  welcomeIntro: '',
  signInText: '',
  footerText: '',
  logoDataUrl: 'data:image/png;base64,AAAA',
};

describe('the branding form', () => {
  it('opens on the stored values, unchanged, with automatic text on the primary color', () => {
    const draft = draftFromStored(STORED);
    expect(draft.primaryTextMode).toBe('auto');
    expect(draftProblems(draft)).toEqual({});
    expect(draftChanged(draft, STORED)).toBe(false);
    expect(draftChanged({ ...draft, primaryColor: '#C2410C' }, STORED)).toBe(false);
    expect(draftChanged({ ...draft, primaryColor: '#1d4ed8' }, STORED)).toBe(true);
  });

  it('checks contrast live: a chosen text color below 4.5:1 is refused before saving', () => {
    const draft = { ...draftFromStored(STORED), primaryColor: '#777777', primaryTextMode: 'custom' as const, primaryTextColor: '#ffffff' };
    expect(draftContrast(draft)).toMatchObject({ passes: false });
    expect(draftProblems(draft).primaryTextColor).toContain('4.47:1');
    expect(draftProblems({ ...draft, primaryTextMode: 'auto' })).toEqual({});
    expect(draftContrast({ ...draft, primaryColor: '#77' })).toBeNull();
  });

  it('refuses half-typed colors and over-long copy, as the server would', () => {
    const draft = {
      ...draftFromStored(STORED),
      primaryColor: '#12',
      accentColor: 'navy',
      welcomeHeadline: '',
      footerText: 'x'.repeat(501),
    };
    expect(Object.keys(draftProblems(draft)).sort()).toEqual(['accentColor', 'footerText', 'primaryColor', 'welcomeHeadline']);
  });

  it('previews valid colors at once, and keeps the stored ones while a color is half-typed', () => {
    const draft = { ...draftFromStored(STORED), primaryColor: '#1d4ed8' };
    expect(previewPalette(draft, STORED)).toMatchObject({ primary: '#1d4ed8', onPrimary: '#ffffff', link: '#1d4ed8' });
    expect(previewPalette({ ...draft, primaryColor: '#1d4' }, STORED).primary).toBe('#11dd44');
    expect(previewPalette({ ...draft, primaryColor: '#1d4e' }, STORED).primary).toBe('#c2410c');
  });

  it('previews the name and logo the portal will show', () => {
    const draft = draftFromStored(STORED);
    expect(previewName(draft, STORED)).toBe('Acme');
    expect(previewName({ ...draft, displayName: '  Acme Rockets ' }, STORED)).toBe('Acme Rockets');
    expect(previewLogo(draft, STORED)).toBe('data:image/png;base64,AAAA');
    expect(previewLogo({ ...draft, logo: { kind: 'remove' } }, STORED)).toBeNull();
    expect(
      previewLogo(
        { ...draft, logo: { kind: 'new', contentType: 'image/webp', dataUrl: 'data:image/webp;base64,UklG', fileName: 'x.webp' } },
        STORED,
      ),
    ).toBe('data:image/webp;base64,UklG');
  });

  it('sends every value, the new logo as base64 without its data: prefix, and an empty name as null', () => {
    const draft = {
      ...draftFromStored(STORED),
      logo: { kind: 'new' as const, contentType: 'image/png', dataUrl: 'data:image/png;base64,iVBORw0K', fileName: 'logo.png' },
    };
    expect(draftToInput(draft)).toEqual({
      displayName: null,
      primaryColor: '#c2410c',
      primaryTextColor: null,
      accentColor: '#1c1917',
      welcomeHeadline: 'Acme Support',
      welcomeIntro: '',
      signInText: '',
      footerText: '',
      logo: { contentType: 'image/png', dataBase64: 'iVBORw0K' },
      removeLogo: false,
    });
    expect(draftToInput({ ...draft, logo: { kind: 'remove' } })).toMatchObject({ logo: null, removeLogo: true });
    expect(base64OfDataUrl('data:image/png;base64,AB==')).toBe('AB==');
  });
});
