ALTER TABLE "reports" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "reports_search_idx" ON "reports" USING gin (to_tsvector('simple', "search_text"));