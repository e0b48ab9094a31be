import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { TicketPriorityEnum, TicketStatusEnum } from '../ticket.types';

/** The agent app's saved views. */
export enum TicketQueueView {
  UNASSIGNED = 'unassigned',
  MINE = 'mine',
  OPEN = 'open',
  PENDING = 'pending',
  SOLVED = 'solved',
  ALL = 'all',
  OVERDUE = 'overdue',
}
registerEnumType(TicketQueueView, {
  name: 'TicketQueueView',
  description:
    'UNASSIGNED and MINE: unsolved (new, open, pending) tickets without an assignee / assigned to the viewer; OPEN: new and open; PENDING; SOLVED; ALL: everything, closed included; OVERDUE: tickets with a service-level due time passed (new and open, as others have no running clock).',
});

/** What a queue is ordered by. */
export enum TicketSortField {
  UPDATED_AT = 'updated_at',
  CREATED_AT = 'created_at',
  PRIORITY = 'priority',
  NUMBER = 'number',
  /** The soonest service-level due time; tickets with nothing due come last. */
  DUE_AT = 'due_at',
}
registerEnumType(TicketSortField, { name: 'TicketSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

/** Narrows a queue view; every given condition must hold. */
@InputType()
export class TicketQueueFilter {
  @Field(() => [TicketStatusEnum], { nullable: true, description: 'Any of these statuses (a single value is accepted too).' })
  status?: TicketStatusEnum[] | null;

  @Field(() => [TicketPriorityEnum], { nullable: true })
  priority?: TicketPriorityEnum[] | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tickets submitted with any version of this form.' })
  formId?: string | null;

  @Field(() => ID, { nullable: true })
  requesterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tickets with this tag (the tag view).' })
  tagId?: string | null;

  @Field(() => String, { nullable: true, description: 'A ticket number (`1042` or `#1042`) or words of the subject.' })
  search?: string | null;
}

/** A queue's order; ties are broken by id so pages never overlap. */
@InputType()
export class TicketQueueSort {
  @Field(() => TicketSortField, { defaultValue: TicketSortField.UPDATED_AT })
  field: TicketSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}
