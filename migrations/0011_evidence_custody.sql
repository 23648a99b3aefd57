CREATE TABLE "evidence_custody" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"evidence_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_user_id" uuid,
	"purpose" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_verification_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"trigger" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"items" integer DEFAULT 0 NOT NULL,
	"entries" bigint DEFAULT 0 NOT NULL,
	"bytes" bigint DEFAULT 0 NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "incident_id" uuid;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "acquisition_method" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "acquisition_tool" text;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "file_modified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "state" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "legal_hold" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "destroyed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "custody_seq" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "custody_hash" text DEFAULT '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "integrity_status" text DEFAULT 'unverified' NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "integrity_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "integrity_problem" text;--> statement-breakpoint
ALTER TABLE "evidence_custody" ADD CONSTRAINT "evidence_custody_evidence_id_evidence_items_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_custody_item_seq_key" ON "evidence_custody" USING btree ("evidence_id","seq");--> statement-breakpoint
CREATE INDEX "evidence_custody_item_id_idx" ON "evidence_custody" USING btree ("evidence_id","id");--> statement-breakpoint
CREATE INDEX "evidence_verification_runs_started_idx" ON "evidence_verification_runs" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "evidence_items_incident_idx" ON "evidence_items" USING btree ("incident_id","acquired_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_items_incident_sha256_key" ON "evidence_items" USING btree ("incident_id","sha256");--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_custody_hash_hex" CHECK ("evidence_items"."custody_hash" ~ '^[0-9a-f]{64}$');--> statement-breakpoint
-- Added by hand below (docs/evidence-custody.md). Items already held get the acquisition
-- method their intake channel implies; their "acquired" custody entries are written at the
-- next start (chainUncustodiedEvidence), where the hash is computed as for every entry.
UPDATE "evidence_items" SET "acquisition_method" = CASE "source"
  WHEN 'public-report' THEN 'reporter_upload'
  WHEN 'email' THEN 'email_intake'
  WHEN 'api' THEN 'api_intake'
  ELSE 'other' END;
--> statement-breakpoint
-- The chain of custody is append-only: an entry is never changed or removed by the product.
-- Whoever bypasses this (owner, superuser) is caught by the hash chain instead.
CREATE FUNCTION "evidence_custody_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'evidence_custody is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "evidence_custody_append_only" BEFORE UPDATE OR DELETE ON "evidence_custody"
  FOR EACH ROW EXECUTE FUNCTION "evidence_custody_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "evidence_custody_no_truncate" BEFORE TRUNCATE ON "evidence_custody"
  FOR EACH STATEMENT EXECUTE FUNCTION "evidence_custody_refuse_change"();
--> statement-breakpoint
-- What was acquired, when, how and by whom never changes, and an item row is never deleted
-- (a destroyed item keeps its row, hash and custody); state, hold, custody head and the
-- last integrity check may change.
CREATE FUNCTION "evidence_items_keep_acquisition"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'evidence_items rows are kept: DELETE refused'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.id, NEW.sha256, NEW.size_bytes, NEW.content_type, NEW.original_name,
      NEW.display_sha256, NEW.source, NEW.report_id, NEW.incident_id, NEW.acquired_at,
      NEW.acquired_by_kind, NEW.acquired_by_user_id, NEW.acquisition_method,
      NEW.acquisition_tool, NEW.description, NEW.file_modified_at)
    IS DISTINCT FROM
     (OLD.id, OLD.sha256, OLD.size_bytes, OLD.content_type, OLD.original_name,
      OLD.display_sha256, OLD.source, OLD.report_id, OLD.incident_id, OLD.acquired_at,
      OLD.acquired_by_kind, OLD.acquired_by_user_id, OLD.acquisition_method,
      OLD.acquisition_tool, OLD.description, OLD.file_modified_at) THEN
    RAISE EXCEPTION 'evidence_items: what was acquired never changes'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "evidence_items_acquisition_immutable" BEFORE UPDATE OR DELETE ON "evidence_items"
  FOR EACH ROW EXECUTE FUNCTION "evidence_items_keep_acquisition"();
