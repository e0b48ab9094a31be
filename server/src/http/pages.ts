import { bestTextColor } from '@actionconnect/shared';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The organization a server-rendered page speaks for: its name and logo above the card, its footer below. */
export interface PageBrand {
  name: string;
  /** A same-host path to the logo, or null for the letter mark. */
  logoUrl: string | null;
  footer?: string;
}

/** A small self-contained HTML page for server-rendered screens (404, sign-in confirmation, dev outbox). */
export function simplePage(opts: { title: string; body: string; accent?: string; brand?: PageBrand }): string {
  const accent = /^#[0-9a-fA-F]{6}$/.test(opts.accent ?? '') ? (opts.accent as string) : '#2563eb';
  // A light brand colour gets dark button text, so the confirm button stays readable (WCAG AA).
  const onAccent = bestTextColor(accent);
  const brand = opts.brand;
  const mark = brand
    ? brand.logoUrl
      ? `<img src="${escapeHtml(brand.logoUrl)}" alt="" width="40" height="40">`
      : `<span class="mark" aria-hidden="true">${escapeHtml(brand.name.slice(0, 1).toUpperCase())}</span>`
    : '';
  const header = brand ? `<header class="brand">${mark}<span>${escapeHtml(brand.name)}</span></header>` : '';
  const footer = brand?.footer ? `<footer>${escapeHtml(brand.footer)}</footer>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title>
<style>
  body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f8fafc;color:#0f172a;display:flex;flex-direction:column;min-height:100vh;align-items:center;justify-content:center;gap:20px}
  .brand{display:flex;align-items:center;gap:12px;font-weight:700;font-size:1.125rem} .brand img{border-radius:8px;object-fit:contain}
  .mark{display:inline-flex;width:40px;height:40px;border-radius:8px;background:${accent};color:${onAccent};align-items:center;justify-content:center}
  footer{font-size:.875rem;color:#475569;padding:0 24px;text-align:center}
  main{background:#fff;border:1px solid #e2e8f0;border-radius:12px;padding:40px;max-width:560px;width:calc(100% - 48px);box-shadow:0 1px 3px rgba(15,23,42,.08)}
  h1{font-size:1.5rem;margin:0 0 12px} p{line-height:1.6;color:#334155}
  a{color:${accent}} button{background:${accent};color:${onAccent};border:0;border-radius:8px;padding:12px 20px;font-size:1rem;cursor:pointer}
  code{background:#f1f5f9;padding:2px 6px;border-radius:4px}
</style></head><body>${header}<main>${opts.body}</main>${footer}</body></html>`;
}

/** The page for hosts and paths we do not serve. */
export function notFoundPage(hostname: string): string {
  return simplePage({
    title: 'Page not found · ActionConnect',
    body: `<h1>There is no help center here</h1>
<p>No ActionConnect portal answers at <code>${escapeHtml(hostname || 'this address')}</code>.
Check the address, or ask the organization for the link to its support portal.</p>`,
  });
}
