import type { Change, ChangePublisher, TenantTx } from '../db/tenant';

/** The PostgreSQL channel every process listens on. NOTIFY is per database, so tenants share it; payloads carry ids only. */
export const CHANGE_CHANNEL = 'actionconnect_changes';

/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; ours are ids, a few hundred bytes. */
export const MAX_PAYLOAD_BYTES = 7_900;

/** What a subscriber receives: a committed change, or `resync` when notices may have been missed (the listener reconnected). */
export type BusEvent = Change | { kind: 'resync' } | PresenceNotice;

/** An agent's presence on a ticket, broadcast between processes; ephemeral, never stored. */
export interface PresenceNotice {
  kind: 'presence';
  organizationId: string;
  ticketId: string;
  /** One per socket subscription: an agent with two tabs is two viewers until both leave. */
  viewerId: string;
  agentId: string;
  activity: 'viewing' | 'typing_reply' | 'typing_note' | 'left';
}

type Listener = (event: BusEvent) => void;

/**
 * The process's end of the change notices. On PostgreSQL `publish` is a `pg_notify` inside the
 * writing transaction, so a notice exists only once the transaction commits, and every process's
 * listening connection (db/change-listener.ts) hands it to `deliver`. On PGlite (one process) the notice
 * is delivered in-process after the commit.
 */
export class ChangeBus implements ChangePublisher {
  private readonly listeners = new Set<Listener>();

  constructor(readonly mode: 'notify' | 'local') {}

  async publish(tx: TenantTx, change: Change): Promise<void> {
    if (this.mode === 'local') {
      tx.afterCommit(() => this.emit(change));
      return;
    }
    await tx.sql('SELECT pg_notify($1, $2)', [CHANNEL_PARAM, encodeNotice(change)]);
  }

  /** Sends an ephemeral notice to every process (presence): over the listening connection on PostgreSQL, in-process otherwise. */
  async broadcast(notice: PresenceNotice): Promise<void> {
    if (this.mode === 'local' || !this.sender) {
      this.emit(notice);
      return;
    }
    await this.sender(encodeNotice(notice));
  }

  /** The listening connection's NOTIFY, for `broadcast` (set by db/change-listener.ts while it is connected). */
  sender: ((payload: string) => Promise<void>) | null = null;

  /** How many subscribers this process has (tests wait for a subscription to be in place). */
  get subscriberCount(): number {
    return this.listeners.size;
  }

  /** Subscribes to every event of this process; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A NOTIFY payload from the listening connection; anything malformed is dropped. */
  deliver(payload: string): void {
    const event = decodeNotice(payload);
    if (event) this.emit(event);
  }

  /** Tells every subscriber to fetch a fresh state (after the listening connection was lost). */
  resync(): void {
    this.emit({ kind: 'resync' });
  }

  /** Hands an event to this process's subscribers directly (presence on PGlite). */
  emit(event: BusEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // One subscriber's failure must not stop the others.
      }
    }
  }

  /**
   * The events `accept` keeps, as an async iterator for a subscription resolver. Events that wait
   * are coalesced by `key` (ten quick changes to one ticket are one refetch), and `return()` unsubscribes at once.
   */
  iterate<T>(
    accept: (event: BusEvent) => T | null,
    key: (value: T) => string = () => 'all',
    /** Handed out first: a subscription that starts with the current state needs no separate query after a reconnect. */
    initial?: T,
  ): AsyncIterableIterator<T> {
    const queue: T[] = initial === undefined ? [] : [initial];
    let waiting: ((result: IteratorResult<T>) => void) | null = null;
    let done = false;
    const unsubscribe = this.subscribe((event) => {
      const value = accept(event);
      if (value === null || done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value, done: false });
        return;
      }
      const k = key(value);
      if (!queue.some((queued) => key(queued) === k)) queue.push(value);
    });
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      unsubscribe();
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next() {
        if (queue.length) return Promise.resolve({ value: queue.shift() as T, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: (error: unknown) => finish().then(() => Promise.reject(error as Error)),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

const CHANNEL_PARAM = CHANGE_CHANNEL;

/** The NOTIFY payload of an event (short keys: ids only). */
export function encodeNotice(event: Change | PresenceNotice): string {
  const payload = JSON.stringify(event);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error('change notice too large for NOTIFY');
  return payload;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
const ACTIVITIES = new Set(['viewing', 'typing_reply', 'typing_note', 'left']);

/** Parses a payload back into an event, checking every field; null when it is not one of ours. */
export function decodeNotice(payload: string): Change | PresenceNotice | null {
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const e = raw as Record<string, unknown>;
  if (!isId(e.organizationId)) return null;
  if (e.kind === 'ticket' && isId(e.ticketId) && isId(e.requesterId) && Number.isInteger(e.number)) {
    return {
      kind: 'ticket',
      organizationId: e.organizationId,
      ticketId: e.ticketId,
      number: e.number as number,
      requesterId: e.requesterId,
    };
  }
  if (e.kind === 'session-ended' && isId(e.sessionId)) {
    return { kind: 'session-ended', organizationId: e.organizationId, sessionId: e.sessionId };
  }
  if (
    e.kind === 'presence' &&
    isId(e.ticketId) &&
    isId(e.agentId) &&
    typeof e.viewerId === 'string' &&
    e.viewerId.length <= 64 &&
    typeof e.activity === 'string' &&
    ACTIVITIES.has(e.activity)
  ) {
    return {
      kind: 'presence',
      organizationId: e.organizationId,
      ticketId: e.ticketId,
      viewerId: e.viewerId,
      agentId: e.agentId,
      activity: e.activity as PresenceNotice['activity'],
    };
  }
  return null;
}
