// The queue an agent last looked at (with its filters), so "back to tickets" returns to it.
let lastQueue = '/tickets/unassigned';

/** Remembers the queue on screen, e.g. "/tickets/open?priority=urgent". */
export function rememberQueuePath(path: string): void {
  lastQueue = path;
}

/** The queue to go back to from a ticket. */
export function lastQueuePath(): string {
  return lastQueue;
}
