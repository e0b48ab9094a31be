import express, { type Request, type Response } from 'express';
import { escapeHtml, simplePage } from '../../http/pages';
import { isSameOriginPost } from '../../http/same-origin';
import type { Services } from '../../compose';
import { DomainError } from '../../errors';
import type { Organization } from '../organizations/organization.entity';
import { requestUrl } from '../tickets/ticket-mail';
import { RATING_PATH } from './satisfaction-link';
import { changeableUntil, MAX_RATING_COMMENT_LENGTH, ratingRefusal } from './satisfaction-survey';
import type { SatisfactionRating } from './satisfaction-survey.entity';
import type { LinkedSurvey } from './satisfaction.service';

const LABELS: Record<SatisfactionRating, string> = { good: 'Good, I’m satisfied', bad: 'Bad, I’m not satisfied' };

const asRating = (value: unknown): SatisfactionRating | null => (value === 'good' || value === 'bad' ? value : null);

/**
 * The rating links of the "How did we do?" email, on the organization's portal. Opening a link
 * (GET, HEAD) only shows the choice preselected with a comment box, and changes nothing: mail
 * scanners follow links. Only the page's same-origin POST records the answer (docs/security.md).
 */
export function satisfactionRoutes(deps: { services: Services }): express.Router {
  const { services } = deps;
  const router = express.Router();

  const noStore = (res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    // The link's token is in the URL: never hand it to another site in a Referer.
    res.setHeader('Referrer-Policy', 'no-referrer');
  };

  function page(res: Response, organization: Organization, status: number, title: string, body: string) {
    const name = organization.branding.displayName ?? organization.name;
    res
      .status(status)
      .type('html')
      .send(simplePage({ title: `${title} · ${name}`, body, accent: organization.branding.primaryColor }));
  }

  const when = (date: Date) => date.toUTCString().replace(/:\d\d GMT$/, ' UTC');

  function unknownLink(res: Response, organization: Organization) {
    page(
      res,
      organization,
      404,
      'Link not valid',
      `<h1>This rating link doesn't work</h1><p>It may be incomplete. Open the request in the portal to rate it there.</p><p><a href="/requests">Your requests</a></p>`,
    );
  }

  function refusedPage(res: Response, organization: Organization, linked: LinkedSurvey, message: string) {
    const answer = linked.survey.rating
      ? `<p data-testid="current-rating">Your answer: <strong>${escapeHtml(LABELS[linked.survey.rating])}</strong></p>`
      : '';
    page(
      res,
      organization,
      400,
      'Rating closed',
      `<h1>This request can't be rated now</h1><p data-testid="rating-refused">${escapeHtml(message)}</p>${answer}<p><a href="${escapeHtml(
        requestUrl('', linked.ticket.number),
      )}">View request #${linked.ticket.number}</a></p>`,
    );
  }

  function formPage(res: Response, organization: Organization, linked: LinkedSurvey, chosen: SatisfactionRating | null, error?: string) {
    const { survey, ticket } = linked;
    const selected = chosen ?? asRating(survey.rating);
    const radios = (['good', 'bad'] as const)
      .map(
        (r) =>
          `<label style="display:block;margin:0 0 8px;font-size:1.1rem"><input type="radio" name="rating" value="${r}" data-testid="rating-${r}"${
            selected === r ? ' checked' : ''
          } required> ${escapeHtml(LABELS[r])}</label>`,
      )
      .join('');
    const previous = survey.rating
      ? `<p data-testid="current-rating">You answered <strong>${escapeHtml(LABELS[survey.rating])}</strong>${
          survey.ratedAt ? ` on ${escapeHtml(when(survey.ratedAt))}` : ''
        }. You can change it until ${escapeHtml(when(changeableUntil(survey)))}.</p>`
      : '';
    page(
      res,
      organization,
      error ? 400 : 200,
      'How did we do?',
      `<h1>How did we do?</h1><p>On your request #${ticket.number} “${escapeHtml(ticket.subject)}”.</p>${previous}
${error ? `<p role="alert" data-testid="rating-error">${escapeHtml(error)}</p>` : ''}
<form method="post">${radios}
<p><label for="comment">Anything to add? (optional)</label><br><textarea id="comment" name="comment" rows="4" maxlength="${MAX_RATING_COMMENT_LENGTH}" style="width:100%;box-sizing:border-box" data-testid="rating-comment">${escapeHtml(
        survey.comment ?? '',
      )}</textarea></p>
<button type="submit" data-testid="submit-rating">Send my answer</button></form>
<p style="font-size:.875rem">Nothing is recorded until you press the button.</p>`,
    );
  }

  const tokenOf = (req: Request): string => String(req.params.token ?? '').slice(0, 200);

  router.get(`${RATING_PATH}/:token`, async (req, res, next) => {
    try {
      noStore(res);
      const host = res.locals.host;
      if (host.kind !== 'portal') return next();
      const linked = await services.satisfaction.surveys.linked(host.organization.id, tokenOf(req));
      if (!linked) return unknownLink(res, host.organization);
      if (linked.state !== 'open') return refusedPage(res, host.organization, linked, ratingRefusal(linked.state).message);
      formPage(res, host.organization, linked, asRating(req.query.rating));
    } catch (error) {
      next(error);
    }
  });

  router.post(`${RATING_PATH}/:token`, express.urlencoded({ extended: false, limit: '16kb' }), async (req, res, next) => {
    try {
      noStore(res);
      const host = res.locals.host;
      if (host.kind !== 'portal') return next();
      if (!isSameOriginPost(req, res, services.organizations.urls)) {
        return page(res, host.organization, 403, 'Forbidden', '<h1>Ratings must be sent from this site</h1>');
      }
      const body: unknown = req.body;
      const field = (name: string): unknown =>
        body && typeof body === 'object' && name in body ? (body as Record<string, unknown>)[name] : null;
      const rating = asRating(field('rating'));
      const rawComment = field('comment');
      const comment = typeof rawComment === 'string' ? rawComment : null;
      const token = tokenOf(req);
      const linked = await services.satisfaction.surveys.linked(host.organization.id, token);
      if (!linked) return unknownLink(res, host.organization);
      if (!rating) return formPage(res, host.organization, linked, null, 'Choose Good or Bad first.');
      let answered: LinkedSurvey | null;
      try {
        answered = await services.satisfaction.surveys.rateByLink(host.organization.id, token, rating, comment);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        if (linked.state !== 'open') return refusedPage(res, host.organization, linked, error.message);
        return formPage(res, host.organization, linked, rating, error.message);
      }
      if (!answered) return unknownLink(res, host.organization);
      const reopened = answered.ticket.status === 'open';
      page(
        res,
        host.organization,
        200,
        'Thank you',
        `<h1 data-testid="rating-thanks">Thank you for your answer</h1><p>You rated request #${answered.ticket.number}: <strong>${escapeHtml(
          LABELS[rating],
        )}</strong>.</p>${
          reopened ? '<p>We reopened your request and will get back to you.</p>' : ''
        }<p>You can change your answer from the email's link until ${escapeHtml(when(changeableUntil(answered.survey)))}.</p><p><a href="${escapeHtml(
          requestUrl('', answered.ticket.number),
        )}">View your request</a></p>`,
      );
    } catch (error) {
      next(error);
    }
  });

  return router;
}
