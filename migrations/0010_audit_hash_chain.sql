CREATE TABLE "audit_chain_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"backfill_to_id" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "audit_chain_head_single_row" CHECK ("audit_chain_head"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"key_fingerprint" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "content_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE INDEX "audit_checkpoints_seq_idx" ON "audit_checkpoints" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_seq_idx" ON "audit_events" USING btree ("seq");--> statement-breakpoint
-- Added by hand below: the chain's head row and the linking at commit (docs/audit-chain.md,
-- docs/adr/0005-audit-hash-chain.md). The chain starts empty (seq 0, the genesis hash: 64
-- zeros); the events already written (ids up to backfill_to_id) are chained at the next start.
INSERT INTO "audit_chain_head" ("id", "seq", "hash", "backfill_to_id")
  SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', coalesce(max("id"), 0) FROM "audit_events";
--> statement-breakpoint
-- Links one event after the head: seq = head + 1, prev_hash = head hash,
-- hash = SHA-256(prev_hash ‖ content_hash ‖ seq as 8 bytes big-endian). The head row stays
-- locked until the transaction ends, so events are numbered in commit order. An event
-- without a content hash is left outside the chain, where verification reports it.
CREATE FUNCTION "audit_chain_link"(event_id bigint, content_hash text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  head record;
  next_hash text;
BEGIN
  IF content_hash IS NULL THEN
    RETURN;
  END IF;
  SELECT h.seq, h.hash INTO head FROM audit_chain_head h WHERE h.id = 1 FOR UPDATE;
  next_hash := encode(sha256(decode(head.hash, 'hex') || decode(content_hash, 'hex')
    || int8send(head.seq + 1)), 'hex');
  UPDATE audit_events SET seq = head.seq + 1, prev_hash = head.hash, hash = next_hash
    WHERE id = event_id;
  UPDATE audit_chain_head SET seq = head.seq + 1, hash = next_hash WHERE id = 1;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "audit_events_link_at_commit"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM audit_chain_link(NEW.id, NEW.content_hash);
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Deferred: runs when the inserting transaction commits, after all its other work, so the
-- head is locked only for the commit itself; a rolled-back event never takes a number.
CREATE CONSTRAINT TRIGGER "audit_events_chain" AFTER INSERT ON "audit_events"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "audit_events_link_at_commit"();
--> statement-breakpoint
-- Chains, oldest first, the events written before this migration once their content hashes
-- are filled in (chainUnchainedAuditEvents at start). Later rows are never chained this way.
CREATE FUNCTION "audit_chain_link_backfill"() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  pending record;
  linked bigint := 0;
BEGIN
  FOR pending IN
    SELECT e.id, e.content_hash FROM audit_events e, audit_chain_head h
    WHERE h.id = 1 AND e.seq IS NULL AND e.content_hash IS NOT NULL AND e.id <= h.backfill_to_id
    ORDER BY e.id
  LOOP
    PERFORM audit_chain_link(pending.id, pending.content_hash);
    linked := linked + 1;
  END LOOP;
  RETURN linked;
END
$$;
