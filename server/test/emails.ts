import type { DataSource } from 'typeorm';
import { OutgoingEmail } from '../src/modules/outbox/outgoing-email.entity';

/** Queued emails to an address, newest first. */
export function emailsTo(db: DataSource, to: string): Promise<OutgoingEmail[]> {
  return db.getRepository(OutgoingEmail).find({ where: { toAddress: to }, order: { createdAt: 'DESC' } });
}
