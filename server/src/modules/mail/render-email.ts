import { REPLY_MARKER } from './reply-marker';

/** What an organization-branded email says; every string is treated as untrusted text. */
export interface BrandedEmailContent {
  organizationName: string;
  logoUrl?: string;
  /** `#rgb` or `#rrggbb`; anything else falls back to a neutral blue. */
  primaryColor: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** A question answered by one of a few links side by side (the satisfaction survey's Good and Bad), after `action`. */
  choices?: { label: string; url: string }[];
  /** A short code to type instead of following the link (SECURITY.md line 7). */
  code?: string;
  footer?: string;
  /** Starts the email with REPLY_MARKER: the recipient can answer by replying. */
  replyMarker?: boolean;
}

/** The two bodies of one email: mail clients show `html`, and `text` when they cannot or will not. */
export interface RenderedEmail {
  html: string;
  text: string;
}

const FALLBACK_COLOR = '#2563eb';
const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/** Renders a table-based, inline-styled HTML email in the organization's colours, and its plain-text twin. */
export function renderBrandedEmail(content: BrandedEmailContent): RenderedEmail {
  const color = safeColor(content.primaryColor);
  const logoUrl = content.logoUrl === undefined ? null : safeHttpUrl(content.logoUrl);
  const actionUrl = content.action === undefined ? null : safeHttpUrl(content.action.url);
  const action = content.action !== undefined && actionUrl !== null ? { label: content.action.label, url: actionUrl } : null;
  const choices = (content.choices ?? []).flatMap((c) => {
    const url = safeHttpUrl(c.url);
    return url === null ? [] : [{ label: c.label, url }];
  });
  return {
    html: renderHtml(content, color, logoUrl, action, choices),
    text: renderText(content, action, choices),
  };
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function renderHtml(
  content: BrandedEmailContent,
  color: string,
  logoUrl: string | null,
  action: { label: string; url: string } | null,
  choices: { label: string; url: string }[],
): string {
  const org = escapeHtml(content.organizationName);
  const buttonText = readableTextOn(color);
  const brand =
    logoUrl === null
      ? `<span style="font-size:18px;font-weight:600;color:#111827;">${org}</span>`
      : `<img src="${escapeHtml(logoUrl)}" alt="${org}" height="40" style="display:block;height:40px;max-width:200px;border:0;outline:none;">`;
  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 16px;font-size:16px;line-height:24px;color:#374151;">${multiline(p)}</p>`)
    .join('\n');
  const button =
    action === null
      ? ''
      : `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;"><tr>
<td bgcolor="${color}" style="border-radius:6px;background-color:${color};"><a href="${escapeHtml(action.url)}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 24px;font-family:${FONT};font-size:16px;font-weight:600;color:${buttonText};text-decoration:none;border-radius:6px;">${escapeHtml(action.label)}</a></td>
</tr></table>
<p style="margin:0 0 16px;font-size:13px;line-height:20px;color:#6b7280;">If the button does not work, copy this link into your browser:<br><a href="${escapeHtml(action.url)}" style="color:${color};word-break:break-all;">${escapeHtml(action.url)}</a></p>`;
  const choiceCells = choices
    .map(
      (c) =>
        `<td style="padding:0 12px 0 0;"><a href="${escapeHtml(c.url)}" target="_blank" rel="noopener" style="display:inline-block;padding:10px 22px;font-family:${FONT};font-size:16px;font-weight:600;color:${color};text-decoration:none;border:2px solid ${color};border-radius:6px;">${escapeHtml(c.label)}</a></td>`,
    )
    .join('');
  const choiceRow = choices.length
    ? `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;"><tr>${choiceCells}</tr></table>`
    : '';
  const code =
    content.code === undefined
      ? ''
      : `<p style="margin:8px 0 24px;font-family:'SFMono-Regular',Menlo,Consolas,monospace;font-size:28px;font-weight:700;letter-spacing:6px;color:#111827;">${escapeHtml(content.code)}</p>`;
  const footer = content.footer === undefined ? org : `${multiline(content.footer)}<br>${org}`;
  const marker = content.replyMarker
    ? `<tr><td style="padding:12px 32px 0;font-size:12px;line-height:18px;color:#9ca3af;">${escapeHtml(REPLY_MARKER)}</td></tr>\n`
    : '';

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.heading)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-top:4px solid ${color};border-radius:8px;font-family:${FONT};">
${marker}<tr><td style="padding:24px 32px 8px;">${brand}</td></tr>
<tr><td style="padding:8px 32px 16px;">
<h1 style="margin:0 0 16px;font-size:22px;line-height:30px;font-weight:700;color:#111827;">${escapeHtml(content.heading)}</h1>
${paragraphs}
${button}
${choiceRow}
${code}
</td></tr>
<tr><td style="padding:16px 32px 24px;border-top:1px solid #e5e7eb;font-size:12px;line-height:18px;color:#6b7280;">${footer}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function renderText(
  content: BrandedEmailContent,
  action: { label: string; url: string } | null,
  choices: { label: string; url: string }[],
): string {
  const blocks = [...(content.replyMarker ? [REPLY_MARKER] : []), content.heading, ...content.paragraphs];
  if (action !== null) blocks.push(`${action.label}:\n${action.url}`);
  for (const c of choices) blocks.push(`${c.label}:\n${c.url}`);
  if (content.code !== undefined) blocks.push(content.code);
  blocks.push(['--', content.footer, content.organizationName].filter((line) => line !== undefined).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function multiline(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

// Only http(s): a `javascript:` or `data:` link in a button is a script the reader clicks.
function safeHttpUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// The colour lands inside style attributes, where HTML escaping does not stop `red;background:url(...)`;
// a strict hex pattern does.
function safeColor(raw: string): string {
  const value = raw.trim();
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value.toLowerCase() : FALLBACK_COLOR;
}

// White on dark brand colours, near-black on light ones, so a pale yellow brand still has a legible button.
function readableTextOn(hex: string): string {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const linear = (i: number): number => {
    const channel = parseInt(digits.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(0) + 0.7152 * linear(2) + 0.0722 * linear(4);
  // Contrast against white vs against #111827 (relative luminance ≈ 0.009); pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.059 ? '#ffffff' : '#111827';
}
