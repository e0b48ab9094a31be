import { TICKET_COUNT_LIMIT } from './ticket-enums';

/**
 * A ticket count as the apps show it: the number, or "1,000+" once the server stopped counting
 * (it counts up to TICKET_COUNT_LIMIT). `capped` is what the API said, or derive it from a queue
 * count greater than its limit.
 */
export function ticketCountLabel(count: number, capped = count > TICKET_COUNT_LIMIT): string {
  const format = new Intl.NumberFormat('en-US');
  return capped ? `${format.format(Math.min(count, TICKET_COUNT_LIMIT))}+` : format.format(count);
}
