import type { ChangeBus, PresenceNotice } from './change-bus';

/** What an agent is doing on a ticket, as others see it. */
export type Activity = 'viewing' | 'typing_reply' | 'typing_note';

/** Presence timings: heartbeats keep a viewer listed; a crashed instance's viewers fade out. */
export const PRESENCE_TIMING = {
  /** Each instance repeats its viewers this often. */
  heartbeatMs: 10_000,
  /** A viewer not heard of for this long is gone (their instance died without saying so). */
  viewerTtlMs: 25_000,
  /** "Typing" lasts this long after the last keystroke report. */
  typingTtlMs: 5_000,
};

interface Entry {
  agentId: string;
  activity: Activity;
  expiresAt: number;
}

/** One viewer held by this process: a ticket-presence subscription on one of its sockets. */
interface LocalViewer {
  organizationId: string;
  ticketId: string;
  agentId: string;
}

/** Someone else on the ticket: one line per agent, typing ahead of viewing. */
export interface PresentAgent {
  agentId: string;
  activity: Activity;
}

const RANK: Record<Activity, number> = { viewing: 0, typing_reply: 1, typing_note: 2 };
const typingKey = (agentId: string) => `typing:${agentId}`;

/**
 * Who is on which ticket, across instances, kept in memory only. Every instance broadcasts its own
 * viewers (join, leave, a heartbeat) and keystroke reports over the change bus, and every instance
 * folds all of them into the same picture. Nothing is stored: after a restart the heartbeats
 * rebuild it within seconds.
 */
export class PresenceService {
  private readonly tickets = new Map<string, Map<string, Entry>>();
  private readonly local = new Map<string, LocalViewer>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly sweep: NodeJS.Timeout;

  constructor(
    private readonly bus: ChangeBus,
    private readonly timing = PRESENCE_TIMING,
    private readonly now: () => number = Date.now,
  ) {
    bus.subscribe((event) => {
      if (event.kind === 'presence') this.apply(event);
      // Notices were missed while the listener was away: say again who is here.
      if (event.kind === 'resync') this.announceLocal();
    });
    this.heartbeat = setInterval(() => this.announceLocal(), timing.heartbeatMs);
    this.heartbeat.unref();
    this.sweep = setInterval(() => this.expire(), 1_000);
    this.sweep.unref();
  }

  /** A viewer opened the ticket on a socket of this process. */
  async join(viewerId: string, viewer: LocalViewer): Promise<void> {
    this.local.set(viewerId, viewer);
    await this.send(viewerId, viewer, 'viewing');
  }

  /** The viewer's subscription ended (page left, socket closed or dropped). */
  async leave(viewerId: string): Promise<void> {
    const viewer = this.local.get(viewerId);
    if (!viewer) return;
    this.local.delete(viewerId);
    await this.send(viewerId, viewer, 'left');
  }

  /** An agent typed in the reply or note box (reported every couple of seconds while typing). */
  async typing(viewer: LocalViewer, activity: Activity): Promise<void> {
    await this.send(typingKey(viewer.agentId), viewer, activity === 'viewing' ? 'left' : activity);
  }

  /** The other agents on a ticket now, by agent. */
  present(ticketId: string, exceptAgentId: string): PresentAgent[] {
    const now = this.now();
    const byAgent = new Map<string, Activity>();
    for (const entry of this.tickets.get(ticketId)?.values() ?? []) {
      if (entry.expiresAt <= now || entry.agentId === exceptAgentId) continue;
      const seen = byAgent.get(entry.agentId);
      if (!seen || RANK[entry.activity] > RANK[seen]) byAgent.set(entry.agentId, entry.activity);
    }
    // A typing report alone does not make someone present: they must also be viewing.
    const viewing = new Set(
      [...(this.tickets.get(ticketId)?.entries() ?? [])]
        .filter(([id, e]) => !id.startsWith('typing:') && e.expiresAt > now)
        .map(([, e]) => e.agentId),
    );
    return [...byAgent]
      .filter(([agentId]) => viewing.has(agentId))
      .map(([agentId, activity]) => ({ agentId, activity }))
      .sort((a, b) => a.agentId.localeCompare(b.agentId));
  }

  stop(): void {
    clearInterval(this.heartbeat);
    clearInterval(this.sweep);
  }

  private async send(viewerId: string, viewer: LocalViewer, activity: PresenceNotice['activity']): Promise<void> {
    await this.bus.broadcast({ kind: 'presence', ...viewer, viewerId, activity });
  }

  private announceLocal(): void {
    for (const [viewerId, viewer] of this.local) void this.send(viewerId, viewer, 'viewing').catch(() => undefined);
  }

  private apply(notice: PresenceNotice): void {
    const entries = this.tickets.get(notice.ticketId) ?? new Map<string, Entry>();
    if (notice.activity === 'left') entries.delete(notice.viewerId);
    else {
      const ttl = notice.viewerId.startsWith('typing:') ? this.timing.typingTtlMs : this.timing.viewerTtlMs;
      entries.set(notice.viewerId, { agentId: notice.agentId, activity: notice.activity, expiresAt: this.now() + ttl });
    }
    if (entries.size) this.tickets.set(notice.ticketId, entries);
    else this.tickets.delete(notice.ticketId);
  }

  /** Drops what timed out and tells this process's subscribers of those tickets. */
  private expire(): void {
    const now = this.now();
    for (const [ticketId, entries] of this.tickets) {
      for (const [viewerId, entry] of entries) {
        if (entry.expiresAt > now) continue;
        entries.delete(viewerId);
        // A local event only: each instance expires the same entries on its own clock.
        this.bus.emit({ kind: 'presence', organizationId: '', ticketId, viewerId, agentId: entry.agentId, activity: 'left' });
      }
      if (!entries.size) this.tickets.delete(ticketId);
    }
  }
}
