CREATE TABLE "observable_sightings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"observable_id" bigint NOT NULL,
	"report_id" uuid,
	"incident_id" uuid,
	"source" text NOT NULL,
	"state" text,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observables" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"value" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "observable_sightings" ADD CONSTRAINT "observable_sightings_observable_id_observables_id_fk" FOREIGN KEY ("observable_id") REFERENCES "public"."observables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "observable_sightings_observable_idx" ON "observable_sightings" USING btree ("observable_id");--> statement-breakpoint
CREATE UNIQUE INDEX "observable_sightings_report_key" ON "observable_sightings" USING btree ("observable_id","report_id") WHERE "observable_sightings"."report_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "observable_sightings_analyst_key" ON "observable_sightings" USING btree ("observable_id","incident_id") WHERE "observable_sightings"."source" = 'analyst';--> statement-breakpoint
CREATE INDEX "observable_sightings_report_idx" ON "observable_sightings" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "observable_sightings_incident_idx" ON "observable_sightings" USING btree ("incident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "observables_type_value_key" ON "observables" USING btree ("type","value");