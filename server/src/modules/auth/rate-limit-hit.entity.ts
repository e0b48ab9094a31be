import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fixed-window counter, shared by every server process through the database. */
@Entity('rate_limit_hits')
export class RateLimitHit {
  /** e.g. `link:email:acme:ann@example.com`. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer', default: 0 })
  count: number;
}
