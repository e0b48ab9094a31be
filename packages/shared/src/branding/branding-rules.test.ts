import {
  brandingTextProblem,
  brandPalette,
  cleanBrandingText,
  formatContrastRatio,
  normalizeHexColor,
  primaryContrastProblem,
  primaryTextContrast,
} from './branding-rules';

describe('branding colours', () => {
  it('accepts #rgb and #rrggbb in any case, and nothing else', () => {
    expect(normalizeHexColor('#ABC')).toBe('#aabbcc');
    expect(normalizeHexColor(' #C2410C ')).toBe('#c2410c');
    for (const bad of ['red', '#abcd', '#12345g', 'c2410c', '#c2410c;background:url(x)', '']) expect(normalizeHexColor(bad)).toBeNull();
  });

  it('refuses chosen text that reads badly on the primary colour, naming the ratio and the 4.5:1 target', () => {
    // White on #777777 is 4.478:1: just under AA, and WCAG forbids rounding it up.
    const problem = primaryContrastProblem('#777777', '#ffffff');
    expect(problem).toContain('4.47:1');
    expect(problem).toContain('4.5:1');
    expect(primaryContrastProblem('#767676', '#ffffff')).toBeNull();
    expect(primaryContrastProblem('#ffff00', '#ffffff')).not.toBeNull();
  });

  it('always passes with automatic text: black or white reaches at least 4.58:1 on any colour', () => {
    for (let i = 0; i < 4096; i++) {
      const hex = `#${[i >> 8, (i >> 4) & 15, i & 15].map((n) => n.toString(16)).join('')}`;
      expect(primaryTextContrast(hex, null).passes).toBe(true);
    }
  });

  it('prints ratios truncated, never rounded up', () => {
    expect(formatContrastRatio(4.4999)).toBe('4.49:1');
    expect(formatContrastRatio(21)).toBe('21:1');
    expect(formatContrastRatio(3.1)).toBe('3.1:1');
  });

  it('draws links in the primary colour only when it reads on white, then the accent, then neutral ink', () => {
    expect(brandPalette('#c2410c', null, '#1c1917').link).toBe('#c2410c');
    expect(brandPalette('#facc15', null, '#1c1917').link).toBe('#1c1917');
    expect(brandPalette('#facc15', null, '#fde68a').link).toBe('#1e293b');
    expect(brandPalette('#facc15', null, '#1c1917').onPrimary).toBe('#000000');
    expect(brandPalette('#1d4ed8', '#fefefe', '#1c1917').onPrimary).toBe('#fefefe');
  });
});

describe('branding texts', () => {
  it('limits lengths and explains the limit', () => {
    expect(brandingTextProblem('welcomeHeadline', 'x'.repeat(200))).toBeNull();
    expect(brandingTextProblem('welcomeHeadline', 'x'.repeat(201))).toBe('Welcome headline is 201 characters long; the limit is 200.');
    expect(brandingTextProblem('footerText', 'x'.repeat(501))).toContain('limit is 500');
    expect(brandingTextProblem('welcomeHeadline', '')).toContain("can't be empty");
    expect(brandingTextProblem('welcomeIntro', '')).toBeNull();
  });

  it('keeps names and headlines on one line, and lets paragraphs break lines', () => {
    expect(brandingTextProblem('displayName', 'Acme\nEvil: header')).toContain('single line');
    expect(brandingTextProblem('welcomeIntro', 'Line one\nLine two')).toBeNull();
    expect(brandingTextProblem('footerText', 'Bell\u0007')).not.toBeNull();
    expect(cleanBrandingText('  one\r\ntwo\r ')).toBe('one\ntwo');
  });
});
