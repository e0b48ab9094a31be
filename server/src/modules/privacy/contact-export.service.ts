import type { TenantData, TenantTx } from '../../db/tenant';
import type { AttachmentService } from '../attachments/attachment.service';
import type { FileStorage } from '../attachments/file-storage';
import type { CustomFieldReadService } from '../custom-fields/custom-field.service';
import type { IntakeFormReadService } from '../forms/intake-form.service';
import type { TicketPeopleService } from '../tickets/ticket-people.service';
import type { TicketTimelineService } from '../tickets/ticket-timeline.service';
import { EXPORT_SECTIONS } from './contact-export.sections';

/** The contact an export is for: always the signed-in contact themselves. */
export interface ExportScope {
  organizationId: string;
  contactId: string;
}

/** The services a section reads through, so the export shows exactly what the portal's own rules let the contact read. */
export interface ExportReaders {
  timeline: TicketTimelineService;
  customFields: CustomFieldReadService;
  forms: IntakeFormReadService;
  people: TicketPeopleService;
  files: AttachmentService;
  storage: FileStorage;
}

/**
 * One part of the export, under its own key. `read` runs inside the export's one tenant
 * transaction (one consistent view of the rows); `finish`, optional, runs after it commits, for
 * work that must not hold a transaction open (reading stored files).
 */
export interface ExportSection<Read = unknown> {
  key: string;
  read(tx: TenantTx, scope: ExportScope, readers: ExportReaders): Promise<Read>;
  finish?(value: Read, readers: ExportReaders): Promise<unknown>;
}

/** Names the export's JSON format, so a reader can tell versions apart. */
export const EXPORT_FORMAT = 'actionconnect.contact-export';
export const EXPORT_VERSION = 1;

/** The whole export: a header, then one key per section, in EXPORT_SECTIONS order. */
export type ContactExport = { format: string; version: number; exportedAt: string } & Record<string, unknown>;

/**
 * Everything the product holds about a contact, for the contact (GDPR Article 15). The sections
 * are listed once, in `EXPORT_SECTIONS`: a new kind of personal data is a new section there.
 */
export class ContactExportService {
  constructor(
    private readonly tenant: TenantData,
    private readonly readers: ExportReaders,
    private readonly sections: readonly ExportSection[] = EXPORT_SECTIONS,
  ) {}

  /** The signed-in contact's export. */
  async build(scope: ExportScope, now = new Date()): Promise<ContactExport> {
    const read = await this.tenant.run(scope.organizationId, async (tx) => {
      const values: unknown[] = [];
      for (const section of this.sections) values.push(await section.read(tx, scope, this.readers));
      return values;
    });
    const result: ContactExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString() };
    for (const [index, section] of this.sections.entries()) {
      const value = read[index];
      result[section.key] = section.finish ? await section.finish(value, this.readers) : value;
    }
    return result;
  }
}
