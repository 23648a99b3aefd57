CREATE TABLE "incident_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_user_id" uuid,
	"body" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_reports" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" serial NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"tlp" text NOT NULL,
	"pap" text NOT NULL,
	"rsit_class" text NOT NULL,
	"rsit_type" text NOT NULL,
	"local_subtype" text NOT NULL,
	"impact" jsonb NOT NULL,
	"actor_type" text,
	"target_sector" text,
	"province" text,
	"victim_count" integer,
	"loss_amount" numeric(20, 2),
	"loss_currency" text,
	"severity_computed" text NOT NULL,
	"severity" text NOT NULL,
	"severity_override_reason" text,
	"assignee_id" uuid,
	"disposition" text,
	"resolution_note" text,
	"first_responded_at" timestamp with time zone,
	"contained_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"sla_paused_ms" bigint DEFAULT 0 NOT NULL,
	"sla_paused_since" timestamp with time zone,
	"merged_into_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_events_incident_idx" ON "incident_events" USING btree ("incident_id","id");--> statement-breakpoint
CREATE INDEX "incident_reports_incident_idx" ON "incident_reports" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incidents_queue_idx" ON "incidents" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "incidents_assignee_idx" ON "incidents" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "incidents_merged_into_idx" ON "incidents" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "incidents_search_idx" ON "incidents" USING gin (to_tsvector('simple', "search_text"));