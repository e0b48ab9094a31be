import { contrastRatio } from '@actionconnect/shared';
import { describe, expect, it } from '@jest/globals';
import { FALLBACK_BRAND, applyBrandVariables, brandCssVariables, brandFaviconHref, brandInitial } from './brand-theme.util';

const acme = { primaryColor: '#c2410c', primaryTextColor: '#ffffff', accentColor: '#1c1917' };

describe('brandCssVariables', () => {
  it("maps an organization's colours to the portal's CSS variables", () => {
    expect(brandCssVariables(acme)).toEqual({
      '--brand-primary': '#c2410c',
      '--brand-on-primary': '#ffffff',
      '--brand-accent': '#1c1917',
      '--brand-on-accent': '#ffffff',
      '--brand-link': '#c2410c',
    });
  });

  it('normalizes short and upper-case hex colours', () => {
    const vars = brandCssVariables({ primaryColor: '#0A0', primaryTextColor: '#FFF', accentColor: '#ABCDEF' });
    expect(vars['--brand-primary']).toBe('#00aa00');
    expect(vars['--brand-accent']).toBe('#abcdef');
  });

  it('never lets a value that is not a hex colour reach the stylesheet', () => {
    const vars = brandCssVariables({
      primaryColor: 'red; background: url(https://evil.test)',
      primaryTextColor: 'expression(1)',
      accentColor: '',
    });
    expect(vars['--brand-primary']).toBe(FALLBACK_BRAND.primaryColor);
    expect(vars['--brand-accent']).toBe(FALLBACK_BRAND.accentColor);
    expect(vars['--brand-on-primary']).toMatch(/^#(000000|ffffff)$/);
  });

  it('replaces a text colour that is unreadable on the primary colour', () => {
    const vars = brandCssVariables({ primaryColor: '#fde047', primaryTextColor: '#ffffff', accentColor: '#1c1917' });
    expect(vars['--brand-on-primary']).toBe('#000000');
  });

  it('keeps links readable on the white page when the primary colour is too light', () => {
    const light = brandCssVariables({ primaryColor: '#fde047', primaryTextColor: '#000000', accentColor: '#1e3a8a' });
    expect(light['--brand-link']).toBe('#1e3a8a');
    const allLight = brandCssVariables({ primaryColor: '#fde047', primaryTextColor: '#000000', accentColor: '#fef9c3' });
    expect(contrastRatio(allLight['--brand-link'], '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('applyBrandVariables', () => {
  it('sets every variable on the style it is given', () => {
    const set: Record<string, string> = {};
    applyBrandVariables({ setProperty: (name: string, value: string | null) => void (set[name] = String(value)) }, brandCssVariables(acme));
    expect(Object.keys(set).sort()).toEqual([
      '--brand-accent',
      '--brand-link',
      '--brand-on-accent',
      '--brand-on-primary',
      '--brand-primary',
    ]);
  });
});

describe('brandFaviconHref', () => {
  it('uses the logo when the portal has one', () => {
    expect(brandFaviconHref('Acme', '/branding/logo?v=1', brandCssVariables(acme))).toBe('/branding/logo?v=1');
  });

  it('draws the first letter in the brand colours otherwise', () => {
    const svg = decodeURIComponent(brandFaviconHref('acme', null, brandCssVariables(acme)).replace('data:image/svg+xml,', ''));
    expect(svg).toContain('fill="#c2410c"');
    expect(svg).toContain('>A</text>');
  });

  it('escapes the initial so a name cannot inject markup', () => {
    const href = brandFaviconHref('<script>', null, brandCssVariables(acme));
    expect(decodeURIComponent(href)).not.toContain('<script>');
  });
});

describe('brandInitial', () => {
  it.each([
    ['Globex', 'G'],
    ['  émile & co', 'É'],
    ['3M', '3'],
    ['---', '?'],
  ])('gives %p the initial %p', (name, initial) => {
    expect(brandInitial(name)).toBe(initial);
  });
});
