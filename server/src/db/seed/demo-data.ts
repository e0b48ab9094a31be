import type { DataSource, EntityManager } from 'typeorm';
import { CrossTenantData } from '../cross-tenant';
import { Agent } from '../../modules/agents/agent.entity';
import { ArticleCategory } from '../../modules/articles/article-category.entity';
import { Article } from '../../modules/articles/article.entity';
import { Contact } from '../../modules/contacts/contact.entity';
import { CustomFieldDefinition } from '../../modules/custom-fields/custom-field-definition.entity';
import { TicketFieldValue } from '../../modules/custom-fields/ticket-field-value.entity';
import { IntakeFormVersion } from '../../modules/forms/intake-form-version.entity';
import { IntakeForm } from '../../modules/forms/intake-form.entity';
import { Organization } from '../../modules/organizations/organization.entity';
import { TicketEvent } from '../../modules/tickets/ticket-event.entity';
import { TicketMessage } from '../../modules/tickets/ticket-message.entity';
import { Ticket, type TicketPriority, type TicketStatus } from '../../modules/tickets/ticket.entity';
import { renderMarkdown } from '../../modules/articles/markdown';
import { DEMO_ORGANIZATIONS, demoLogoSvg, type DemoOrganization } from './demo-content';
import type { FileStorage } from '../../modules/attachments/file-storage';
import { attachDemoFile, demoPdf, demoPng } from './demo-files';
import { demoFormDefinition } from './demo-form';
import { seedDemoMacros, seedDemoNamelessContact, seedDemoTags } from './demo-agent-tools';
import { seedDemoNotifications } from './demo-notifications';
import { seedDemoCompany } from './demo-companies';
import { seedDemoRatings } from './demo-satisfaction';
import { seedDemoDeletionRequest } from './demo-privacy';
import { seedDemoServiceLevels } from './demo-service-levels';

/** A demo file: its name and its (generated) bytes. */
interface DemoFile {
  name: string;
  bytes: () => Buffer;
}

const DAY = 24 * 3600_000;

const TICKETS: {
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  ageDays: number;
  contact: 0 | 1;
  assigned: boolean;
  reply?: string;
  note?: string;
  contactReply?: string;
  /** A file on the agent's reply / on the requester's reply (written through the FileStorage). */
  replyFile?: DemoFile;
  contactReplyFile?: DemoFile;
}[] = [
  { subject: 'Cannot sign in on my new laptop', status: 'new', priority: 'normal', ageDays: 0, contact: 0, assigned: false },
  {
    subject: 'Invoice shows the wrong address',
    status: 'open',
    priority: 'high',
    ageDays: 1,
    contact: 0,
    assigned: true,
    reply: 'Thanks for reporting this. We are correcting the address and will send a new invoice.',
    note: 'Billing system bug #4411: address cache not refreshed.',
    replyFile: { name: 'corrected-invoice.pdf', bytes: () => demoPdf('Corrected invoice - address updated') },
  },
  {
    subject: 'Product stops after ten minutes',
    status: 'pending',
    priority: 'urgent',
    ageDays: 2,
    contact: 1,
    assigned: true,
    reply: 'Could you send us the serial number printed under the device?',
    note: 'Probably the firmware 2.3 regression; waiting for serial.',
    contactReply: 'I will check tonight. Here is what the screen shows when it stops.',
    contactReplyFile: { name: 'screen-when-it-stops.png', bytes: () => demoPng() },
  },
  {
    subject: 'How do I export my data?',
    status: 'solved',
    priority: 'low',
    ageDays: 5,
    contact: 1,
    assigned: true,
    reply: 'You can export everything from Settings → Export. I have marked this as solved; reply if you need anything else.',
    note: 'Pointed to the export article.',
  },
  {
    subject: 'Please close my old account',
    status: 'closed',
    priority: 'normal',
    ageDays: 20,
    contact: 0,
    assigned: true,
    reply: 'Your old account is closed. Thank you for being a customer.',
    note: 'Verified identity by email before closing.',
  },
];

