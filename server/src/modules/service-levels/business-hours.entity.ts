import type { Holiday, OpeningInterval } from '@actionconnect/shared';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';

/** An organization's business hours: its time zone, its weekly openings and its holidays (issue 15.1). One row per organization. */
@Entity('business_hours')
export class BusinessHours {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** An IANA zone, e.g. Europe/Berlin: the weekly hours and holidays are wall-clock times there. */
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  /** Openings per ISO weekday (1 Monday), "HH:MM" local; several a day allowed, never overlapping. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  hours: OpeningInterval[];

  /** Closed days ("YYYY-MM-DD", optionally every year). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  holidays: Holiday[];

  @UpdatedAt()
  updatedAt: Date;
}
