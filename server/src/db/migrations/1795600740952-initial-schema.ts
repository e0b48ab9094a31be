import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795600740952 implements MigrationInterface {
  name = 'InitialSchema1795600740952';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(63) NOT NULL, "name" character varying(120) NOT NULL, "portal_access" character varying(20) NOT NULL DEFAULT \'anyone\', "knowledge_base_visibility" character varying(20) NOT NULL DEFAULT \'public\', "last_ticket_number" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "brand_display_name" character varying(120), "brand_primary_color" character varying(7) NOT NULL DEFAULT \'#2563eb\', "brand_accent_color" character varying(7) NOT NULL DEFAULT \'#0f172a\', "brand_welcome_headline" character varying(200) NOT NULL DEFAULT \'How can we help?\', "brand_welcome_intro" text NOT NULL DEFAULT \'\', "brand_sign_in_text" text NOT NULL DEFAULT \'\', "brand_footer_text" text NOT NULL DEFAULT \'\', "brand_logo_content_type" character varying(100), "brand_logo_data" bytea, "brand_logo_updated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations" ("slug") ');
    await q.query(
      'CREATE TABLE "agents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "role" character varying(10) NOT NULL DEFAULT \'agent\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agents_role_check" CHECK ("role" IN (\'admin\', \'agent\')), CONSTRAINT "agents_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "PK_9c653f28ae19c5884d5baf6a1d9" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "agents_org_email_key" ON "agents" ("organization_id", "email") ');
    await q.query(
      'CREATE TABLE "article_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "parent_id" uuid, "slug" character varying(80) NOT NULL, "name" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT \'\', "position" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eca1ad880e57e2860d7f7a20bc5" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "article_categories_org_slug_key" ON "article_categories" ("organization_id", "slug") ');
    await q.query(
      'CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "category_id" uuid, "slug" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "body_markdown" text NOT NULL DEFAULT \'\', "body_html" text NOT NULL DEFAULT \'\', "status" character varying(10) NOT NULL DEFAULT \'draft\', "author_agent_id" uuid, "search_vector" tsvector, "view_count" integer NOT NULL DEFAULT \'0\', "helpful_count" integer NOT NULL DEFAULT \'0\', "unhelpful_count" integer NOT NULL DEFAULT \'0\', "deflection_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "articles_status_check" CHECK ("status" IN (\'draft\', \'published\')), CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "articles_category_idx" ON "articles" ("category_id") ');
    await q.query('CREATE INDEX "articles_org_status_idx" ON "articles" ("organization_id", "status", "published_at") ');
    await q.query('CREATE UNIQUE INDEX "articles_org_slug_key" ON "articles" ("organization_id", "slug") ');
    await q.query(
      'CREATE TABLE "rate_limit_hits" ("key" character varying(300) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_e1b7468131cdc8e84e1159c7ca9" PRIMARY KEY ("key", "window_start"))',
    );
    await q.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "contact_id" uuid, "agent_id" uuid, "token_hash" character varying(64) NOT NULL, "host" character varying(253) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "sessions_one_principal" CHECK (num_nonnulls("contact_id", "agent_id") = 1), CONSTRAINT "sessions_kind_check" CHECK ("kind" IN (\'contact\', \'agent\')), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" ("token_hash") ');
    await q.query('CREATE INDEX "sessions_agent_idx" ON "sessions" ("agent_id") ');
    await q.query('CREATE INDEX "sessions_contact_idx" ON "sessions" ("contact_id") ');
    await q.query(
      'CREATE TABLE "sign_in_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "purpose" character varying(10) NOT NULL, "email" character varying(254) NOT NULL, "token_hash" character varying(64) NOT NULL, "code_hash" character varying(64) NOT NULL, "code_attempts" integer NOT NULL DEFAULT \'0\', "return_path" character varying(500) NOT NULL DEFAULT \'/\', "host" character varying(253) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sign_in_tokens_purpose_check" CHECK ("purpose" IN (\'portal\', \'agent\')), CONSTRAINT "PK_32dc38a124eb12791e7726a4492" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "sign_in_tokens_token_hash_key" ON "sign_in_tokens" ("token_hash") ');
    await q.query('CREATE INDEX "sign_in_tokens_org_email_idx" ON "sign_in_tokens" ("organization_id", "purpose", "email") ');
    await q.query(
      'CREATE TABLE "contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "contacts_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "contacts_org_email_key" ON "contacts" ("organization_id", "email") ');
    await q.query(
      'CREATE TABLE "custom_field_definitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "key" character varying(64) NOT NULL, "label" character varying(200) NOT NULL, "type" character varying(20) NOT NULL, "options" jsonb NOT NULL DEFAULT \'[]\', "visible_to_contact" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT \'0\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "custom_field_definitions_type_check" CHECK ("type" IN (\'short_text\', \'long_text\', \'email\', \'number\', \'date\', \'single_choice\', \'multiple_choice\', \'checkbox\')), CONSTRAINT "PK_91f4cf6416f7aeb02c217005cb2" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "custom_field_definitions_org_key" ON "custom_field_definitions" ("organization_id", "key") ');
    await q.query(
      'CREATE TABLE "intake_forms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "name" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT \'\', "draft_definition" jsonb NOT NULL DEFAULT \'{"sections": []}\', "published_version" integer NOT NULL DEFAULT \'0\', "is_active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5aa0e78d4589808303905892830" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "intake_forms_org_slug_key" ON "intake_forms" ("organization_id", "slug") ');
    await q.query(
      'CREATE TABLE "intake_form_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "form_id" uuid NOT NULL, "version" integer NOT NULL, "definition" jsonb NOT NULL, "mappings" jsonb NOT NULL DEFAULT \'{}\', "published_by_agent_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_53d7e1502e4dc49bc0522c6bd87" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "intake_form_versions_form_version_key" ON "intake_form_versions" ("form_id", "version") ');
    await q.query(
      'CREATE TABLE "tickets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "number" integer NOT NULL, "subject" character varying(200) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'new\', "priority" character varying(10) NOT NULL DEFAULT \'normal\', "requester_id" uuid NOT NULL, "assignee_id" uuid, "form_version_id" uuid, "answers" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "solved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "tickets_priority_check" CHECK ("priority" IN (\'low\', \'normal\', \'high\', \'urgent\')), CONSTRAINT "tickets_status_check" CHECK ("status" IN (\'new\', \'open\', \'pending\', \'solved\', \'closed\')), CONSTRAINT "PK_343bc942ae261cf7a1377f48fd0" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "tickets_org_assignee_idx" ON "tickets" ("organization_id", "assignee_id", "status") ');
    await q.query('CREATE INDEX "tickets_org_requester_idx" ON "tickets" ("organization_id", "requester_id", "created_at") ');
    await q.query('CREATE INDEX "tickets_org_status_updated_idx" ON "tickets" ("organization_id", "status", "updated_at") ');
    await q.query('CREATE UNIQUE INDEX "tickets_org_number_key" ON "tickets" ("organization_id", "number") ');
    await q.query(
      'CREATE TABLE "ticket_field_values" ("ticket_id" uuid NOT NULL, "field_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d25614de6ec1f95796e2b4e0bee" PRIMARY KEY ("ticket_id", "field_id"))',
    );
    await q.query('CREATE INDEX "ticket_field_values_field_idx" ON "ticket_field_values" ("field_id") ');
    await q.query(
      'CREATE TABLE "custom_domains" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "hostname" character varying(253) NOT NULL, "verification_token" character varying(100) NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, "is_primary" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_53c30715082abb90e5063a2a397" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "custom_domains_hostname_key" ON "custom_domains" ("hostname") ');
    await q.query('CREATE INDEX "custom_domains_org_idx" ON "custom_domains" ("organization_id") ');
    await q.query(
      'CREATE TABLE "outgoing_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "to_address" character varying(254) NOT NULL, "from_address" character varying(254) NOT NULL, "from_name" character varying(120), "subject" character varying(300) NOT NULL, "html_body" text NOT NULL, "text_body" text NOT NULL, "tag" character varying(40) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'queued\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "transport" character varying(20), "provider_message_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "outgoing_emails_status_check" CHECK ("status" IN (\'queued\', \'sent\', \'failed\')), CONSTRAINT "PK_1ed08b7e58bb489239f09b55820" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "outgoing_emails_org_created_idx" ON "outgoing_emails" ("organization_id", "created_at") ');
    await q.query('CREATE INDEX "outgoing_emails_status_idx" ON "outgoing_emails" ("status", "next_attempt_at") ');
    await q.query(
      'CREATE TABLE "ticket_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "actor_agent_id" uuid, "actor_contact_id" uuid, "data" jsonb NOT NULL DEFAULT \'{}\', "visible_to_contact" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d61d07653b492eca67f9bad8ec2" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "ticket_events_ticket_idx" ON "ticket_events" ("ticket_id", "created_at") ');
    await q.query(
      'CREATE TABLE "ticket_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "author_agent_id" uuid, "author_contact_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ticket_messages_contact_public" CHECK ("author_contact_id" IS NULL OR "kind" = \'public_reply\'), CONSTRAINT "ticket_messages_one_author" CHECK (num_nonnulls("author_agent_id", "author_contact_id") = 1), CONSTRAINT "ticket_messages_kind_check" CHECK ("kind" IN (\'public_reply\', \'internal_note\')), CONSTRAINT "PK_37beb692dedf7eccb4e519ccec1" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "ticket_messages_ticket_idx" ON "ticket_messages" ("ticket_id", "created_at") ');
    await q.query(
      'ALTER TABLE "agents" ADD CONSTRAINT "FK_28ac537f8c7bc3c96f7d1753ec4" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "article_categories" ADD CONSTRAINT "FK_4afc69163b00dba8b613d2562b7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "article_categories" ADD CONSTRAINT "FK_9221e4391c552195618f9b33b9b" FOREIGN KEY ("parent_id") REFERENCES "article_categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "articles" ADD CONSTRAINT "FK_cfeaa7a053889ca0f3a513661b2" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "articles" ADD CONSTRAINT "FK_e025eeefcdb2a269c42484ee43f" FOREIGN KEY ("category_id") REFERENCES "article_categories"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "articles" ADD CONSTRAINT "FK_0539f1770f3e6aca5a15ef0824b" FOREIGN KEY ("author_agent_id") REFERENCES "agents"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "contacts" ADD CONSTRAINT "FK_0799185e89f0eec8f7ec05a5bb8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "custom_field_definitions" ADD CONSTRAINT "FK_fe690f0e7023077f2c7d94edfbc" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "intake_forms" ADD CONSTRAINT "FK_6fecec10e6aa033412e914577e6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "intake_form_versions" ADD CONSTRAINT "FK_d793aff7d03e2989a3debe15df7" FOREIGN KEY ("form_id") REFERENCES "intake_forms"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "tickets" ADD CONSTRAINT "FK_613ef43a793c628ad7b22981f33" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "tickets" ADD CONSTRAINT "FK_2a06f5cdaf003ceaa9fcf08be77" FOREIGN KEY ("requester_id") REFERENCES "contacts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "tickets" ADD CONSTRAINT "FK_dff6e2b44c9b5e177114588772f" FOREIGN KEY ("assignee_id") REFERENCES "agents"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "tickets" ADD CONSTRAINT "FK_cfb910cd584732d7a2d2222a780" FOREIGN KEY ("form_version_id") REFERENCES "intake_form_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ticket_field_values" ADD CONSTRAINT "FK_e5b4024efe320b47bbcbf356077" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ticket_field_values" ADD CONSTRAINT "FK_e1cdcbe4cd65384ab2ccf28fba4" FOREIGN KEY ("field_id") REFERENCES "custom_field_definitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "custom_domains" ADD CONSTRAINT "FK_e3bc9b51c6bf381f711a27448a4" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ticket_events" ADD CONSTRAINT "FK_9cf43c4478294faa98129c47c21" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ticket_messages" ADD CONSTRAINT "FK_75b3a5f421dbf7b73778da519cb" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ticket_messages" ADD CONSTRAINT "FK_5d04703f4d1426bf21912ff81c1" FOREIGN KEY ("author_agent_id") REFERENCES "agents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ticket_messages" ADD CONSTRAINT "FK_ab95daa47326d566ac21e657e5b" FOREIGN KEY ("author_contact_id") REFERENCES "contacts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Hand-written: the weighted search vector (title above body) and its GIN index,
    // which TypeORM cannot describe. A trigger keeps it current on every insert and update.
    await q.query(`
      CREATE FUNCTION articles_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.body_markdown, '')), 'B');
        RETURN NEW;
      END
      $$`);
    await q.query(
      'CREATE TRIGGER articles_search_vector_trigger BEFORE INSERT OR UPDATE OF title, body_markdown ON "articles" FOR EACH ROW EXECUTE FUNCTION articles_search_vector_update()',
    );
    await q.query('CREATE INDEX "articles_search_idx" ON "articles" USING GIN ("search_vector")');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "articles_search_idx"');
    await q.query('DROP TRIGGER articles_search_vector_trigger ON "articles"');
    await q.query('DROP FUNCTION articles_search_vector_update()');
    await q.query('ALTER TABLE "ticket_messages" DROP CONSTRAINT "FK_ab95daa47326d566ac21e657e5b"');
    await q.query('ALTER TABLE "ticket_messages" DROP CONSTRAINT "FK_5d04703f4d1426bf21912ff81c1"');
    await q.query('ALTER TABLE "ticket_messages" DROP CONSTRAINT "FK_75b3a5f421dbf7b73778da519cb"');
    await q.query('ALTER TABLE "ticket_events" DROP CONSTRAINT "FK_9cf43c4478294faa98129c47c21"');
    await q.query('ALTER TABLE "custom_domains" DROP CONSTRAINT "FK_e3bc9b51c6bf381f711a27448a4"');
    await q.query('ALTER TABLE "ticket_field_values" DROP CONSTRAINT "FK_e1cdcbe4cd65384ab2ccf28fba4"');
    await q.query('ALTER TABLE "ticket_field_values" DROP CONSTRAINT "FK_e5b4024efe320b47bbcbf356077"');
    await q.query('ALTER TABLE "tickets" DROP CONSTRAINT "FK_cfb910cd584732d7a2d2222a780"');
    await q.query('ALTER TABLE "tickets" DROP CONSTRAINT "FK_dff6e2b44c9b5e177114588772f"');
    await q.query('ALTER TABLE "tickets" DROP CONSTRAINT "FK_2a06f5cdaf003ceaa9fcf08be77"');
    await q.query('ALTER TABLE "tickets" DROP CONSTRAINT "FK_613ef43a793c628ad7b22981f33"');
    await q.query('ALTER TABLE "intake_form_versions" DROP CONSTRAINT "FK_d793aff7d03e2989a3debe15df7"');
    await q.query('ALTER TABLE "intake_forms" DROP CONSTRAINT "FK_6fecec10e6aa033412e914577e6"');
    await q.query('ALTER TABLE "custom_field_definitions" DROP CONSTRAINT "FK_fe690f0e7023077f2c7d94edfbc"');
    await q.query('ALTER TABLE "contacts" DROP CONSTRAINT "FK_0799185e89f0eec8f7ec05a5bb8"');
    await q.query('ALTER TABLE "articles" DROP CONSTRAINT "FK_0539f1770f3e6aca5a15ef0824b"');
    await q.query('ALTER TABLE "articles" DROP CONSTRAINT "FK_e025eeefcdb2a269c42484ee43f"');
    await q.query('ALTER TABLE "articles" DROP CONSTRAINT "FK_cfeaa7a053889ca0f3a513661b2"');
    await q.query('ALTER TABLE "article_categories" DROP CONSTRAINT "FK_9221e4391c552195618f9b33b9b"');
    await q.query('ALTER TABLE "article_categories" DROP CONSTRAINT "FK_4afc69163b00dba8b613d2562b7"');
    await q.query('ALTER TABLE "agents" DROP CONSTRAINT "FK_28ac537f8c7bc3c96f7d1753ec4"');
    await q.query('DROP INDEX "public"."ticket_messages_ticket_idx"');
    await q.query('DROP TABLE "ticket_messages"');
    await q.query('DROP INDEX "public"."ticket_events_ticket_idx"');
    await q.query('DROP TABLE "ticket_events"');
    await q.query('DROP INDEX "public"."outgoing_emails_status_idx"');
    await q.query('DROP INDEX "public"."outgoing_emails_org_created_idx"');
    await q.query('DROP TABLE "outgoing_emails"');
    await q.query('DROP INDEX "public"."custom_domains_org_idx"');
    await q.query('DROP INDEX "public"."custom_domains_hostname_key"');
    await q.query('DROP TABLE "custom_domains"');
    await q.query('DROP INDEX "public"."ticket_field_values_field_idx"');
    await q.query('DROP TABLE "ticket_field_values"');
    await q.query('DROP INDEX "public"."tickets_org_number_key"');
    await q.query('DROP INDEX "public"."tickets_org_status_updated_idx"');
    await q.query('DROP INDEX "public"."tickets_org_requester_idx"');
    await q.query('DROP INDEX "public"."tickets_org_assignee_idx"');
    await q.query('DROP TABLE "tickets"');
    await q.query('DROP INDEX "public"."intake_form_versions_form_version_key"');
    await q.query('DROP TABLE "intake_form_versions"');
    await q.query('DROP INDEX "public"."intake_forms_org_slug_key"');
    await q.query('DROP TABLE "intake_forms"');
    await q.query('DROP INDEX "public"."custom_field_definitions_org_key"');
    await q.query('DROP TABLE "custom_field_definitions"');
    await q.query('DROP INDEX "public"."contacts_org_email_key"');
    await q.query('DROP TABLE "contacts"');
    await q.query('DROP INDEX "public"."sign_in_tokens_org_email_idx"');
    await q.query('DROP INDEX "public"."sign_in_tokens_token_hash_key"');
    await q.query('DROP TABLE "sign_in_tokens"');
    await q.query('DROP INDEX "public"."sessions_contact_idx"');
    await q.query('DROP INDEX "public"."sessions_agent_idx"');
    await q.query('DROP INDEX "public"."sessions_token_hash_key"');
    await q.query('DROP TABLE "sessions"');
    await q.query('DROP TABLE "rate_limit_hits"');
    await q.query('DROP INDEX "public"."articles_org_slug_key"');
    await q.query('DROP INDEX "public"."articles_org_status_idx"');
    await q.query('DROP INDEX "public"."articles_category_idx"');
    await q.query('DROP TABLE "articles"');
    await q.query('DROP INDEX "public"."article_categories_org_slug_key"');
    await q.query('DROP TABLE "article_categories"');
    await q.query('DROP INDEX "public"."agents_org_email_key"');
    await q.query('DROP TABLE "agents"');
    await q.query('DROP INDEX "public"."organizations_slug_key"');
    await q.query('DROP TABLE "organizations"');
  }
}
