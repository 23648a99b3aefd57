DROP INDEX "incidents_search_idx";--> statement-breakpoint
DROP INDEX "reports_search_idx";--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', "incidents"."search_text")) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', "reports"."search_text")) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "incidents_open_queue_idx" ON "incidents" USING btree ("updated_at","id") WHERE "incidents"."merged_into_id" is null and "incidents"."status" not in ('resolved', 'closed');--> statement-breakpoint
CREATE INDEX "incidents_search_idx" ON "incidents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "reports_search_idx" ON "reports" USING gin ("search_vector");