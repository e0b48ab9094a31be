import { Client } from 'pg';
import type { Logger } from 'pino';
import { CHANGE_CHANNEL, type ChangeBus } from '../live/change-bus';

/** Reconnect delays after the listening connection is lost: doubling from 200 ms up to 5 s. */
const RETRY_MIN_MS = 200;
const RETRY_MAX_MS = 5_000;

/**
 * The process's one listening connection: a plain `pg` client outside every pool (a pooled
 * connection would carry LISTEN to whoever borrows it next, and idle eviction would silently drop
 * it). Every NOTIFY on the channel goes to the bus. When the connection is lost (database restart,
 * terminated backend) it reconnects with backoff and then tells subscribers to resync, since
 * notices sent meanwhile are gone.
 */
export class PgChangeListener {
  private client: Client | null = null;
  private stopped = false;
  private retryMs = RETRY_MIN_MS;
  private timer: NodeJS.Timeout | null = null;
  /** Set once a connection was lost or refused: the next successful connect must resync subscribers. */
  private missedNotices = false;

  constructor(
    private readonly url: string,
    private readonly bus: ChangeBus,
    private readonly log: Logger,
  ) {}

  /** Connects and listens; resolves once listening, or after the first failure (retries continue in the background). */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Whether the listening connection is up (for tests and the health of live updates). */
  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5_000, keepAlive: true });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) {
        this.client = null;
        this.bus.sender = null;
      }
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      this.missedNotices = true;
      if (!this.stopped) {
        this.log.warn({ err: error }, 'live updates: listening connection lost; reconnecting');
        this.schedule();
      }
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload) this.bus.deliver(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.bus.sender = async (payload) => {
      await client.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, payload]);
    };
    this.retryMs = RETRY_MIN_MS;
    if (this.missedNotices) {
      this.missedNotices = false;
      this.log.info('live updates: listening again; subscribers refetch');
      this.bus.resync();
    }
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    this.bus.sender = null;
    await client?.end().catch(() => undefined);
  }
}
