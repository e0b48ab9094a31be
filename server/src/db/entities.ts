import { Agent } from '../modules/agents/agent.entity';
import { Attachment } from '../modules/attachments/attachment.entity';
import { ArticleCategory } from '../modules/articles/article-category.entity';
import { ArticleSlugRedirect } from '../modules/articles/article-slug-redirect.entity';
import { ArticleSuggestionOpen } from '../modules/articles/article-suggestion-open.entity';
import { ArticleVote } from '../modules/articles/article-vote.entity';
import { Article } from '../modules/articles/article.entity';
import { RateLimitHit } from '../modules/auth/rate-limit-hit.entity';
import { Session } from '../modules/auth/session.entity';
import { SignInToken } from '../modules/auth/sign-in-token.entity';
import { InboundEmail } from '../modules/inbound/inbound-email.entity';
import { Company } from '../modules/companies/company.entity';
import { CompanyDomain } from '../modules/companies/company-domain.entity';
import { TicketCc } from '../modules/companies/ticket-cc.entity';
import { BusinessHours } from '../modules/service-levels/business-hours.entity';
import { ServiceLevelPolicy } from '../modules/service-levels/service-level-policy.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { Contact } from '../modules/contacts/contact.entity';
import { DataDeletionRequest } from '../modules/privacy/deletion-request.entity';
import { CustomFieldDefinition } from '../modules/custom-fields/custom-field-definition.entity';
import { TicketFieldValue } from '../modules/custom-fields/ticket-field-value.entity';
import { IntakeFormVersion } from '../modules/forms/intake-form-version.entity';
import { IntakeForm } from '../modules/forms/intake-form.entity';
import { CustomDomain } from '../modules/organizations/custom-domain.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { OutgoingEmail } from '../modules/outbox/outgoing-email.entity';
import { TicketEvent } from '../modules/tickets/ticket-event.entity';
import { TicketMessage } from '../modules/tickets/ticket-message.entity';
import { Ticket } from '../modules/tickets/ticket.entity';
import { SatisfactionSurvey } from '../modules/satisfaction/satisfaction-survey.entity';
import { Tag } from '../modules/tags/tag.entity';
import { TicketTag } from '../modules/tags/ticket-tag.entity';
import { Macro } from '../modules/macros/macro.entity';

/** Every TypeORM entity; the data source and the schema-drift test both read this list. */
export const ENTITIES = [
  Organization,
  CustomDomain,
  Agent,
  Contact,
  Ticket,
  TicketMessage,
  TicketEvent,
  CustomFieldDefinition,
  TicketFieldValue,
  IntakeForm,
  IntakeFormVersion,
  ArticleCategory,
  Article,
  ArticleVote,
  ArticleSuggestionOpen,
  ArticleSlugRedirect,
  SignInToken,
  Session,
  RateLimitHit,
  OutgoingEmail,
  Attachment,
  InboundEmail,
  Company,
  CompanyDomain,
  TicketCc,
  SatisfactionSurvey,
  DataDeletionRequest,
  BusinessHours,
  ServiceLevelPolicy,
  Tag,
  TicketTag,
  Macro,
  Notification,
];
