import type { Services } from '../compose';
import { createArticleLoaders, type ArticleLoaders } from '../modules/articles/article.loaders';
import { createAttachmentLoaders, type AttachmentLoaders } from '../modules/attachments/attachment.loaders';
import { createCustomFieldLoaders, type CustomFieldLoaders } from '../modules/custom-fields/custom-field.loaders';
import { createFormLoaders, type FormLoaders } from '../modules/forms/form.loaders';
import { createTicketLoaders, type TicketLoaders } from '../modules/tickets/ticket.loaders';
import { createCompanyLoaders, type CompanyLoaders } from '../modules/companies/company.loaders';
import { createSatisfactionLoaders, type SatisfactionLoaders } from '../modules/satisfaction/satisfaction.loaders';
import { createTagLoaders, type TagLoaders } from '../modules/tags/tag.loaders';
import type { Viewer } from './context';

/**
 * Per-request batch loaders: whatever the length of a list, each kind of related row is read in
 * one statement. Each module makes its own (bound to the viewer's organization; the agent-only
 * ones refuse anyone but an agent, so a field resolver that forgot its guard still fails closed);
 * this only composes them.
 */
export interface Loaders
  extends
    TicketLoaders,
    FormLoaders,
    CustomFieldLoaders,
    ArticleLoaders,
    AttachmentLoaders,
    CompanyLoaders,
    SatisfactionLoaders,
    TagLoaders {
  /** Drops what was cached about a ticket, after a mutation changed it. */
  forgetTicket(ticketId: string): void;
}

/** Creates the loaders of one request. */
export function createLoaders(services: Services, viewer: Viewer): Loaders {
  const loaders = {
    ...createTicketLoaders(services.tickets, viewer),
    ...createFormLoaders(services.forms.read, viewer),
    ...createCustomFieldLoaders(services.customFields.read, viewer),
    ...createArticleLoaders(services.articles, viewer),
    ...createAttachmentLoaders(services.attachments.files, viewer),
    ...createCompanyLoaders(services.companies, viewer),
    ...createSatisfactionLoaders(services.satisfaction, viewer),
    ...createTagLoaders(services.tags, viewer),
  };
  return {
    ...loaders,
    forgetTicket(ticketId) {
      loaders.contactFieldValues.clear(ticketId);
      loaders.agentFieldValues.clear(ticketId);
      loaders.contactTimeline.clear(ticketId);
      loaders.agentTimeline.clear(ticketId);
      loaders.ticketCcs.clear(ticketId);
      loaders.ticketSatisfaction.clear(ticketId);
      loaders.ticketTags.clear(ticketId);
    },
  };
}
