import { PeriodicJob } from '../../jobs/periodic-job';
import type { Logger } from 'pino';
import type { CrossTenantData } from '../../db/cross-tenant';
import { deleteUnattached } from './attachment-sweep.cross-tenant';
import type { FileStorage } from './file-storage';

/** A file uploaded but never attached to a message is removed after this long (issue 12). */
export const UNATTACHED_MAX_AGE_MS = 24 * 3600_000;

/** Knobs tests turn; production uses the defaults. */
export interface AttachmentSweeperOptions {
  /** How often to sweep (default every 10 minutes). */
  intervalMs?: number;
  /** Rows per transaction (default 100). */
  batchSize?: number;
}

/**
 * Removes unattached uploads older than a day, with their stored objects, in batches. Like the
 * outbox worker it is started by `composition.start` and stopped by `stop`; a failed sweep is
 * logged and tried again at the next interval.
 */
export class AttachmentSweeper {
  private readonly job: PeriodicJob;
  private readonly batchSize: number;

  constructor(
    private readonly crossTenant: CrossTenantData,
    private readonly storage: FileStorage,
    private readonly log: Pick<Logger, 'info' | 'warn' | 'error'>,
    options: AttachmentSweeperOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.job = new PeriodicJob(
      options.intervalMs ?? 600_000,
      () => this.sweepUnattached(),
      (error) => this.log.error({ err: error }, 'sweeping unattached files failed'),
    );
  }

  /** Sweeps now, then every interval. */
  start(): void {
    this.job.start();
  }

  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Removes every attachment unattached for more than a day before `now`; returns how many rows went. */
  async sweepUnattached(now = new Date()): Promise<number> {
    const uploadedBefore = new Date(now.getTime() - UNATTACHED_MAX_AGE_MS);
    let removed = 0;
    for (;;) {
      const keys = await deleteUnattached(this.crossTenant, uploadedBefore, this.batchSize);
      for (const key of keys) {
        // The row is gone already; a stray object costs storage, so it is logged rather than retried.
        await this.storage.delete(key).catch((error: unknown) => this.log.warn({ key, err: error }, 'could not delete an unattached file'));
      }
      removed += keys.length;
      if (keys.length < this.batchSize) break;
    }
    if (removed > 0) this.log.info({ removed }, 'removed unattached files');
    return removed;
  }
}
