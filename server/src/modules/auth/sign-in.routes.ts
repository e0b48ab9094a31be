import { parse, serialize } from 'cookie';
import express, { type Request, type Response } from 'express';
import type { Config } from '../../config';
import { writeSessionCookie } from '../../http/cookies';
import { escapeHtml, simplePage } from '../../http/pages';
import { isSameOriginPost } from '../../http/same-origin';
import type { Services } from '../../compose';
import type { LinkApproval, SignInTarget } from './sign-in.service';
import { readWaitingCookie } from './waiting-cookie';
import { logoPath } from '../portal/portal.service';

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
    // Portal links show the organization's brand (the logo is served on its own portal host); the
    // agent app's name the workspace.
    const name = org ? (org.branding.displayName ?? org.name) : 'ActionConnect';
    const brand = org
      ? target.purpose === 'portal'
        ? { name, logoUrl: logoPath(org), footer: org.branding.footerText }
        : { name: `${org.name} · agent app`, logoUrl: null }
      : undefined;
    res
      .status(status)
      .type('html')
      .send(simplePage({ title: `${title} · ${name}`, body, accent, brand }));
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

  const targetName = (target: SignInTarget) =>
    target.purpose === 'portal'
      ? (target.organization.branding.displayName ?? target.organization.name)
      : `the ${target.organization.name} agent app`;

  /** The confirm button, with an authenticator-code field when the agent has two-step verification on. */
  function confirmPage(res: Response, target: SignInTarget, email: string, needsTotp: boolean, error: string | null) {
    const name = targetName(target);
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

  /**
   * The link opened on a browser that did not ask for it (no waiting handle for this token): pick
   * the number the asking device shows, or say "not me". One answer per link; it signs nobody in
   * here. Signing in on this device instead stays possible (the link in hand is as good as before).
   */
  function approvalPage(res: Response, target: SignInTarget, email: string, choices: number[]) {
    const name = targetName(target);
    const buttons = choices
      .map(
        (n) =>
          `<button type="submit" name="choice" value="${n}" data-testid="match-${n}" style="font-size:1.5rem;min-width:88px;margin:0 8px 8px 0">${n}</button>`,
      )
      .join('');
    page(
      res,
      target,
      200,
      'Approve sign-in',
      `<h1>Approve sign-in to ${escapeHtml(name)}?</h1><p>Someone asked to sign in as <strong>${escapeHtml(email)}</strong> on another device or browser.</p>
<p>If that was you, pick the number that device shows. Picking approves that device only; this one stays signed out.</p>
<form method="post" action="/auth/confirm"><div role="group" aria-label="The number shown on the other device">${buttons}</div>
<p><button type="submit" name="choice" value="none" data-testid="not-me" style="background:#fff;color:#b91c1c;border:1px solid #b91c1c">I didn't ask for this</button></p></form>
<p style="font-size:.875rem">One try: a wrong number cancels this approval (the code in the email still works).</p>
<form method="post" action="/auth/confirm"><p style="font-size:.875rem">Or <button type="submit" data-testid="sign-in-here" style="background:none;color:inherit;padding:0;text-decoration:underline;font-size:inherit">sign in on this device instead</button>.</p></form>`,
    );
  }

  /** What the approving device sees after its one answer. */
  function answeredPage(res: Response, target: SignInTarget | null, answer: LinkApproval) {
    if (answer === 'expired') return expired(res, target);
    const text: Record<Exclude<LinkApproval, 'expired'>, [string, string]> = {
      approved: [
        'Sign-in approved',
        'Go back to the device where you asked to sign in: it continues by itself. This device is not signed in.',
      ],
      'wrong-number': [
        'That was not the number',
        'For your safety this link can no longer approve a sign-in. On the device where you asked to sign in, enter the code from the email instead, or request a new email.',
      ],
      refused: [
        'Nobody was signed in',
        "Thanks for telling us. The sign-in you didn't ask for was refused; your account is safe, and you can ignore the email.",
      ],
    };
    const [title, body] = text[answer];
    page(res, target, 200, title, `<h1 data-testid="approval-answer">${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>`);
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
      if (!services.auth.signIn.isWaitingDevice(pending, readWaitingCookie(req))) {
        const choices = services.auth.signIn.approvalChoices(pending);
        if (choices) return approvalPage(res, target, pending.email, choices);
        if (pending.approval)
          return page(
            res,
            target,
            200,
            'Already answered',
            `<h1 data-testid="approval-answer">This link was already answered</h1><p>It approved or refused a sign-in once, which is all it can do on another device. On the device where you asked to sign in, continue there or enter the code from the email.</p>`,
          );
      }
      confirmPage(res, target, pending.email, await services.auth.signIn.linkNeedsTotp(target, pending), null);
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/confirm', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res, next) => {
    try {
      noStore(res);
      const originOk = isSameOriginPost(req, res, services.organizations.urls);
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
      if (body && typeof body === 'object' && 'choice' in body) {
        // Another device's answer on the approval page: approves or refuses, never signs in here.
        const raw = typeof body.choice === 'string' ? body.choice : '';
        const choice = raw === 'none' ? null : /^\d{2}$/.test(raw) ? Number(raw) : -1;
        const answer =
          target && choice !== -1 ? await services.auth.signIn.approveLink(target, token, res.locals.host.hostname, choice) : 'expired';
        writePending(res, null);
        return answeredPage(res, target, answer);
      }
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
