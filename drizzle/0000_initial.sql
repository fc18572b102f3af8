CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "integration_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"source" text NOT NULL,
	"record_sets" text[] NOT NULL,
	"unit_codes" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "integration_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"password_hash" text NOT NULL,
	"unit_code" text NOT NULL,
	"roles" text[] NOT NULL,
	"tracked_indicators" text[] DEFAULT '{}' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"locale" text DEFAULT 'vi' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "indicator_units" (
	"indicator_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"targets" jsonb,
	"source_plan_code" text,
	CONSTRAINT "indicator_units_indicator_code_unit_code_pk" PRIMARY KEY("indicator_code","unit_code")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"plan_code" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"tracking_unit_code" text NOT NULL,
	"risk" text NOT NULL,
	"manual" boolean NOT NULL,
	"computation" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"definition" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"code" text PRIMARY KEY NOT NULL,
	"doc_type" text NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"issuer_code" text NOT NULL,
	"issued_on" date,
	"signer" jsonb,
	"legal_bases" jsonb NOT NULL,
	"implements_code" text,
	"phases" jsonb NOT NULL,
	"seed_file" text,
	"definition" jsonb NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_units" (
	"task_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "task_units_task_code_unit_code_role_pk" PRIMARY KEY("task_code","unit_code","role")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"code" text PRIMARY KEY NOT NULL,
	"plan_code" text NOT NULL,
	"position" integer NOT NULL,
	"indicator_code" text,
	"name" text NOT NULL,
	"deadline_text" text NOT NULL,
	"deadline" jsonb NOT NULL,
	"due_on" date,
	"definition" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "results_cache" (
	"period" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"document" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rec_certificates" (
	"source" text COLLATE "C" NOT NULL,
	"cert_id" text COLLATE "C" NOT NULL,
	"staff_id" text,
	"unit_code" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"import_id" bigint NOT NULL,
	CONSTRAINT "rec_certificates_source_cert_id_pk" PRIMARY KEY("source","cert_id")
);
--> statement-breakpoint
CREATE TABLE "rec_certificates_history" (
	"source" text COLLATE "C" NOT NULL,
	"cert_id" text COLLATE "C" NOT NULL,
	"staff_id" text,
	"unit_code" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"import_id" bigint NOT NULL,
	"superseded_by_import" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rec_documents" (
	"source" text COLLATE "C" NOT NULL,
	"doc_id" text COLLATE "C" NOT NULL,
	"unit_code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"kind" text,
	"fully_electronic" boolean NOT NULL,
	"digitally_signed" boolean NOT NULL,
	"paper_parallel" boolean NOT NULL,
	"state_secret" boolean NOT NULL,
	"import_id" bigint NOT NULL,
	CONSTRAINT "rec_documents_source_doc_id_pk" PRIMARY KEY("source","doc_id")
);
--> statement-breakpoint
CREATE TABLE "rec_documents_history" (
	"source" text COLLATE "C" NOT NULL,
	"doc_id" text COLLATE "C" NOT NULL,
	"unit_code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"kind" text,
	"fully_electronic" boolean NOT NULL,
	"digitally_signed" boolean NOT NULL,
	"paper_parallel" boolean NOT NULL,
	"state_secret" boolean NOT NULL,
	"import_id" bigint NOT NULL,
	"superseded_by_import" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rec_dossiers" (
	"source" text COLLATE "C" NOT NULL,
	"dossier_id" text COLLATE "C" NOT NULL,
	"unit_code" text NOT NULL,
	"procedure_code" text,
	"channel" text,
	"full_online" boolean NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"status" text,
	"result_electronic" boolean NOT NULL,
	"digitized" boolean NOT NULL,
	"fee_required" boolean NOT NULL,
	"paid_online" boolean NOT NULL,
	"submit_seconds" integer,
	"components_total" integer,
	"components_reused" integer,
	"import_id" bigint NOT NULL,
	CONSTRAINT "rec_dossiers_source_dossier_id_pk" PRIMARY KEY("source","dossier_id")
);
--> statement-breakpoint
CREATE TABLE "rec_dossiers_history" (
	"source" text COLLATE "C" NOT NULL,
	"dossier_id" text COLLATE "C" NOT NULL,
	"unit_code" text NOT NULL,
	"procedure_code" text,
	"channel" text,
	"full_online" boolean NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"status" text,
	"result_electronic" boolean NOT NULL,
	"digitized" boolean NOT NULL,
	"fee_required" boolean NOT NULL,
	"paid_online" boolean NOT NULL,
	"submit_seconds" integer,
	"components_total" integer,
	"components_reused" integer,
	"import_id" bigint NOT NULL,
	"superseded_by_import" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"record_set" text NOT NULL,
	"source" text,
	"period" text,
	"file_name" text,
	"sha256" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"format" text NOT NULL,
	"encoding" text,
	"status" text NOT NULL,
	"rows_read" integer NOT NULL,
	"imported" integer NOT NULL,
	"replaced" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"actor" text NOT NULL,
	"via" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rec_procedure_components" (
	"import_id" bigint NOT NULL,
	"source" text NOT NULL,
	"period" text NOT NULL,
	"procedure_code" text NOT NULL,
	"component_code" text NOT NULL,
	"name" text,
	"provided_once" boolean NOT NULL,
	CONSTRAINT "rec_procedure_components_import_id_procedure_code_component_code_pk" PRIMARY KEY("import_id","procedure_code","component_code")
);
--> statement-breakpoint
CREATE TABLE "rec_procedures" (
	"import_id" bigint NOT NULL,
	"source" text NOT NULL,
	"period" text NOT NULL,
	"procedure_code" text NOT NULL,
	"name" text,
	"level" text,
	"managing_unit_code" text,
	"online_level" text,
	"eligible_full_online" boolean NOT NULL,
	"business_related" boolean NOT NULL,
	"production_business_related" boolean NOT NULL,
	"local_legal_basis" boolean NOT NULL,
	"eform_autofill" boolean NOT NULL,
	CONSTRAINT "rec_procedures_import_id_procedure_code_pk" PRIMARY KEY("import_id","procedure_code")
);
--> statement-breakpoint
CREATE TABLE "rec_products" (
	"source" text COLLATE "C" NOT NULL,
	"product_id" text COLLATE "C" NOT NULL,
	"unit_code" text NOT NULL,
	"name" text,
	"enterprise" text,
	"commercialized_at" timestamp with time zone NOT NULL,
	"import_id" bigint NOT NULL,
	CONSTRAINT "rec_products_source_product_id_pk" PRIMARY KEY("source","product_id")
);
--> statement-breakpoint
CREATE TABLE "rec_products_history" (
	"source" text COLLATE "C" NOT NULL,
	"product_id" text COLLATE "C" NOT NULL,
	"unit_code" text NOT NULL,
	"name" text,
	"enterprise" text,
	"commercialized_at" timestamp with time zone NOT NULL,
	"import_id" bigint NOT NULL,
	"superseded_by_import" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rec_ratings" (
	"source" text COLLATE "C" NOT NULL,
	"rating_id" text COLLATE "C" NOT NULL,
	"unit_code" text NOT NULL,
	"dossier_id" text,
	"procedure_code" text,
	"rated_at" timestamp with time zone NOT NULL,
	"level" text,
	"import_id" bigint NOT NULL,
	CONSTRAINT "rec_ratings_source_rating_id_pk" PRIMARY KEY("source","rating_id")
);
--> statement-breakpoint
CREATE TABLE "rec_ratings_history" (
	"source" text COLLATE "C" NOT NULL,
	"rating_id" text COLLATE "C" NOT NULL,
	"unit_code" text NOT NULL,
	"dossier_id" text,
	"procedure_code" text,
	"rated_at" timestamp with time zone NOT NULL,
	"level" text,
	"import_id" bigint NOT NULL,
	"superseded_by_import" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rec_signatures" (
	"source" text COLLATE "C" NOT NULL,
	"cert_id" text COLLATE "C" NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"import_id" bigint NOT NULL,
	CONSTRAINT "rec_signatures_source_cert_id_signed_at_pk" PRIMARY KEY("source","cert_id","signed_at")
);
--> statement-breakpoint
CREATE TABLE "rec_staff" (
	"import_id" bigint NOT NULL,
	"source" text NOT NULL,
	"period" text NOT NULL,
	"staff_id" text NOT NULL,
	"unit_code" text NOT NULL,
	"category" text,
	"it_specialist" boolean NOT NULL,
	"digital_skills_trained_at" timestamp with time zone,
	"data_governance_trained_at" timestamp with time zone,
	"left_at" timestamp with time zone,
	CONSTRAINT "rec_staff_import_id_staff_id_pk" PRIMARY KEY("import_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"letter_number" text NOT NULL,
	"letter_date" date NOT NULL,
	"issuer" text NOT NULL,
	"title" text NOT NULL,
	"scope_refs" jsonb NOT NULL,
	"unit_codes" text[] NOT NULL,
	"indicator_codes" text[] NOT NULL,
	"task_codes" text[],
	"deadline" timestamp with time zone NOT NULL,
	"period_covered" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"data" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reminder_log" (
	"key" text PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"recipients" integer NOT NULL,
	"email_error" text
);
--> statement-breakpoint
CREATE TABLE "report_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor" text NOT NULL,
	"actor_user_id" integer,
	"at" timestamp with time zone NOT NULL,
	"comment" text,
	"late" boolean,
	"content" jsonb
);
--> statement-breakpoint
CREATE TABLE "report_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"form" jsonb NOT NULL,
	"extracted" jsonb,
	"revision" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"late" boolean,
	"return_comment" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_key" text NOT NULL,
	"unit_code" text NOT NULL,
	"period" text,
	"campaign_id" integer,
	"deadline" timestamp with time zone NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reconciliation_decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"indicator" text NOT NULL,
	"unit_code" text NOT NULL,
	"period" text NOT NULL,
	"scope" text NOT NULL,
	"chosen_source" text,
	"reason" text NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_findings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"spot_check_id" bigint NOT NULL,
	"indicator" text,
	"text" text NOT NULL,
	"severity" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_checks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"period" text NOT NULL,
	"note" text NOT NULL,
	"opened_by" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_by" text,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "units" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "indicator_units_unit_idx" ON "indicator_units" USING btree ("unit_code");--> statement-breakpoint
CREATE INDEX "indicators_plan_idx" ON "indicators" USING btree ("plan_code");--> statement-breakpoint
CREATE INDEX "task_units_unit_idx" ON "task_units" USING btree ("unit_code");--> statement-breakpoint
CREATE INDEX "tasks_plan_idx" ON "tasks" USING btree ("plan_code");--> statement-breakpoint
CREATE INDEX "tasks_indicator_idx" ON "tasks" USING btree ("indicator_code");--> statement-breakpoint
CREATE INDEX "rec_documents_created_idx" ON "rec_documents" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "rec_dossiers_received_idx" ON "rec_dossiers" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "rec_dossiers_finished_idx" ON "rec_dossiers" USING btree ("finished_at");--> statement-breakpoint
CREATE INDEX "imports_set_source_idx" ON "imports" USING btree ("record_set","source","period");--> statement-breakpoint
CREATE INDEX "imports_sha_idx" ON "imports" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "rec_ratings_rated_idx" ON "rec_ratings" USING btree ("rated_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "report_attachments_report_idx" ON "report_attachments" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_events_report_idx" ON "report_events" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "report_versions_key_idx" ON "report_versions" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_key_idx" ON "reports" USING btree ("report_key");--> statement-breakpoint
CREATE INDEX "reports_period_idx" ON "reports" USING btree ("period");--> statement-breakpoint
CREATE INDEX "reports_campaign_idx" ON "reports" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "reconciliation_decisions_key_idx" ON "reconciliation_decisions" USING btree ("period","indicator","unit_code");--> statement-breakpoint
CREATE INDEX "spot_check_findings_check_idx" ON "spot_check_findings" USING btree ("spot_check_id");--> statement-breakpoint
CREATE INDEX "spot_checks_unit_period_idx" ON "spot_checks" USING btree ("unit_code","period");--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_code");