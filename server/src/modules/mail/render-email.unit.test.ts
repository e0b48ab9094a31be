import { renderBrandedEmail } from './render-email';
import type { BrandedEmailContent } from './render-email';

function buildContent(overrides: Partial<BrandedEmailContent> = {}): BrandedEmailContent {
  return {
    organizationName: 'Acme Support',
    primaryColor: '#0f766e',
    heading: 'Sign in to Acme Support',
    paragraphs: ['Use the button below to sign in.', 'The link expires in 15 minutes.'],
    action: { label: 'Sign in', url: 'https://help.acme.example/auth/confirm?token=abc123' },
    ...overrides,
  };
}

describe('branded emails', () => {
  it('shows an organization name like <script> as text, never as markup', () => {
    const { html } = renderBrandedEmail(
      buildContent({
        organizationName: '<script>alert(1)</script>',
        heading: 'Hi "you" & <b>friends</b>',
        paragraphs: ["It's <img src=x onerror=alert(1)>"],
        footer: '<a href="https://evil.example">unsubscribe</a>',
        code: '<i>123</i>',
        action: { label: '<b>Go</b>', url: 'https://help.acme.example/?a=1&b="2"' },
      }),
    );

    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Hi &quot;you&quot; &amp; &lt;b&gt;friends&lt;/b&gt;');
    expect(html).toContain('It&#39;s &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('href="https://evil.example"');
    expect(html).toContain('&lt;i&gt;123&lt;/i&gt;');
    expect(html).toContain('&lt;b&gt;Go&lt;/b&gt;');
    expect(html).toContain('href="https://help.acme.example/?a=1&amp;b=%222%22"');
  });

  it('offers a question’s choices as side-by-side links in both bodies, dropping any that are not http(s)', () => {
    const { html, text } = renderBrandedEmail(
      buildContent({
        action: undefined,
        choices: [
          { label: 'Good', url: 'https://help.acme.example/satisfaction/t?rating=good' },
          { label: 'Bad', url: 'https://help.acme.example/satisfaction/t?rating=bad' },
          { label: 'Evil', url: 'javascript:alert(1)' },
        ],
      }),
    );
    expect(html).toMatch(
      /<tr><td[^>]*><a href="https:\/\/help\.acme\.example\/satisfaction\/t\?rating=good"[^>]*>Good<\/a><\/td><td[^>]*><a href="[^"]*rating=bad"/,
    );
    expect(html).not.toContain('javascript:');
    expect(text).toContain('Good:\nhttps://help.acme.example/satisfaction/t?rating=good');
    expect(text).toContain('Bad:\nhttps://help.acme.example/satisfaction/t?rating=bad');
    expect(text).not.toContain('Evil');
  });

  it('paints the button and accent in the organization colour', () => {
    const { html } = renderBrandedEmail(buildContent({ primaryColor: '#0F766E' }));

    expect(html).toContain('background-color:#0f766e');
    expect(html).toContain('border-top:4px solid #0f766e');
  });

  it('keeps the button legible on a light brand colour', () => {
    expect(renderBrandedEmail(buildContent({ primaryColor: '#0f766e' })).html).toContain('color:#ffffff');
    expect(renderBrandedEmail(buildContent({ primaryColor: '#fde047' })).html).toContain('color:#111827;text-decoration:none');
  });

  it('ignores a colour that tries to smuggle in CSS', () => {
    const { html } = renderBrandedEmail(buildContent({ primaryColor: 'red;background-image:url(https://evil.example/t.gif)' }));

    expect(html).not.toContain('evil.example');
    expect(html).toContain('background-color:#2563eb');
  });

  it('gives the plain-text version the same words and the full link', () => {
    const { text } = renderBrandedEmail(buildContent({ code: '482913', footer: 'You asked to sign in.' }));

    expect(text).toContain('Sign in to Acme Support');
    expect(text).toContain('The link expires in 15 minutes.');
    expect(text).toContain('Sign in:\nhttps://help.acme.example/auth/confirm?token=abc123');
    expect(text).toContain('482913');
    expect(text).toContain('You asked to sign in.');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('keeps characters in the plain-text version as typed, unescaped', () => {
    const { text } = renderBrandedEmail(buildContent({ organizationName: 'Smith & Sons <EU>' }));

    expect(text).toContain('Smith & Sons <EU>');
    expect(text).not.toContain('&amp;');
  });

  it('shows the link as copyable text beside the button, for clients that block buttons', () => {
    const { html } = renderBrandedEmail(buildContent());

    expect(html.match(/href="https:\/\/help\.acme\.example\/auth\/confirm\?token=abc123"/g)).toHaveLength(2);
    expect(html).toContain('>https://help.acme.example/auth/confirm?token=abc123</a>');
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x', 'not a url'])(
    'drops an action link that is not http(s): %s',
    (url) => {
      const { html, text } = renderBrandedEmail(buildContent({ action: { label: 'Open', url } }));

      expect(html).not.toContain('href="javascript');
      expect(html).not.toMatch(/href="(?!https?:)/i);
      expect(html).not.toContain('>Open<');
      expect(text).not.toContain(url);
      expect(text).not.toContain('Open:');
    },
  );

  it('shows the logo only when it is an http(s) URL, with the organization name as its alt text', () => {
    const withLogo = renderBrandedEmail(buildContent({ logoUrl: 'https://cdn.acme.example/logo.png' })).html;
    expect(withLogo).toContain('<img src="https://cdn.acme.example/logo.png" alt="Acme Support"');

    const withScriptLogo = renderBrandedEmail(buildContent({ logoUrl: 'javascript:alert(1)' })).html;
    expect(withScriptLogo).not.toContain('<img');
    expect(withScriptLogo).not.toContain('javascript:');
    expect(withScriptLogo).toContain('Acme Support');
  });

  it('lays out with tables and inline styles, which is what mail clients render reliably', () => {
    const { html } = renderBrandedEmail(buildContent());

    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<table role="presentation"');
    expect(html).not.toContain('<style');
    expect(html).not.toContain('<link');
  });

  it('starts an email the recipient can answer with the "reply above this line" marker, in both bodies', () => {
    const { html, text } = renderBrandedEmail(buildContent({ replyMarker: true }));
    expect(text.split('\n')[0]).toBe('##- Please type your reply above this line -##');
    expect(html).toContain('##- Please type your reply above this line -##');
    expect(renderBrandedEmail(buildContent()).text).not.toContain('reply above this line');
  });
});
