import type { Signer } from '../../auth/signer';
import { isUuid } from '@actionconnect/shared';
import type { SatisfactionRating } from './satisfaction-survey.entity';

// The rating links of the "How did we do?" email. The token is the survey's id and the server's
// HMAC over the organization and that id (`Signer`, its own context): nothing secret is stored,
// a token works only on its own organization's portal, and no one can make one for another survey.
const CONTEXT = 'satisfaction-link';

/** The path of the rating page, on the organization's portal. */
export const RATING_PATH = '/satisfaction';

/** The token of a survey's links. */
export function ratingToken(signer: Signer, organizationId: string, surveyId: string): string {
  return `${surveyId}.${signer.sign(CONTEXT, `${organizationId}:${surveyId}`)}`;
}

/** The survey id a token was made for in this organization, or null for a forged, cut or foreign one. */
export function surveyIdFromToken(signer: Signer, organizationId: string, token: string): string | null {
  const [surveyId, mac, extra] = token.split('.');
  if (extra !== undefined || !surveyId || !mac || !isUuid(surveyId)) return null;
  return signer.verify(CONTEXT, `${organizationId}:${surveyId}`, mac) ? surveyId : null;
}

/** A link that opens the rating page with `rating` preselected; opening it records nothing. */
export function ratingUrl(portalOrigin: string, token: string, rating: SatisfactionRating): string {
  return `${portalOrigin}${RATING_PATH}/${encodeURIComponent(token)}?rating=${rating}`;
}
