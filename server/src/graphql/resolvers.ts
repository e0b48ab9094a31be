import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CustomFieldResolver } from '../modules/custom-fields/custom-field.resolver';
import { IntakeFormResolver } from '../modules/forms/intake-form.resolver';
import { PortalResolver } from '../modules/portal/portal.resolver';
import { AgentTicketResolver } from '../modules/tickets/agent-ticket.resolver';
import { PortalTicketResolver } from '../modules/tickets/portal-ticket.resolver';
import { TicketEventResolver, TicketFieldsResolver, TicketMessageResolver } from '../modules/tickets/ticket.resolver';

/** Every resolver class in the schema. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  PortalResolver,
  AuthResolver,
  PortalTicketResolver,
  AgentTicketResolver,
  TicketFieldsResolver,
  TicketMessageResolver,
  TicketEventResolver,
  IntakeFormResolver,
  CustomFieldResolver,
];