async function seedOrganization(m: EntityManager, demo: DemoOrganization, storage: FileStorage | undefined): Promise<void> {
  const org = await m.save(
    m.create(Organization, {
      slug: demo.slug,
      name: demo.name,
      requestSignIn: demo.requestSignIn,
      branding: {
        displayName: demo.name,
        primaryColor: demo.primaryColor,
        accentColor: demo.accentColor,
        welcomeHeadline: demo.welcomeHeadline,
        welcomeIntro: demo.welcomeIntro,
        signInText: demo.signInText,
        footerText: demo.footerText,
        logoContentType: 'image/svg+xml',
        logoData: Buffer.from(demoLogoSvg(demo.name, demo.primaryColor)),
        logoUpdatedAt: new Date(),
      },
    }),
  );
  const organizationId = org.id;
  const admin = await m.save(m.create(Agent, { organizationId, email: demo.admin.email, name: demo.admin.name, role: 'admin' }));
  const agent = await m.save(m.create(Agent, { organizationId, email: demo.agent.email, name: demo.agent.name, role: 'agent' }));
  const contacts = await m.save(demo.contacts.map((c) => m.create(Contact, { organizationId, email: c.email, name: c.name })));

  const productOptions = demo.products.map((p) => ({ value: p.toLowerCase().replace(/[^a-z0-9]+/g, '_'), label: p }));
  const fields = await m.save([
    m.create(CustomFieldDefinition, {
      organizationId,
      key: 'product',
      label: 'Product',
      type: 'single_choice',
      options: productOptions,
      visibleToContact: true,
      position: 1,
    }),
    m.create(CustomFieldDefinition, {
      organizationId,
      key: 'invoice_number',
      label: 'Invoice number',
      type: 'short_text',
      visibleToContact: true,
      position: 2,
    }),
    m.create(CustomFieldDefinition, {
      organizationId,
      key: 'severity',
      label: 'Internal severity',
      type: 'single_choice',
      options: ['sev1', 'sev2', 'sev3'].map((v) => ({ value: v, label: v.toUpperCase() })),
      visibleToContact: false,
      position: 3,
    }),
    m.create(CustomFieldDefinition, {
      organizationId,
      key: 'account_tier',
      label: 'Account tier (internal)',
      type: 'short_text',
      visibleToContact: false,
      position: 4,
    }),
  ]);

  const definition = demoFormDefinition(demo.products);
  const mappings = {
    subject: 'subject',
    description: 'description',
    customFields: { product: 'product', invoice_number: 'invoice_number' },
  };
  const form = await m.save(
    m.create(IntakeForm, {
      organizationId,
      slug: 'contact-support',
      name: 'Contact support',
      description: 'Tell us what happened and we will get back to you.',
      draftDefinition: definition as unknown as Record<string, unknown>,
      draftMappings: mappings,
      publishedVersion: 1,
      position: 1,
    }),
  );
  const version = await m.save(
    m.create(IntakeFormVersion, {
      organizationId,
      formId: form.id,
      version: 1,
      definition: definition as unknown as Record<string, unknown>,
      mappings,
      publishedByAgentId: admin.id,
    }),
  );

  let position = 0;
  for (const c of demo.categories) {
    const category = await m.save(
      m.create(ArticleCategory, { organizationId, slug: c.slug, name: c.name, description: c.description, position: ++position }),
    );
    for (const a of c.articles) {
      const published = !a.draft;
      await m.save(
        m.create(Article, {
          organizationId,
          categoryId: category.id,
          slug: a.slug,
          title: a.title,
          bodyMarkdown: a.body,
          bodyHtml: renderMarkdown(a.body),
          status: published ? 'published' : 'draft',
          authorAgentId: admin.id,
          publishedAt: published ? new Date(Date.now() - position * DAY) : null,
        }),
      );
    }
  }

  // What the demo form would have accepted for a request with this subject.
  const answersFor = (subject: string, requesterName: string | null) => ({
    subject,
    topic: 'technical',
    product: productOptions[0].value,
    saw_error: false,
    description: `${subject}. Details from ${requesterName}.`,
  });
  let number = 0;
  for (const t of TICKETS) {
    const created = new Date(Date.now() - t.ageDays * DAY - 3600_000);
    const requester = contacts[t.contact];
    const ticket = await m.save(
      m.create(Ticket, {
        organizationId,
        number: ++number,
        subject: t.subject,
        status: t.status,
        priority: t.priority,
        requesterId: requester.id,
        assigneeId: t.assigned ? agent.id : null,
        formVersionId: version.id,
        answers: answersFor(t.subject, requester.name),
        createdAt: created,
        solvedAt: t.status === 'solved' || t.status === 'closed' ? new Date(created.getTime() + 3600_000) : null,
        closedAt: t.status === 'closed' ? new Date(created.getTime() + 2 * 3600_000) : null,
      }),
    );
    const ticketId = ticket.id;
    const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);
    await m.save([
      m.create(TicketFieldValue, { ticketId, fieldId: fields[0].id, organizationId, value: productOptions[0].value }),
      m.create(TicketFieldValue, { ticketId, fieldId: fields[2].id, organizationId, value: t.priority === 'urgent' ? 'sev1' : 'sev3' }),
    ]);
    const events = [
      m.create(TicketEvent, {
        organizationId,
        ticketId,
        type: 'created',
        actorContactId: requester.id,
        data: {},
        visibleToContact: true,
        createdAt: at(0),
      }),
    ];
    const messages: TicketMessage[] = [];
    if (t.assigned)
      events.push(
        m.create(TicketEvent, {
          organizationId,
          ticketId,
          type: 'assignee_changed',
          actorAgentId: admin.id,
          data: { from: null, to: agent.id },
          createdAt: at(5),
        }),
      );
    if (t.note)
      messages.push(
        m.create(TicketMessage, {
          organizationId,
          ticketId,
          kind: 'internal_note',
          authorAgentId: agent.id,
          body: t.note,
          createdAt: at(10),
        }),
      );
    if (t.reply)
      messages.push(
        m.create(TicketMessage, {
          organizationId,
          ticketId,
          kind: 'public_reply',
          authorAgentId: agent.id,
          body: t.reply,
          createdAt: at(15),
        }),
      );
    if (t.contactReply)
      messages.push(
        m.create(TicketMessage, {
          organizationId,
          ticketId,
          kind: 'public_reply',
          authorContactId: requester.id,
          body: t.contactReply,
          createdAt: at(30),
        }),
      );
    if (t.status !== 'new')
      events.push(
        m.create(TicketEvent, {
          organizationId,
          ticketId,
          type: 'status_changed',
          actorAgentId: agent.id,
          data: { from: 'new', to: t.status },
          visibleToContact: true,
          createdAt: at(20),
        }),
      );
    await m.save(events);
    await m.save(messages);
    if (storage) {
      const byBody = (body: string | undefined) => messages.find((message) => message.body === body);
      const files: [TicketMessage | undefined, DemoFile | undefined][] = [
        [byBody(t.reply), t.replyFile],
        [byBody(t.contactReply), t.contactReplyFile],
      ];
      for (const [message, file] of files) if (message && file) await attachDemoFile(m, storage, message, file.name, file.bytes());
    }
  }
  if (demo.slug === 'acme') {
    number = await seedDemoCompany(m, organizationId, agent.id, number, { formVersionId: version.id, answers: answersFor });
    await seedDemoRatings(m, organizationId);
    await seedDemoDeletionRequest(m, organizationId);
    await seedDemoServiceLevels(m, organizationId);
    number = await seedDemoNamelessContact(m, organizationId, number, { formVersionId: version.id, answers: answersFor });
    await seedDemoTags(m, organizationId);
    await seedDemoMacros(m, organizationId, agent.id);
    await seedDemoNotifications(m, organizationId);
  }
  await m.update(Organization, { id: organizationId }, { lastTicketNumber: number });
}

/**
 * Loads Acme and Globex into an empty database; does nothing when they exist. Returns whether it
 * loaded. With `storage`, two tickets get files (a PNG on a requester's reply, a PDF on an agent's),
 * stored there as uploads are.
 */
export async function seedDemoData(db: DataSource, storage?: FileStorage): Promise<boolean> {
  return new CrossTenantData(db).transaction('seed-demo-data', async (m) => {
    let loaded = false;
    for (const demo of DEMO_ORGANIZATIONS) {
      if (await m.exists(Organization, { where: { slug: demo.slug } })) continue;
      await seedOrganization(m, demo, storage);
      loaded = true;
    }
    return loaded;
  });
}
