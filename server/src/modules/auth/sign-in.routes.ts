import { parse, serialize } from 'cookie';
import express, { type Request, type Response } from 'express';
import type { Config } from '../../config';
import { writeSessionCookie } from '../../http/cookies';
import { escapeHtml, simplePage } from '../../http/pages';
import type { Services } from '../../compose';
import type { SignInTarget } from './sign-in.service';

const PENDING_COOKIE = 'ac_signin';

/**
 * The magic link's landing page (SECURITY.md 6 and 10). GET or HEAD never sign in: the token moves
 * from the URL into a short-lived HttpOnly cookie and the browser is redirected to a clean URL that
 * shows a confirm button; only that same-origin POST redeems the token. Mail scanners that open
 * links therefore cannot spend them, and the token never sits in history or a Referer.
 */
export function signInRoutes(deps: { config: Readonly<Config>; services: Services }): { portal: express.Router; app: express.Router } {
  const { config, services } = deps;
  const secure = config.publicScheme === 'https';

  const noStore = (res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
  };
  const readPending = (req: Request): string => parse(req.headers.cookie ?? '')[PENDING_COOKIE] ?? '';
  const writePending = (res: Response, token: string | null) =>
    res.append(
      'Set-Cookie',
      serialize(PENDING_COOKIE, token ?? '', { httpOnly: true, sameSite: 'lax', secure, path: '/auth', maxAge: token ? 900 : 0 }),
    );

  /** The organization and purpose a request's host signs in to; for the app host, the token's organization. */
  async function targetFor(res: Response, token: string): Promise<SignInTarget | null> {
    const host = res.locals.host;
    if (host.kind === 'portal') return { organization: host.organization, purpose: 'portal' };
    return host.kind === 'app' ? services.auth.signIn.agentTargetForToken(token) : null;
  }

  function page(res: Response, target: SignInTarget | null, status: number, title: string, body: string) {
    const org = target?.organization;
    const accent = org?.branding.primaryColor;
    res
      .status(status)
      .type('html')
      .send(simplePage({ title: `${title} · ${org ? (org.branding.displayName ?? org.name) : 'ActionConnect'}`, body, accent }));
  }

  function expired(res: Response, target: SignInTarget | null) {
    const again = res.locals.host.kind === 'portal' ? '/signin' : '/agent/';
    page(
      res,
      target,
      400,
      'Link expired',
      `<h1>This sign-in link can't be used</h1><p>It has expired, was already used, or a newer link was sent since. Links work once, for 15 minutes.</p><p><a href="${again}">Request a new link</a></p>`,
    );
  }

  /** The confirm button, with an authenticator-code field when the agent has two-step verification on. */
  function confirmPage(res: Response, target: SignInTarget, email: string, needsTotp: boolean, error: string | null) {
    const name =
      target.purpose === 'portal'
        ? (target.organization.branding.displayName ?? target.organization.name)
        : `the ${target.organization.name} agent app`;
    const totpField = needsTotp
      ? `${error ? `<p role="alert" data-testid="totp-error">${escapeHtml(error)}</p>` : ''}
<p><label for="totp">Authenticator code</label><br><input id="totp" name="totp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="10" required autofocus data-testid="totp-input"></p>`
      : '';
    page(
      res,
      target,
      error ? 400 : 200,
      'Confirm sign-in',
      `<h1>Sign in to ${escapeHtml(name)}</h1><p>You are signing in as <strong>${escapeHtml(email)}</strong>.</p>
<form method="post" action="/auth/confirm">${totpField}<button type="submit" data-testid="confirm-sign-in">Sign in</button></form>
<p style="font-size:.875rem">Didn't ask to sign in? Close this page; nothing happens until you press the button.</p>`,
    );
  }

  const router = express.Router();

  router.get('/auth/confirm', async (req, res, next) => {
    try {
      noStore(res);
      const fromUrl = typeof req.query.token === 'string' ? req.query.token : null;
      if (fromUrl !== null) {
        writePending(res, fromUrl);
        res.redirect(303, '/auth/confirm');
        return;
      }
      const token = readPending(req);
      const target = await targetFor(res, token);
      const pending = target ? await services.auth.signIn.peek(target, token, res.locals.host.hostname) : null;
      if (!target || !pending) return expired(res, target);
      confirmPage(res, target, pending.email, await services.auth.signIn.linkNeedsTotp(target, pending), null);
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/confirm', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res, next) => {
    try {
      noStore(res);
      // Same-origin only: scheme, host and port must be the public origin we serve this host at
      // (another port or plain http is another origin). Without Origin, fetch metadata must say same-origin.
      const origin = req.headers.origin;
      const site = req.headers['sec-fetch-site'];
      const host = res.locals.host;
      const expected =
        host.kind === 'app' ? services.organizations.urls.appOrigin() : services.organizations.urls.hostOrigin(host.hostname);
      const originOk = typeof origin === 'string' && origin !== 'null' ? sameOrigin(origin, expected) : site === 'same-origin';
      if (!originOk) {
        res
          .status(403)
          .type('html')
          .send(simplePage({ title: 'Forbidden', body: '<h1>Sign-in must be confirmed on this site</h1>' }));
        return;
      }
      const token = readPending(req);
      const target = await targetFor(res, token);
      const body: unknown = req.body;
      const totp = body && typeof body === 'object' && 'totp' in body && typeof body.totp === 'string' ? body.totp.slice(0, 20) : null;
      const result = target
        ? await services.auth.signIn.redeemLink(target, token, res.locals.host.hostname, totp)
        : { kind: 'expired' as const };
      if (result.kind === 'totp' && target) {
        // The link stays pending so the agent can try again on this page.
        const pending = await services.auth.signIn.peek(target, token, res.locals.host.hostname);
        if (pending) return confirmPage(res, target, pending.email, true, result.message);
      }
      writePending(res, null);
      if (result.kind !== 'signed-in') return expired(res, target);
      const success = result.success;
      writeSessionCookie(res, config, success.secret, success.maxAgeSeconds);
      res.redirect(303, success.returnPath);
    } catch (error) {
      next(error);
    }
  });

  // Separate routers that share the handlers, so a route added to one host's router stays there.
  return { portal: express.Router().use(router), app: express.Router().use(router) };
}

/** Whether two origins match in scheme, host and port (default ports normalized). */
function sameOrigin(origin: string, expected: string): boolean {
  try {
    return new URL(origin).origin === new URL(expected).origin;
  } catch {
    return false;
  }
}
